import Service from "@ember/service";
import { CORE_FILE_SETTINGS } from "../core-file-settings";

/**
 * Core's siteSettings service (frontend/discourse/app/services/site-settings.js):
 * the plugin's client-side site settings, at their config/settings.yml
 * defaults, and core's own that the plugin reads.
 */
export default class SiteSettingsService extends Service {
  mediation_enabled = true;
  mediation_replace_flag = true;
  mediation_request_message_max_length = 2000;

  authorized_extensions = CORE_FILE_SETTINGS.authorized_extensions;
  authorized_extensions_for_staff =
    CORE_FILE_SETTINGS.authorized_extensions_for_staff;
  max_attachment_size_kb = CORE_FILE_SETTINGS.max_attachment_size_kb;
  max_image_size_kb = CORE_FILE_SETTINGS.max_image_size_kb;
}

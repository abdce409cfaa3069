import Service from "@ember/service";

/**
 * Core's siteSettings service (frontend/discourse/app/services/site-settings.js):
 * the plugin's client-side site settings, at their config/settings.yml defaults.
 */
export default class SiteSettingsService extends Service {
  mediation_enabled = true;
  mediation_replace_flag = true;
  mediation_request_message_max_length = 2000;
}

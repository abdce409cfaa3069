import Service from "@ember/service";

/** The plugin's client-side site settings, at their config/settings.yml defaults. */
export default class SiteSettingsService extends Service {
  mediation_enabled = true;
  mediation_replace_flag = true;
  mediation_request_message_max_length = 2000;
}

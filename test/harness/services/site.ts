import Service from "@ember/service";

/**
 * The part of Discourse's `site` service the plugin reads
 * (frontend/discourse/app/models/site.js, `flagTypes`): the flags a member may
 * use, each with the `name_key` core's own flag modal goes by. Ids here are
 * core's system flag ids (app/models/flag.rb); an admin's custom flags get
 * others, which is why the plugin looks the spam flag up by name.
 */
export default class SiteService extends Service {
  flagTypes = [
    { id: 3, name_key: "off_topic" },
    { id: 4, name_key: "inappropriate" },
    { id: 8, name_key: "spam" },
    { id: 7, name_key: "notify_moderators" },
  ];
}

import Service from "@ember/service";

/**
 * The signed-in user as Discourse registers it
 * (frontend/discourse/app/initializers/inject-discourse-objects.js:
 * `app.register("service:current-user", User.current(), { instantiate: false })`,
 * null for anonymous visitors), with the field plugin.rb adds through
 * `add_to_serializer(:current_user, ...)`.
 */
export default class CurrentUserService extends Service {
  username = "alice";
  mediation_voter = false;
}

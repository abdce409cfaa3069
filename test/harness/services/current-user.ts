import Service from "@ember/service";

/**
 * The signed-in user as Discourse registers it
 * (frontend/discourse/app/initializers/inject-discourse-objects.js:
 * `app.register("service:current-user", User.current(), { instantiate: false })`,
 * null for anonymous visitors), with the fields plugin.rb adds through
 * `add_to_serializer(:current_user, ...)`, and core's `staff`
 * (CurrentUserSerializer).
 */
export default class CurrentUserService extends Service {
  username = "alice";
  staff = false;
  mediation_voter = false;
  can_request_mediation = true;
}

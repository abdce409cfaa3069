import Route from "@ember/routing/route";
import type RealDiscourseRoute from "discourse/routes/discourse";

/** Core's base route (frontend/discourse/app/routes/discourse.js) without its title and transition bookkeeping. */
class DiscourseRoute extends Route {}

export default DiscourseRoute as unknown as typeof RealDiscourseRoute;

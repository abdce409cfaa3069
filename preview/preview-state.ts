import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import type { Viewer } from "./sample-data";
import type { Scenario } from "./sample-server";

/** The preview's controls: who is looking, and how the server answers. */
export default class PreviewState extends Service {
  @tracked viewer: Viewer = "member";
  @tracked scenario: Scenario = "new_case";
}

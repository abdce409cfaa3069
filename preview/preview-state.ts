import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import type { Viewer } from "./sample-data";
import type { Scenario } from "./sample-server";

/** The preview's controls: who is looking, and how the server answers. */
export default class PreviewState extends Service {
  // `?viewer=staff` opens the preview as staff (bin/screenshots uses it).
  @tracked
  viewer: Viewer =
    new URLSearchParams(window.location.search).get("viewer") === "staff"
      ? "staff"
      : "member";
  @tracked scenario: Scenario = "new_case";
}

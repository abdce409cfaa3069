import { tracked } from "@glimmer/tracking";
import Controller from "@ember/controller";
import { action } from "@ember/object";

/** Keeps the queue's tab in the address (`/mediation?filter=mine`), so a reload stays on it. */
export default class MediationQueueController extends Controller {
  @tracked filter: string | null = null;
  queryParams = ["filter"];

  @action
  rememberTab(filter: string) {
    this.filter = filter;
  }
}

import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { queueFilterFrom } from "../lib/choices";
import { orRefused, type Refused } from "../lib/common/refusal";
import type { MediationQueuePage } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationQueueRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(params: { filter?: string }): Promise<MediationQueuePage | Refused> {
    const filter = queueFilterFrom(params.filter);
    return orRefused(() => this.mediationApi.queue(filter));
  }

  titleToken() {
    return i18n("discourse_mediation.queue.title");
  }
}

import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { queueFilterFrom } from "../lib/choices";
import { orRefused, type Refused } from "../lib/common/refusal";
import { mediationApi } from "../lib/mediation-api";
import type { MediationQueuePage } from "../lib/types";

export default class MediationQueueRoute extends DiscourseRoute {
  model(params: { filter?: string }): Promise<MediationQueuePage | Refused> {
    const filter = queueFilterFrom(params.filter);
    return orRefused(() => mediationApi.queue(filter));
  }

  titleToken() {
    return i18n("discourse_mediation.queue.title");
  }
}

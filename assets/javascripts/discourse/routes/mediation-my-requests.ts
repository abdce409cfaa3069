import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { mediationApi } from "../lib/mediation-api";
import type { MyHelpRequestsPage } from "../lib/types";

export default class MediationMyRequestsRoute extends DiscourseRoute {
  model(): Promise<MyHelpRequestsPage> {
    return mediationApi.myHelpRequests();
  }

  titleToken() {
    return i18n("discourse_mediation.my_requests.title");
  }
}

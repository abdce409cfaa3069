import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import type { MyHelpRequestsPage } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationMyRequestsRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(): Promise<MyHelpRequestsPage> {
    return this.mediationApi.myHelpRequests();
  }

  titleToken() {
    return i18n("discourse_mediation.my_requests.title");
  }
}

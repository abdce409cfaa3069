import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import type { TransparencyPage } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationTransparencyRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(): Promise<TransparencyPage | Refused> {
    return orRefused(
      () => this.mediationApi.transparency("month"),
      "discourse_mediation.transparency.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.transparency.title");
  }
}

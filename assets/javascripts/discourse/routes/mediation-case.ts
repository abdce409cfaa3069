import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import { mediationApi } from "../lib/mediation-api";
import type { MediationCaseResponse } from "../lib/types";

export default class MediationCaseRoute extends DiscourseRoute {
  model(params: { case_id: string }): Promise<MediationCaseResponse | Refused> {
    return orRefused(() => mediationApi.mediationCase(Number(params.case_id)));
  }

  titleToken() {
    return i18n("discourse_mediation.case.page_title");
  }
}

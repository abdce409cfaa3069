import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import { mediationApi } from "../lib/mediation-api";
import type { TransparencyPage } from "../lib/types";

export default class MediationTransparencyRoute extends DiscourseRoute {
  model(): Promise<TransparencyPage | Refused> {
    return orRefused(
      () => mediationApi.transparency("month"),
      "discourse_mediation.transparency.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.transparency.title");
  }
}

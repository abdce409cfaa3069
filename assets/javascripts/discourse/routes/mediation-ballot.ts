import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import { mediationApi } from "../lib/mediation-api";
import type { BallotResponse } from "../lib/types";

export default class MediationBallotRoute extends DiscourseRoute {
  model(params: { ballot_id: string }): Promise<BallotResponse | Refused> {
    return orRefused(() => mediationApi.ballot(Number(params.ballot_id)));
  }

  titleToken() {
    return i18n("discourse_mediation.ballot.title");
  }
}

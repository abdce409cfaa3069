import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import type { BallotResponse } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationBallotRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(params: { ballot_id: string }): Promise<BallotResponse | Refused> {
    return orRefused(() => this.mediationApi.ballot(Number(params.ballot_id)));
  }

  titleToken() {
    return i18n("discourse_mediation.ballot.title");
  }
}

import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import type { StatementPageResponse } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationStatementRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(params: { case_id: string }): Promise<StatementPageResponse | Refused> {
    return orRefused(() =>
      this.mediationApi.statementPage(Number(params.case_id))
    );
  }

  titleToken() {
    return i18n("discourse_mediation.statement_page.page_title");
  }
}

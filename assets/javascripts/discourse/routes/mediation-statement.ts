import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { orRefused, type Refused } from "../lib/common/refusal";
import { mediationApi } from "../lib/mediation-api";
import type { StatementPageResponse } from "../lib/types";

export default class MediationStatementRoute extends DiscourseRoute {
  model(params: { case_id: string }): Promise<StatementPageResponse | Refused> {
    return orRefused(() => mediationApi.statementPage(Number(params.case_id)));
  }

  titleToken() {
    return i18n("discourse_mediation.statement_page.page_title");
  }
}

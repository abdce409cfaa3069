import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import {
  orRefused,
  type Refused,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/refusal";
import { mediationApi } from "discourse/plugins/discourse-mediation/discourse/lib/mediation-api";
import type { PublishedListPage } from "discourse/plugins/discourse-mediation/discourse/lib/types";

export default class MediationListEditorRoute extends DiscourseRoute {
  model(): Promise<PublishedListPage | Refused> {
    return orRefused(
      () => mediationApi.adminPublishedList(),
      "discourse_mediation.list_editor.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.list_editor.title");
  }
}

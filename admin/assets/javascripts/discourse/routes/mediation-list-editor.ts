import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import {
  orRefused,
  type Refused,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/refusal";
import type { PublishedListPage } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import type MediationApi from "discourse/plugins/discourse-mediation/discourse/services/mediation-api";

export default class MediationListEditorRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(): Promise<PublishedListPage | Refused> {
    return orRefused(
      () => this.mediationApi.adminPublishedList(),
      "discourse_mediation.list_editor.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.list_editor.title");
  }
}

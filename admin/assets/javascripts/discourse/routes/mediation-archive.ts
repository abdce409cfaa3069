import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import {
  orRefused,
  type Refused,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/refusal";
import type { ArchivePage } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import type MediationApi from "discourse/plugins/discourse-mediation/discourse/services/mediation-api";

export default class MediationArchiveRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(): Promise<ArchivePage | Refused> {
    return orRefused(
      () => this.mediationApi.archive({}),
      "discourse_mediation.archive.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.archive.title");
  }
}

import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import {
  orRefused,
  type Refused,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/refusal";
import { mediationApi } from "discourse/plugins/discourse-mediation/discourse/lib/mediation-api";
import type { ArchivePage } from "discourse/plugins/discourse-mediation/discourse/lib/types";

export default class MediationArchiveRoute extends DiscourseRoute {
  model(): Promise<ArchivePage | Refused> {
    return orRefused(
      () => mediationApi.archive({}),
      "discourse_mediation.archive.refused"
    );
  }

  titleToken() {
    return i18n("discourse_mediation.archive.title");
  }
}

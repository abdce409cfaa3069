import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import { mediationApi } from "../lib/mediation-api";
import type { PublishedListPage } from "../lib/types";

export default class MediationPublishedListRoute extends DiscourseRoute {
  model(): Promise<PublishedListPage> {
    return mediationApi.publishedList();
  }

  titleToken() {
    return i18n("discourse_mediation.published_list.title");
  }
}

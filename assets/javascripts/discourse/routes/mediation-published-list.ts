import { service } from "@ember/service";
import DiscourseRoute from "discourse/routes/discourse";
import { i18n } from "discourse-i18n";
import type { PublishedListPage } from "../lib/types";
import type MediationApi from "../services/mediation-api";

export default class MediationPublishedListRoute extends DiscourseRoute {
  @service("mediation-api") declare mediationApi: MediationApi;

  model(): Promise<PublishedListPage> {
    return this.mediationApi.publishedList();
  }

  titleToken() {
    return i18n("discourse_mediation.published_list.title");
  }
}

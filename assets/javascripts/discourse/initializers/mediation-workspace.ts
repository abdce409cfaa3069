import type Owner from "@ember/owner";
import { withPluginApi } from "discourse/lib/plugin-api";
import { i18n } from "discourse-i18n";
import TopicBallot from "../components/ballot/topic-ballot";
import MediationBanner from "../components/topic/banner";
import MediatorMark from "../components/topic/mediator-mark";
import { mediationEnabled } from "../lib/common/enabled";

export const MEDIATOR_MARK_KEY = "mediation-mediator-mark";

interface MediationCurrentUser {
  can_request_mediation?: boolean;
  can_mediate?: boolean;
  can_see_mediation_transparency?: boolean;
}

/** Mediation inside topics, and the way into the mediators' queue. */
export default {
  name: "mediation-workspace",

  initialize(owner: Owner) {
    if (!mediationEnabled(owner)) {
      return;
    }

    withPluginApi((api) => {
      api.renderInOutlet("topic-above-post-stream", MediationBanner as never);
      api.renderInOutlet("topic-above-post-stream", TopicBallot as never);

      api.registerValueTransformer(
        "post-meta-data-infos",
        ({ value: metadata, context }) => {
          metadata.add(MEDIATOR_MARK_KEY, MediatorMark, {
            before: context.metaDataInfoKeys.DATE,
          });
          return metadata;
        }
      );

      const currentUser = api.getCurrentUser() as MediationCurrentUser | null;
      if (currentUser?.can_request_mediation) {
        api.addCommunitySectionLink(
          {
            name: "mediation-my-requests",
            route: "mediation-my-requests",
            icon: "life-ring",
            title: i18n("discourse_mediation.sidebar.my_requests_title"),
            text: i18n("discourse_mediation.sidebar.my_requests_text"),
          },
          true
        );
        // What "I need help" refers to: the behaviours a report can cite.
        api.addCommunitySectionLink(
          {
            name: "mediation-published-list",
            route: "mediation-published-list",
            icon: "life-ring",
            title: i18n("discourse_mediation.sidebar.published_list_title"),
            text: i18n("discourse_mediation.sidebar.published_list_text"),
          },
          true
        );
      }
      if (currentUser?.can_mediate) {
        api.addCommunitySectionLink({
          name: "mediation",
          route: "mediation-queue",
          icon: "life-ring",
          title: i18n("discourse_mediation.sidebar.title"),
          text: i18n("discourse_mediation.sidebar.text"),
        });
      }
      if (currentUser?.can_see_mediation_transparency) {
        api.addCommunitySectionLink({
          name: "mediation-transparency",
          route: "mediation-transparency",
          icon: "chart-column",
          title: i18n("discourse_mediation.sidebar.transparency_title"),
          text: i18n("discourse_mediation.sidebar.transparency_text"),
        });
      }
    });
  },
};

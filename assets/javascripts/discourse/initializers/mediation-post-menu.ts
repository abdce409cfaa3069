import type Owner from "@ember/owner";
import { withPluginApi } from "discourse/lib/plugin-api";
import HelpRequestButton from "../components/help-request/button";
import { mediationEnabled } from "../lib/common/enabled";
import { keepsFlagButton } from "../lib/help-request/post-menu";
import type { MediationPost } from "../lib/types";

export const HELP_BUTTON_KEY = "mediation-help";

export default {
  name: "mediation-post-menu",

  initialize(owner: Owner) {
    if (!mediationEnabled(owner)) {
      return;
    }

    withPluginApi((api) => {
      api.registerValueTransformer(
        "post-menu-buttons",
        ({ value: dag, context }) => {
          dag.add(HELP_BUTTON_KEY, HelpRequestButton, {
            before: context.buttonKeys.SHOW_MORE,
          });
          return dag;
        }
      );

      api.registerValueTransformer(
        "flag-button-render-decision",
        ({
          value: show,
          context,
        }: {
          value: boolean;
          context: { post: MediationPost };
        }) => show && keepsFlagButton(context.post)
      );
    });
  },
};

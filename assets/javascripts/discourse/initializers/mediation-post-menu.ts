import { withPluginApi } from "discourse/lib/plugin-api";
import HelpRequestButton from "../components/help-request-button";
import { keepsFlagButton } from "../lib/post-menu";
import type { MediationCurrentUser } from "../lib/types";

const HELP_BUTTON_KEY = "mediation-help";

interface SiteSettingsLookup {
  lookup(name: "service:site-settings"): { mediation_enabled?: boolean };
}

export default {
  name: "mediation-post-menu",

  initialize(owner: SiteSettingsLookup) {
    if (!owner.lookup("service:site-settings").mediation_enabled) {
      return;
    }

    withPluginApi((api) => {
      const currentUser = () =>
        api.getCurrentUser() as MediationCurrentUser | null;

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
        ({ value: show }) => show && keepsFlagButton(currentUser())
      );
    });
  },
};

import Service from "@ember/service";
import { ajax } from "discourse/lib/ajax";
import type {
  HelpRequestCreated,
  MyHelpRequestsPage,
  NewHelpRequest,
} from "../lib/types";

/** Discourse's id for the spam flag (`flags` table, system flag). */
const SPAM_FLAG_ID = 8;

/** Every request the plugin's front end makes to the server. */
export default class MediationApi extends Service {
  async requestHelp(request: NewHelpRequest): Promise<HelpRequestCreated> {
    return (await ajax("/mediation/help-requests.json", {
      type: "POST",
      data: request,
    })) as HelpRequestCreated;
  }

  async myHelpRequests(): Promise<MyHelpRequestsPage> {
    return (await ajax("/mediation/help-requests.json")) as MyHelpRequestsPage;
  }

  /** Files Discourse's own spam flag, which mediation leaves to core. */
  async flagAsSpam(postId: number): Promise<void> {
    await ajax("/post_actions", {
      type: "POST",
      data: {
        id: postId,
        post_action_type_id: SPAM_FLAG_ID,
        flag_topic: false,
      },
    });
  }
}

declare module "@ember/service" {
  interface Registry {
    "mediation-api": MediationApi;
  }
}

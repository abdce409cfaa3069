import Service from "@ember/service";
import { ajax } from "discourse/lib/ajax";
import type {
  CoolDownRequest,
  HelpRequestCreated,
  MediationCaseResponse,
  MediationQueuePage,
  MyHelpRequest,
  MyHelpRequestsPage,
  NewHelpRequest,
  PrivateConversation,
  QueueFilter,
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

  async withdrawHelpRequest(id: number): Promise<MyHelpRequest> {
    const response = (await ajax(
      `/mediation/help-requests/${id}/withdraw.json`,
      { type: "PUT" }
    )) as { help_request: MyHelpRequest };
    return response.help_request;
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

  async queue(filter: QueueFilter, page = 0): Promise<MediationQueuePage> {
    return (await ajax("/mediation/cases.json", {
      data: { filter, page },
    })) as MediationQueuePage;
  }

  async mediationCase(id: number): Promise<MediationCaseResponse> {
    return (await ajax(`/mediation/cases/${id}.json`)) as MediationCaseResponse;
  }

  claim(id: number): Promise<MediationCaseResponse> {
    return this.caseAction(id, "claim", "PUT");
  }

  assign(id: number, username: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "assign", "PUT", { username });
  }

  resolve(
    id: number,
    outcomeNote: string,
    shareable: boolean
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "resolve", "PUT", {
      outcome_note: outcomeNote,
      shareable,
    });
  }

  escalate(id: number, reason: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "escalate", "PUT", { reason });
  }

  addNote(id: number, raw: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "notes", "POST", { raw });
  }

  addPerson(id: number, username: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "people", "POST", { username });
  }

  removePerson(id: number, userId: number): Promise<MediationCaseResponse> {
    return this.caseAction(id, `people/${userId}`, "DELETE");
  }

  openConversation(
    id: number,
    conversation: PrivateConversation
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "conversation", "POST", conversation);
  }

  coolDown(
    id: number,
    request: CoolDownRequest
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "cool-down", "POST", request);
  }

  private async caseAction(
    id: number,
    path: string,
    type: "PUT" | "POST" | "DELETE",
    data?: object
  ): Promise<MediationCaseResponse> {
    return (await ajax(`/mediation/cases/${id}/${path}.json`, {
      type,
      data,
    })) as MediationCaseResponse;
  }
}

declare module "@ember/service" {
  interface Registry {
    "mediation-api": MediationApi;
  }
}

// Asking for help, and what a member sees of their own requests. Part of the JSON contract (lib/types/index.ts).

import type { ConductPlace, NextStepInfo } from "./case";
import type { EvidenceLimits } from "./evidence";

/**
 * What kind of help a member asks for. `unsafe` is urgent; `breaks_list`
 * names an item of the published list.
 */
export type HelpRequestKind = "deescalate" | "unsafe" | "breaks_list" | "other";

/** Where a request stands, in the words a requester reads. */
export type HelpRequestStatus =
  | "waiting"
  | "mediating"
  | "resolved"
  | "in_review"
  | "concluded"
  | "withdrawn";

/** Sent by the modal to POST /mediation/help-requests.json */
export interface NewHelpRequest {
  post_id: number;
  kind: HelpRequestKind;
  message: string;
  consent_to_be_named: boolean;
  /** With `breaks_list`: the key of the item on the published list. */
  behaviour_key?: string;
  /**
   * The asker lets the mediators read the post, a private message. The
   * server refuses a private message's post without it; false otherwise.
   */
  share_private_message: boolean;
}

/** One of the current user's own requests. */
export interface MyHelpRequest {
  id: number;
  kind: HelpRequestKind;
  status: HelpRequestStatus;
  created_at: string;
  /** Outside the forum, the server's "Outside the forum: …" with where it happened. */
  topic_title: string;
  /** Null for conduct outside the forum. */
  post_url: string | null;
  conduct_place: ConductPlace;
  /** The server's answer: the request is still open and the case not escalated. */
  can_withdraw: boolean;
  /** The mediator's outcome note, only when they chose to share it. */
  outcome_note: string | null;
  next_step: NextStepInfo;
}

export interface HelpRequestCreated {
  help_request: MyHelpRequest;
  /** True when the request joined a case others had already opened. */
  joined_existing_case: boolean;
}

export interface MyHelpRequestsPage {
  help_requests: MyHelpRequest[];
  /** For asking about conduct outside the forum. */
  evidence_limits: EvidenceLimits;
}

/**
 * The fields of a post the help button and modal read. The last three are
 * added by the plugin's post serializer: the server decides them.
 */
export interface MediationPost {
  id: number;
  post_number: number;
  username: string;
  topic_id: number;
  can_request_mediation: boolean;
  mediation_replaces_flag: boolean;
  /** Present only on a post in a private message. */
  mediation_private_message?: true;
}

/** Added to Discourse's topic view: only that a mediator is helping. */
export interface MediationTopicState {
  in_progress: boolean;
  /** Only for mediators and staff. */
  case_id: number | null;
  can_post_as_mediator: boolean;
}

// A case as its mediators work it. Part of the JSON contract (lib/types/index.ts).

import type { CoachingView } from "./coaching";
import type {
  ConductElsewhere,
  EvidenceKind,
  EvidenceLimits,
  MediationEvidence,
} from "./evidence";
import type { HelpRequestKind } from "./help-request";
import type { CaseImplementation, CaseOutcome } from "./outcome";
import type {
  CaseContact,
  CaseReport,
  LadderStep,
  PublishedItem,
} from "./published-list";
import type { CaseRecommendation } from "./recommendation";
import type { MediationUser } from "./shared";
import type {
  CaseStatement,
  RecusalRequestState,
  StatementWindowState,
} from "./statement";

/** Where a case stands in its lifecycle (lib/discourse_mediation/rules/lifecycle.rb). */
export type CaseState =
  | "requested"
  | "mediating"
  | "resolved"
  | "withdrawn"
  | "report_draft"
  | "awaiting_statements"
  | "voting"
  | "decided"
  | "closed"
  | "archived";

/** What the server lets the current user do on a case now. */
export type CaseAction =
  | "claim"
  | "assign"
  | "withdraw"
  | "resolve"
  | "escalate"
  | "submit_report"
  | "open_vote"
  | "close_ballot"
  | "implement"
  | "archive"
  | "add_note"
  | "manage_people"
  | "step_in"
  | "edit_report"
  | "submit_statement"
  | "request_extension"
  | "decide_extension"
  | "interim_suspend"
  | "answer_question"
  | "review"
  /** Once a sanction is carried out: a recommendation to other spaces, and marking one passed on. */
  | "recommend"
  | "pass_on_recommendation"
  /** Attach further posts to the case, and remove them (before the report is submitted). */
  | "attach_post"
  /** A coaching outcome: propose its plan, record check-ins and the result. */
  | "coach"
  /** Conduct outside the forum: add evidence, and remove it (before the report is submitted). */
  | "add_evidence";

/** The post in question, as the case page shows it. */
export interface CasePost {
  id: number;
  post_number: number;
  url: string | null;
  cooked: string;
  author: MediationUser | null;
}

/** A further post a mediator attached to the case, with why it matters. */
export interface MediationAttachedPost {
  /** The attachment's id, not the post's. */
  id: number;
  post_id: number;
  /** Relative, e.g. "/t/some-topic/12/4"; null once the post is gone. */
  url: string | null;
  topic_title: string;
  /** Plain text, up to 200 characters. */
  excerpt: string;
  author: MediationUser | null;
  /** Why the mediator attached it. */
  note: string;
  added_by: MediationUser | null;
  created_at: string;
}

export interface CaseRequester {
  id: number;
  kind: HelpRequestKind;
  message: string;
  created_at: string;
  withdrawn: boolean;
  /** Only when the requester agreed to be named; otherwise "a member". */
  user: MediationUser | null;
  /** On a private message's case: another message of its author this member asked about, as cooked HTML. */
  shared_message: string | null;
}

export interface CasePerson {
  /** The author of the post in question. */
  subject: boolean;
  user: MediationUser;
}

/** A timeline entry's details; which keys appear depends on the action. */
export interface CaseEventData {
  /** The request's kind; with evidence_added and evidence_removed, the evidence's. */
  kind?: HelpRequestKind | EvidenceKind;
  /** case_opened, opened_by_mediator. */
  conduct_place?: ConductPlace;
  reason?: string;
  username?: string;
  mediator_username?: string;
  previous_mediator_username?: string | null;
  mode?: "slow_mode" | "close";
  interval_seconds?: number | null;
  hours?: number;
  /** recommendation_made, _answered, _passed_on: which one, and its spaces. */
  recommendation_id?: number;
  spaces?: string[];
  /** case_opened, request_added, post_attached, post_detached. */
  post_id?: number;
  topic_id?: number;
  people_count?: number;
  post_number?: number;
  shareable?: boolean;
  /** open_vote: the subject waived the rest of the window. */
  waived?: boolean;
  /** escalate: false when the mediator never reached the person concerned. */
  contacted?: boolean;
  /** resolve: ended with a private reminder of these published items. */
  private_reminder?: boolean;
  reminder_keys?: string[];
  /** stage_overdue: the state whose target passed. */
  stage?: string;
}

export interface CaseEvent {
  id: number;
  action: string;
  created_at: string;
  /** Null for the system, and for requesters who did not agree to be named. */
  actor: MediationUser | null;
  data: CaseEventData;
}

export interface CaseNote {
  id: number;
  raw: string;
  created_at: string;
  /** Null once the author's account is deleted. */
  user: MediationUser | null;
}

/** Another case about the same subject, still within the forgiveness period. */
export interface CaseHistoryItem {
  id: number;
  state: CaseState;
  topic_title: string;
  created_at: string;
  ended_at: string | null;
  outcome_note: string | null;
}

/** GET /mediation/cases/:id.json, and the answer to every case action. */
/** The lengths the server accepts for the case page's forms (Limits.for_case). */
export interface CaseLimits extends EvidenceLimits {
  note: number;
  outcome_note: number;
  escalate_reason: number;
  reminder_message: number;
  /** A voter's question's answer: a statement's length. */
  answer: number;
  /** Why a further post is attached. */
  attached_post_note: number;
  /** The most posts a case may have attached. */
  attached_posts: number;
  /** A recommendation to other spaces: its text, a space's name, how many spaces, how many per case. */
  recommendation_text: number;
  recommendation_space: number;
  recommendation_spaces: number;
  recommendations: number;
}

/** POST /mediation/cases/:id/posts */
export interface AttachPostParams {
  /** A link to a post on this forum, absolute or relative. */
  url: string;
  note: string;
}

/** PUT /mediation/cases/:id/resolve */
export interface ResolveParams {
  outcome_note: string;
  shareable: boolean;
  /** Ends the case with a private reminder to the person concerned. */
  private_reminder: boolean;
  reminder_keys: string[];
  reminder_message: string;
}

/**
 * Where the conduct happened. A private message's case is mediated in a
 * private conversation only: the mediators see the one message shared with
 * them, and cannot open the conversation it came from. Conduct elsewhere
 * (outside the forum) has no topic or post: where and when it happened,
 * and its evidence.
 */
export type ConductPlace = "forum" | "private_message" | "elsewhere";

export interface MediationCaseDetail {
  id: number;
  conduct_place: ConductPlace;
  state: CaseState;
  urgent: boolean;
  created_at: string;
  first_response_due_at: string;
  first_response_at: string | null;
  ended_at: string | null;
  outcome_note: string | null;
  outcome_note_shareable: boolean;
  topic: {
    id: number;
    /** For a private message, the server's label ("A private message"). */
    title: string;
    /** Null for a private message: the mediators cannot open it. */
    url: string | null;
    closed: boolean;
    slow_mode_seconds: number;
  } | null;
  post: CasePost | null;
  /** Further posts attached to the case, oldest first. */
  attached_posts: MediationAttachedPost[];
  /** With `elsewhere`: where and when it happened; null otherwise. */
  conduct_elsewhere: ConductElsewhere | null;
  /** With `elsewhere`: links, quoted texts and uploads, oldest first. */
  evidence: MediationEvidence[];
  /** Recommendations to other spaces: for moderators and the case's mediators, else empty. */
  recommendations: CaseRecommendation[];
  mediator: MediationUser | null;
  requesters: CaseRequester[];
  people: CasePerson[];
  timeline: CaseEvent[];
  notes: CaseNote[];
  history: CaseHistoryItem[];
  available_actions: CaseAction[];
  /** Members of the mediator groups, for assigning. */
  mediators: MediationUser[];
  /** The cool-down choices the server accepts (lib/discourse_mediation/rules/cool_down.rb). */
  cool_down_options: CoolDownOptions;
  limits: CaseLimits;
  report: CaseReport | null;
  statement_window: StatementWindowState | null;
  statements: CaseStatement[];
  next_step: NextStepInfo;
  interim_suspended_until: string | null;
  /** What the report editor chooses from (only while the report is a draft). */
  published_list: PublishedItem[];
  ladder: LadderStep[];
  /** Once the vote has opened. */
  ballot_id: number | null;
  /** While decided and not yet carried out. */
  implementation: CaseImplementation | null;
  /** Once carried out. */
  outcome_summary: CaseOutcome | null;
  /** A coaching outcome's plan, check-ins and result; null for any other. */
  coaching: CoachingView | null;
  /** "private_reminder" when a mediator resolved it with one. */
  resolution: "private_reminder" | null;
  contact: CaseContact;
  /** The person concerned's requests that voters step aside. */
  recusal_requests: CaseRecusalRequest[];
  /** A moderator not on the roll, before the ballot opens. */
  can_decide_recusals: boolean;
  /** Voters' questions on the decision's ballot, oldest first, never who asked. */
  questions: CaseVoterQuestion[];
}

/** A voter's question as the mediators answer it on the case page. */
export interface CaseVoterQuestion {
  id: number;
  question: string;
  asked_at: string;
  /** The mediators' statement (kind `clarification`), once given. */
  answer: CaseStatement | null;
}

export interface CaseRecusalRequest extends RecusalRequestState {
  id: number;
  voter: MediationUser | null;
}

export interface CoolDownOptions {
  slow_mode_intervals: number[];
  max_slow_mode_hours: number;
  max_close_hours: number;
  /** The topic's own public timer, which a timed close would replace. */
  existing_timer: { kind: string; execute_at: string } | null;
}

export interface MediationCaseResponse {
  mediation_case: MediationCaseDetail;
  /** After opening a private conversation: where it is. */
  conversation_url?: string;
}

export interface PrivateConversation {
  user_ids: number[];
  title: string;
  message: string;
}

export type CoolDownMode = "slow_mode" | "close";

export interface CoolDownRequest {
  mode: CoolDownMode;
  interval_seconds?: number;
  hours: number;
  reason: string;
  /** The mediator confirmed replacing the topic's own timer. */
  replace_timer?: boolean;
}

/** The step a case waits for (lib/discourse_mediation/rules/next_step.rb). */
export type NextStepKey =
  | "mediator_assigned"
  | "mediation"
  | "report"
  | "vote_opens"
  | "decision"
  | "implementation"
  | "appeal"
  | "appeal_decision"
  | "review"
  | "review_due"
  | "none";

export interface NextStepInfo {
  key: NextStepKey;
  /** When it is due, where the step has a date. */
  at: string | null;
}

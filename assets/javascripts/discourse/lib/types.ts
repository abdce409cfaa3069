// The JSON contract between the server and the front end. The Ruby
// serializers produce exactly these shapes; the browser tests' fixtures are
// typed with them, and spec/requests checks the same fields on the server.

/**
 * What kind of help a member asks for. `unsafe` is urgent; `breaks_list`
 * names an item of the published list.
 */
export type HelpRequestKind = "deescalate" | "unsafe" | "breaks_list" | "other";

export const HELP_REQUEST_KINDS: readonly HelpRequestKind[] = [
  "deescalate",
  "unsafe",
  "breaks_list",
  "other",
];

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
}

/** One of the current user's own requests. */
export interface MyHelpRequest {
  id: number;
  kind: HelpRequestKind;
  status: HelpRequestStatus;
  created_at: string;
  topic_title: string;
  post_url: string;
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
}

/** Discourse's error body for a refused request (422 or 403). */
export interface MediationErrorBody {
  errors: string[];
  error_type?: string;
}

/**
 * The fields of a post the help button and modal read. The last two are
 * added by the plugin's post serializer: the server decides both.
 */
export interface MediationPost {
  id: number;
  post_number: number;
  username: string;
  topic_id: number;
  can_request_mediation: boolean;
  mediation_replaces_flag: boolean;
}

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
  | "interim_suspend";

/** The tabs of the mediators' queue (lib/discourse_mediation/rules/queue_filter.rb). */
export type QueueFilter =
  | "unassigned"
  | "mine"
  | "open"
  | "escalated"
  | "decided"
  | "closed";

export const QUEUE_FILTERS: readonly QueueFilter[] = [
  "unassigned",
  "mine",
  "open",
  "escalated",
  "decided",
  "closed",
];

/** Discourse's BasicUserSerializer. */
export interface MediationUser {
  id: number;
  username: string;
  name: string | null;
  avatar_template: string;
}

/** One row of the queue. */
export interface MediationQueueCase {
  id: number;
  state: CaseState;
  urgent: boolean;
  kinds: HelpRequestKind[];
  requests_count: number;
  created_at: string;
  first_response_due_at: string;
  first_response_at: string | null;
  topic_title: string;
  post_excerpt: string;
  post_url: string | null;
  mediator: MediationUser | null;
  can_claim: boolean;
}

/** GET /mediation/cases.json?filter=&page= */
export interface MediationQueuePage {
  filter: QueueFilter;
  page: number;
  has_more: boolean;
  counts: Record<QueueFilter, number>;
  cases: MediationQueueCase[];
  /** Staff: links to the archive and the transparency report. */
  can_see_archive: boolean;
}

/** The post in question, as the case page shows it. */
export interface CasePost {
  id: number;
  post_number: number;
  url: string | null;
  cooked: string;
  author: MediationUser | null;
}

export interface CaseRequester {
  id: number;
  kind: HelpRequestKind;
  message: string;
  created_at: string;
  withdrawn: boolean;
  /** Only when the requester agreed to be named; otherwise "a member". */
  user: MediationUser | null;
}

export interface CasePerson {
  /** The author of the post in question. */
  subject: boolean;
  user: MediationUser;
}

/** A timeline entry's details; which keys appear depends on the action. */
export interface CaseEventData {
  kind?: HelpRequestKind;
  reason?: string;
  username?: string;
  mediator_username?: string;
  previous_mediator_username?: string | null;
  mode?: "slow_mode" | "close";
  interval_seconds?: number | null;
  hours?: number;
  topic_id?: number;
  people_count?: number;
  post_number?: number;
  shareable?: boolean;
  /** open_vote: the subject waived the rest of the window. */
  waived?: boolean;
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
  user: MediationUser;
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
export interface MediationCaseDetail {
  id: number;
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
    title: string;
    url: string;
    closed: boolean;
    slow_mode_seconds: number;
  } | null;
  post: CasePost | null;
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
}

export type PenaltyMeasure = "none" | "message" | "silence" | "suspend";

export interface CaseImplementation {
  outcome: LadderStep;
  measure: PenaltyMeasure;
  needs_duration: boolean;
  needs_review: boolean;
  default_duration_days: number | null;
  default_review_days: number | null;
  /** The site's cap on any sanction, in days. */
  max_days: number;
}

export interface ImplementationChoice {
  duration_days?: number;
  review_days?: number;
  reason: string;
}

export interface ImplementationPreview {
  subject_message: string;
  requester_message: string;
}

export interface CaseOutcome {
  key: string;
  title: string;
  reason: string | null;
  ends_at: string | null;
  review_at: string | null;
  archived_at: string | null;
}

export interface CoolDownOptions {
  slow_mode_intervals: number[];
  max_slow_mode_hours: number;
  max_close_hours: number;
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
}

/** Added to Discourse's topic view: only that a mediator is helping. */
export interface MediationTopicState {
  in_progress: boolean;
  /** Only for mediators and staff. */
  case_id: number | null;
  can_post_as_mediator: boolean;
}

/** The step a case waits for (lib/discourse_mediation/rules/next_step.rb). */
export type NextStepKey =
  | "mediator_assigned"
  | "mediation"
  | "report"
  | "vote_opens"
  | "decision"
  | "implementation"
  | "none";

export interface NextStepInfo {
  key: NextStepKey;
  /** When it is due, where the step has a date. */
  at: string | null;
}

export interface BehaviourVersion {
  version: number;
  title: string;
  description: string;
  created_at: string;
}

/** An item of the published list of actionable behaviours. */
export interface PublishedItem {
  /** Stable for ever, even when the text changes. */
  key: string;
  version: number;
  title: string;
  description: string;
  retired: boolean;
  /** For admins: every version, oldest first. */
  versions?: BehaviourVersion[];
}

export type LadderKind =
  | "no_action"
  | "private_correction"
  | "formal_warning"
  | "cool_down"
  | "suspension"
  | "long_suspension";

export const LADDER_KINDS: readonly LadderKind[] = [
  "no_action",
  "private_correction",
  "formal_warning",
  "cool_down",
  "suspension",
  "long_suspension",
];

/** A step of the sanction ladder; every step but No action ends or is reviewed. */
export interface LadderStep {
  key: string;
  kind: LadderKind;
  title: string;
  description: string;
  duration_days: number | null;
  review_days: number | null;
}

/** GET /mediation/published-list.json (and the admins' version). */
export interface PublishedListPage {
  items: PublishedItem[];
  ladder: LadderStep[];
}

export interface NewPublishedItem {
  key: string;
  title: string;
  description: string;
}

/** An item as a report cited it: its text as it was then. */
export interface Citation {
  key: string;
  version: number;
  title: string;
  description: string;
}

export interface ReportDraft {
  what_happened: string;
  mediation_course: string;
  why_unresolved: string;
  cited_keys: string[];
  recommended_keys: string[];
  affected_user_ids: number[];
}

export interface CaseReport extends ReportDraft {
  submitted_at: string | null;
  citations: Citation[];
}

export interface StatementWindowState {
  deadline: string;
  closes_at: string;
  open: boolean;
  waived_at: string | null;
  extension_requested_at: string | null;
  extension_reason: string | null;
  extension_decision: "granted" | "declined" | null;
  extension_decision_reason: string | null;
}

export interface CaseStatement {
  role: "subject" | "affected";
  raw: string;
  declined: boolean;
  created_at: string;
  user: MediationUser;
}

/** GET /mediation/cases/:id/statement.json */
export interface StatementPage {
  case_id: number;
  state: CaseState;
  /** `reader`: a mediator looking at what the person concerned sees. */
  role: "subject" | "affected" | "reader";
  topic_title: string;
  post_url: string | null;
  report: Omit<CaseReport, "cited_keys" | "affected_user_ids"> | null;
  /** No action, then the steps the report recommends. */
  possible_outcomes: LadderStep[];
  window: StatementWindowState | null;
  my_statement: CaseStatement | null;
  can_submit: boolean;
  can_decline: boolean;
  can_request_extension: boolean;
  can_waive: boolean;
  next_step: NextStepInfo;
}

export interface StatementPageResponse {
  statement_page: StatementPage;
}

export type VoterStatus = "eligible" | "voted" | "recused" | "not_a_voter";
export type RecusalReason = "subject" | "requester" | "mediator";

/** The result, only once the ballot has closed. */
export interface BallotResults {
  outcome: string;
  quorum_met: boolean;
  eligible: number;
  cast: number;
  abstentions: number;
  required: number;
  quorum_percent: number;
  /** Every option in severity order, No action first. */
  counts: { key: string; count: number }[];
}

/** GET /mediation/ballots/:id.json, as the current user sees it. */
export interface BallotState {
  id: number;
  case_id: number;
  topic_url: string | null;
  open: boolean;
  opens_at: string;
  closes_at: string;
  /** No action first, then the recommended steps, least severe first. */
  options: LadderStep[];
  voter_status: VoterStatus;
  recusal_reason: RecusalReason | null;
  results: BallotResults | null;
}

export interface BallotResponse {
  ballot: BallotState;
}

/** The answer to a vote: the receipt code is given this once. */
export interface VoteCast extends BallotResponse {
  receipt: string;
}

export const ABSTAIN = "abstain";

/** GET /mediation/archive.json: ended cases, newest first. */
export interface ArchivedCase {
  id: number;
  state: CaseState;
  topic_title: string;
  subject_username: string | null;
  outcome: string | null;
  outcome_title: string | null;
  ended_at: string | null;
}

export interface ArchivePage {
  page: number;
  has_more: boolean;
  outcomes: { key: string; title: string }[];
  cases: ArchivedCase[];
}

export interface ArchiveQuery {
  outcome?: string;
  state?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

/** A count, or the server's word that it is too small to show. */
export type TransparencyCount = number | "fewer_than_3";

export type TransparencyPeriod = "month" | "quarter";

export interface TransparencyRow {
  period: string;
  requests: TransparencyCount;
  resolved: TransparencyCount;
  escalated: TransparencyCount;
  outcomes: Record<string, TransparencyCount>;
  /** Null when fewer than three cases would make it up. */
  median_first_response_hours: number | null;
  median_days_to_decision: number | null;
}

export interface TransparencyPage {
  period: TransparencyPeriod;
  outcomes: { key: string; title: string }[];
  rows: TransparencyRow[];
  can_publish: boolean;
  publish_category: string | null;
  /** After publishing. */
  published_url?: string;
}

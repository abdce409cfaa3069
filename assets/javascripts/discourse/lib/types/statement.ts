// The statement window and the page of the person concerned. Part of the JSON contract (lib/types/index.ts).

import type { BallotCaseFile } from "./ballot";
import type { CaseState, NextStepInfo } from "./case";
import type { CoachingView } from "./coaching";
import type { CaseOutcome } from "./outcome";
import type { CaseReport, LadderStep } from "./published-list";
import type { StatementRecommendation } from "./recommendation";
import type { MediationUser } from "./shared";

export interface StatementWindowState {
  deadline: string;
  closes_at: string;
  open: boolean;
  waived_at: string | null;
  extension_requested_at: string | null;
  extension_reason: string | null;
  extension_decision: "granted" | "declined" | null;
  extension_decision_reason: string | null;
  /** While a request for more time waits: its decision's target. The deadline is held until then. */
  extension_decision_due_at: string | null;
}

export interface CaseStatement {
  role: "subject" | "affected" | "mediators";
  /**
   * `answer`: the person concerned's answer to what arrived after their
   * statement; `clarification`: the mediators' answer to a voter's question.
   */
  kind: "statement" | "answer" | "clarification";
  /** On a clarification: the voter's question, unsigned. */
  question: string | null;
  raw: string;
  declined: boolean;
  created_at: string;
  /** Null once the author's account is deleted. */
  user: MediationUser | null;
}

/** GET /mediation/cases/:id/statement.json */
/** The lengths the server accepts (Limits.for_statement). */
export interface StatementLimits {
  statement: number;
  review_statement: number;
  reminder_answer: number;
  recommendation_answer: number;
}

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
  /** For someone affected: when their own, earlier time ends. */
  affected_closes_at: string | null;
  /** For the person concerned, before the ballot opens: who may vote. */
  roll: RollEntry[];
  can_request_recusal: boolean;
  /** For the person concerned once the outcome is carried out. */
  appeal: AppealState | null;
  can_submit: boolean;
  can_decline: boolean;
  can_request_extension: boolean;
  can_waive: boolean;
  next_step: NextStepInfo;
  limits: StatementLimits;
  /**
   * For the person concerned and the mediators: exactly the voters' case
   * file, earlier outcomes included. Null for someone affected.
   */
  case_file: BallotCaseFile | null;
  /** Something arrived after their statement: they may answer it once. */
  can_answer: boolean;
  answer_until: string | null;
  /** Once the ballot has closed. */
  decision: StatementDecision | null;
  /** Once carried out, with its way back. */
  outcome: CaseOutcome | null;
  /** Until the review is done: its date, and what the person wrote for it. */
  review: StatementReview | null;
  /** A case that ended with a private reminder. */
  reminder: StatementReminder | null;
  /** Recommendations to other spaces: for the person concerned, else empty. */
  recommendations: StatementRecommendation[];
  /** A coaching outcome, for the person concerned; null otherwise. */
  coaching: CoachingView | null;
}

export interface StatementDecision {
  outcome: string;
  decided_at: string;
  quorum_met: boolean;
  /** The voters' reasons, unsigned, in alphabetical order. */
  reasons: string[];
}

export interface StatementReview {
  at: string;
  statement: string | null;
  can_send: boolean;
}

export interface StatementReminder {
  at: string;
  answer: string | null;
  answered_at: string | null;
  can_answer: boolean;
}

export type RecusalDecision = "granted" | "declined";

export interface AppealState {
  /** Whether there is a sanction to appeal (or was, before an appeal lowered it). */
  sanctioned: boolean;
  /** Whether this community has an appeal group at all. */
  enabled: boolean;
  can_appeal: boolean;
  closes_at: string | null;
  appealed_at: string | null;
  statement: string | null;
  ballot_closes_at: string | null;
  /** What the appeal decided, once its ballot has closed. */
  decided: string | null;
}

/**
 * Whose request it is that a voter step aside: the person concerned's, or the
 * report's naming the voter as affected, which a moderator confirms.
 */
export type RecusalKind = "asked" | "named";

/** A request that a voter step aside, as decided so far. */
export interface RecusalRequestState {
  kind: RecusalKind;
  /** Only for its author and the moderators who may decide it; never for a naming. */
  reason: string | null;
  decision: RecusalDecision | null;
  decision_reason: string | null;
}

/** One voter on the roll, as the person concerned sees it before the vote. */
export interface RollEntry {
  user: MediationUser;
  request: RecusalRequestState | null;
}

export interface StatementPageResponse {
  statement_page: StatementPage;
}

// The secret ballot. Part of the JSON contract (lib/types/index.ts).

import type { EarlierCoaching } from "./coaching";
import type { CaseReport, LadderStep } from "./published-list";
import type { CaseStatement } from "./statement";

export type VoterStatus = "eligible" | "voted" | "recused" | "not_a_voter";
export type RecusalReason =
  | "subject"
  | "requester"
  | "mediator"
  | "affected"
  | "acted"
  | "stepped_aside";

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
  /** What voters wrote on their papers, unsigned, in alphabetical order. */
  reasons: string[];
}

/** GET /mediation/ballots/:id.json, as the current user sees it. */
/** What a voter reads before deciding (BallotView.case_file). */
export interface EarlierOutcome {
  title: string;
  ended_at: string;
  /** The person concerned's answer to a private reminder, if they gave one. */
  answer: string | null;
  /** A coaching outcome: only whether it was completed; null for any other. */
  coaching: EarlierCoaching | null;
}

export interface BallotCaseFile {
  title: string;
  /** As submitted, without the editor's keys; null before submission. */
  report: Omit<CaseReport, "cited_keys" | "affected_user_ids"> | null;
  statements: CaseStatement[];
  /** Earlier outcomes about the same person, not yet forgiven: outcomes only. */
  earlier_outcomes: EarlierOutcome[];
  /** On an appeal's ballot: the person concerned's appeal, in full. */
  appeal_statement: string | null;
}

export interface BallotState {
  id: number;
  /** `appeal`: the second ballot, which can only lower the sanction. */
  kind: "decision" | "appeal";
  case_id: number;
  topic_url: string | null;
  open: boolean;
  opens_at: string;
  closes_at: string;
  /** No action first, then the recommended steps, least severe first. */
  options: LadderStep[];
  case_file: BallotCaseFile;
  voter_status: VoterStatus;
  recusal_reason: RecusalReason | null;
  results: BallotResults | null;
  /** On the roll of an open first ballot, voted or not: may ask the mediators. */
  can_ask_question: boolean;
  /** Voters' questions on this ballot, unsigned, oldest first. */
  questions: BallotQuestionState[];
  limits: BallotLimits;
}

/**
 * A voter's question to the mediators (BallotView.questions). Nobody is told
 * who asked; `mine` is true only for the asker. The answer, once given, is a
 * statement of kind `clarification` in the case file.
 */
export interface BallotQuestionState {
  id: number;
  question: string;
  asked_at: string;
  mine: boolean;
  answered: boolean;
}

/** The lengths the server accepts (Limits.for_ballot). */
export interface BallotLimits {
  question: number;
}

export interface BallotResponse {
  ballot: BallotState;
}

/** The answer to a vote: the receipt code is given this once. */
export interface VoteCast extends BallotResponse {
  receipt: string;
}

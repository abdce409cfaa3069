// Carrying out what the ballot decided. Part of the JSON contract (lib/types/index.ts).

import type { LadderStep } from "./published-list";

export type PenaltyMeasure =
  | "none"
  | "message"
  | "silence"
  | "suspend"
  | "coaching";

/** One step as it would be carried out, with its own duration and review. */
export interface ImplementationTerms {
  outcome: LadderStep;
  measure: PenaltyMeasure;
  needs_duration: boolean;
  needs_review: boolean;
  /** The step's own: carrying it out may be shorter, never longer. */
  default_duration_days: number | null;
  default_review_days: number | null;
  /** The site's cap on any sanction, in days. */
  max_days: number;
}

/** The decided step, and the less severe options of the ballot, most severe first. */
export interface CaseImplementation extends ImplementationTerms {
  lenient_steps: ImplementationTerms[];
}

export interface ImplementationChoice {
  /** Only when a less severe step than the decided one is carried out. */
  step_key?: string;
  duration_days?: number;
  review_days?: number;
  reason: string;
  /** Why it is carried out more leniently than voted. */
  change_reason?: string;
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
  /** Why it was carried out more leniently than voted, if it was. */
  change_reason: string | null;
  /** The moderators' review at the review date, once done. */
  review: CaseReview | null;
  /** What the person concerned wrote for the review, before its date. */
  review_statement: string | null;
}

export type ReviewDecision = "end_early" | "keep";

export interface CaseReview {
  decision: ReviewDecision;
  reason: string;
  at: string;
}

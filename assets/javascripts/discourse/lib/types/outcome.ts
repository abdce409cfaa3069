// Carrying out what the ballot decided. Part of the JSON contract (lib/types/index.ts).

import type { LadderStep } from "./published-list";

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

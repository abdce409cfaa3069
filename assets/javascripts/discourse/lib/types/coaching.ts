// Coaching, a step of the ladder. Part of the JSON contract (lib/types/index.ts).

import type { MediationUser } from "./shared";

export type CoachingPlanStatus = "proposed" | "changes_requested" | "agreed";
export type CoachingCheckInStatus = "held" | "missed";
export type CoachingResult = "completed" | "not_completed";

/** One check-in date of the plan, and how it went once recorded. */
export interface CoachingCheckIn {
  id: number;
  /** A calendar day, "2027-01-15". */
  due_on: string;
  status: CoachingCheckInStatus | null;
  note: string | null;
  recorded_at: string | null;
  /** For the mediator: its date has come and it is not recorded yet. */
  can_record: boolean;
}

/** `CoachingView.limits`: the lengths and count the server accepts. */
export interface CoachingLimits {
  plan: number;
  comment: number;
  note: number;
  summary: number;
  check_ins: number;
}

/**
 * A coaching outcome as the person concerned (on their page) and the
 * mediators and moderators (on the case page) see it; null for anyone else.
 */
export interface CoachingView {
  /** The coaching period's last day; check-ins fall on or before it. */
  period_ends_on: string | null;
  coach: MediationUser | null;
  /** Null until a plan is proposed. */
  plan: string | null;
  plan_status: CoachingPlanStatus | null;
  /** Why the person concerned asked for changes. */
  change_comment: string | null;
  agreed_at: string | null;
  check_ins: CoachingCheckIn[];
  summary: string | null;
  summary_at: string | null;
  result: CoachingResult | null;
  finished_at: string | null;
  can_propose: boolean;
  can_answer: boolean;
  can_write_summary: boolean;
  can_finish: boolean;
  limits: CoachingLimits;
}

export interface CoachingPlanParams {
  plan: string;
  dates: string[];
}

/** "ongoing" until the mediator records the result. */
export type EarlierCoaching = CoachingResult | "ongoing";

import { i18n } from "discourse-i18n";
import type {
  CaseImplementation,
  ImplementationChoice,
  PenaltyMeasure,
} from "../types/index";

const MEASURE_TEXT: Record<PenaltyMeasure, string> = {
  none: "discourse_mediation.implementation.measures.none",
  message: "discourse_mediation.implementation.measures.message",
  silence: "discourse_mediation.implementation.measures.silence",
  suspend: "discourse_mediation.implementation.measures.suspend",
};

/** What the moderator has typed, as the form holds it. */
export interface ImplementationDraft {
  duration: string;
  review: string;
  reason: string;
}

/** What carrying out the decision does, in Discourse's terms. */
export function measureText(implementation: CaseImplementation): string {
  return i18n(MEASURE_TEXT[implementation.measure]);
}

/** A review date is asked for a long suspension, and offered for a message. */
export function offersReview(implementation: CaseImplementation): boolean {
  return implementation.needs_review || implementation.measure === "message";
}

export function maxHint(implementation: CaseImplementation): string {
  return i18n("discourse_mediation.implementation.max_hint", {
    max: implementation.max_days,
  });
}

/** The same limits the server checks, from the numbers it sent. */
export function planProblem(
  implementation: CaseImplementation,
  draft: ImplementationDraft
): string | null {
  const { needs_duration, needs_review, max_days } = implementation;
  const duration = Number(draft.duration);
  const review = Number(draft.review);
  if (needs_duration && !(duration >= 1)) {
    return i18n("discourse_mediation.implementation.duration_required");
  }
  if (needs_duration && duration > max_days) {
    return maxHint(implementation);
  }
  if (needs_review && !(review >= 1)) {
    return i18n("discourse_mediation.implementation.review_required");
  }
  if (needs_review && review >= duration) {
    return i18n("discourse_mediation.implementation.review_before_end");
  }
  if (!draft.reason.trim()) {
    return i18n("discourse_mediation.implementation.reason_required");
  }
  return null;
}

/** What the server is sent: only the numbers this outcome uses. */
export function implementationChoice(
  implementation: CaseImplementation,
  draft: ImplementationDraft
): ImplementationChoice {
  const choice: ImplementationChoice = { reason: draft.reason };
  if (implementation.needs_duration && draft.duration) {
    choice.duration_days = Number(draft.duration);
  }
  if (offersReview(implementation) && draft.review) {
    choice.review_days = Number(draft.review);
  }
  return choice;
}

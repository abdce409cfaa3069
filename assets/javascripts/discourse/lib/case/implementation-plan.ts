import { i18n } from "discourse-i18n";
import type {
  CaseImplementation,
  ImplementationChoice,
  ImplementationTerms,
  PenaltyMeasure,
} from "../types/index";

const MEASURE_TEXT: Record<PenaltyMeasure, string> = {
  none: "discourse_mediation.implementation.measures.none",
  message: "discourse_mediation.implementation.measures.message",
  silence: "discourse_mediation.implementation.measures.silence",
  suspend: "discourse_mediation.implementation.measures.suspend",
  coaching: "discourse_mediation.implementation.measures.coaching",
};

/** What the moderator has chosen and typed, as the form holds it. */
export interface ImplementationDraft {
  stepKey: string;
  duration: string;
  review: string;
  reason: string;
  changeReason: string;
}

/** The decided step first, then the less severe options of the ballot. */
export function stepChoices(implementation: CaseImplementation) {
  return [implementation, ...implementation.lenient_steps];
}

/** The terms of the step the moderator chose. */
export function termsFor(
  implementation: CaseImplementation,
  stepKey: string
): ImplementationTerms {
  return (
    stepChoices(implementation).find(
      (terms) => terms.outcome.key === stepKey
    ) ?? implementation
  );
}

/** What carrying out the step does, in Discourse's terms. */
export function measureText(terms: ImplementationTerms): string {
  return i18n(MEASURE_TEXT[terms.measure]);
}

/** A review date is asked for a long suspension, and offered for a message. */
export function offersReview(terms: ImplementationTerms): boolean {
  return terms.needs_review || terms.measure === "message";
}

/** The longest it may last: the step's own duration, within the site's cap. */
export function maxDays(terms: ImplementationTerms): number {
  const own = terms.default_duration_days;
  return own === null ? terms.max_days : Math.min(own, terms.max_days);
}

export function maxHint(terms: ImplementationTerms): string {
  const own = terms.default_duration_days;
  return own !== null && own <= terms.max_days
    ? i18n("discourse_mediation.implementation.max_voted_hint", { max: own })
    : i18n("discourse_mediation.implementation.max_hint", {
        max: terms.max_days,
      });
}

/** More lenient than voted: another step, a shorter time or an earlier review. */
export function isChanged(
  implementation: CaseImplementation,
  draft: ImplementationDraft
): boolean {
  if (draft.stepKey !== implementation.outcome.key) {
    return true;
  }
  const shorter = (value: string, own: number | null) =>
    own !== null && value !== "" && Number(value) < own;
  return (
    (implementation.needs_duration &&
      shorter(draft.duration, implementation.default_duration_days)) ||
    (offersReview(implementation) &&
      shorter(draft.review, implementation.default_review_days))
  );
}

/** The same limits the server checks, from the numbers it sent. */
export function planProblem(
  implementation: CaseImplementation,
  draft: ImplementationDraft
): string | null {
  const terms = termsFor(implementation, draft.stepKey);
  const { needs_duration, needs_review, default_review_days } = terms;
  const duration = Number(draft.duration);
  const review = Number(draft.review);
  if (needs_duration && !(duration >= 1)) {
    return i18n("discourse_mediation.implementation.duration_required");
  }
  if (needs_duration && duration > maxDays(terms)) {
    return maxHint(terms);
  }
  if (needs_review && !(review >= 1)) {
    return i18n("discourse_mediation.implementation.review_required");
  }
  if (needs_review && review >= duration) {
    return i18n("discourse_mediation.implementation.review_before_end");
  }
  if (
    offersReview(terms) &&
    draft.review &&
    default_review_days !== null &&
    review > default_review_days
  ) {
    return i18n("discourse_mediation.implementation.review_later_than_voted", {
      max: default_review_days,
    });
  }
  if (!draft.reason.trim()) {
    return i18n("discourse_mediation.implementation.reason_required");
  }
  if (isChanged(implementation, draft) && !draft.changeReason.trim()) {
    return i18n("discourse_mediation.implementation.change_reason_required");
  }
  return null;
}

/** What the server is sent: only the numbers the chosen step uses. */
export function implementationChoice(
  implementation: CaseImplementation,
  draft: ImplementationDraft
): ImplementationChoice {
  const terms = termsFor(implementation, draft.stepKey);
  const choice: ImplementationChoice = { reason: draft.reason };
  if (draft.stepKey !== implementation.outcome.key) {
    choice.step_key = draft.stepKey;
  }
  if (terms.needs_duration && draft.duration) {
    choice.duration_days = Number(draft.duration);
  }
  if (offersReview(terms) && draft.review) {
    choice.review_days = Number(draft.review);
  }
  if (isChanged(implementation, draft)) {
    choice.change_reason = draft.changeReason;
  }
  return choice;
}

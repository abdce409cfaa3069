import { tracked } from "@glimmer/tracking";
import type { CaseImplementation } from "../types";
import { type ImplementationDraft, termsFor } from "./implementation-plan";

/**
 * What the moderator has entered so far to carry out a decision; the step,
 * its duration and review date start from what was voted.
 */
export class ImplementationFormState {
  @tracked stepKey: string | null = null;
  @tracked durationDays: string | null = null;
  @tracked reviewDays: string | null = null;
  @tracked reason = "";
  @tracked changeReason = "";

  /** Another step starts from its own duration and review. */
  chooseStep = (event: Event) => {
    this.stepKey = (event.target as HTMLSelectElement).value;
    this.durationDays = null;
    this.reviewDays = null;
  };

  updateDuration = (event: Event) => {
    this.durationDays = (event.target as HTMLInputElement).value;
  };

  updateReview = (event: Event) => {
    this.reviewDays = (event.target as HTMLInputElement).value;
  };

  updateReason = (event: Event) => {
    this.reason = (event.target as HTMLTextAreaElement).value;
  };

  updateChangeReason = (event: Event) => {
    this.changeReason = (event.target as HTMLTextAreaElement).value;
  };

  constructor(private readonly implementation: CaseImplementation) {}

  get chosenKey() {
    return this.stepKey ?? this.implementation.outcome.key;
  }

  get terms() {
    return termsFor(this.implementation, this.chosenKey);
  }

  get duration() {
    return this.durationDays ?? String(this.terms.default_duration_days ?? "");
  }

  get review() {
    return this.reviewDays ?? String(this.terms.default_review_days ?? "");
  }

  get draft(): ImplementationDraft {
    return {
      stepKey: this.chosenKey,
      duration: this.duration,
      review: this.review,
      reason: this.reason,
      changeReason: this.changeReason,
    };
  }
}

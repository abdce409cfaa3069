import { module, test } from "qunit";
import {
  implementationChoice,
  type ImplementationDraft,
  planProblem,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/implementation-plan";
import type { CaseImplementation } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

const SUSPENSION = {
  measure: "suspend",
  needs_duration: true,
  needs_review: false,
  max_days: 365,
} as CaseImplementation;

const LONG_SUSPENSION = { ...SUSPENSION, needs_review: true };

const WARNING = {
  measure: "message",
  needs_duration: false,
  needs_review: false,
  max_days: 365,
} as CaseImplementation;

function draft(overrides: Partial<ImplementationDraft>): ImplementationDraft {
  return { duration: "30", review: "", reason: "It went on", ...overrides };
}

module("Unit | Lib | implementation-plan", function () {
  const cases: Array<
    [string, CaseImplementation, Partial<ImplementationDraft>, boolean]
  > = [
    ["a suspension with a duration and reason", SUSPENSION, {}, false],
    ["a suspension with no duration", SUSPENSION, { duration: "" }, true],
    ["a suspension over the cap", SUSPENSION, { duration: "366" }, true],
    ["a long suspension without a review", LONG_SUSPENSION, {}, true],
    ["a review after the end", LONG_SUSPENSION, { review: "30" }, true],
    ["a review before the end", LONG_SUSPENSION, { review: "20" }, false],
    ["no reason", WARNING, { reason: "  " }, true],
    ["a warning with a reason", WARNING, { duration: "" }, false],
  ];
  cases.forEach(([name, implementation, overrides, refused]) => {
    test(`${refused ? "refuses" : "accepts"} ${name}`, function (assert) {
      assert.strictEqual(
        planProblem(implementation, draft(overrides)) !== null,
        refused
      );
    });
  });

  test("sends only the numbers the outcome uses", function (assert) {
    assert.deepEqual(implementationChoice(WARNING, draft({ review: "90" })), {
      reason: "It went on",
      review_days: 90,
    });
    assert.deepEqual(implementationChoice(SUSPENSION, draft({ review: "9" })), {
      reason: "It went on",
      duration_days: 30,
    });
  });
});

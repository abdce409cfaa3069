import { module, test } from "qunit";
import {
  implementationChoice,
  type ImplementationDraft,
  planProblem,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/implementation-plan";
import type {
  CaseImplementation,
  LadderKind,
  LadderStep,
} from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

function step(
  key: LadderKind,
  duration: number | null,
  review: number | null
): LadderStep {
  return {
    key,
    kind: key,
    title: key,
    description: "",
    duration_days: duration,
    review_days: review,
  };
}

const SUSPENSION: CaseImplementation = {
  outcome: step("suspension", 30, null),
  measure: "suspend",
  needs_duration: true,
  needs_review: false,
  default_duration_days: 30,
  default_review_days: null,
  max_days: 365,
  lenient_steps: [],
};

const LONG_SUSPENSION: CaseImplementation = {
  ...SUSPENSION,
  outcome: step("suspension", 400, 200),
  needs_review: true,
  default_duration_days: 400,
  default_review_days: 200,
};

const WARNING: CaseImplementation = {
  outcome: step("formal_warning", null, 180),
  measure: "message",
  needs_duration: false,
  needs_review: false,
  default_duration_days: null,
  default_review_days: 180,
  max_days: 365,
  lenient_steps: [],
};

const COOL_DOWN: CaseImplementation = {
  outcome: step("cool_down", 7, null),
  measure: "silence",
  needs_duration: true,
  needs_review: false,
  default_duration_days: 7,
  default_review_days: null,
  max_days: 365,
  lenient_steps: [{ ...WARNING }],
};

function draft(overrides: Partial<ImplementationDraft>): ImplementationDraft {
  return {
    stepKey: overrides.stepKey ?? "suspension",
    duration: "30",
    review: "",
    reason: "It went on",
    changeReason: "",
    ...overrides,
  };
}

module("Unit | Lib | implementation-plan", function () {
  const cases: Array<
    [string, CaseImplementation, Partial<ImplementationDraft>, boolean]
  > = [
    ["a suspension with a duration and reason", SUSPENSION, {}, false],
    ["a suspension with no duration", SUSPENSION, { duration: "" }, true],
    ["a suspension over the cap", SUSPENSION, { duration: "366" }, true],
    ["a suspension longer than voted", SUSPENSION, { duration: "31" }, true],
    ["a long suspension without a review", LONG_SUSPENSION, {}, true],
    ["a review after the end", LONG_SUSPENSION, { review: "30" }, true],
    [
      "a review before the end, as voted",
      LONG_SUSPENSION,
      { duration: "365", review: "200", changeReason: "Shorter" },
      false,
    ],
    [
      "a review later than voted",
      LONG_SUSPENSION,
      { duration: "365", review: "250", changeReason: "x" },
      true,
    ],
    ["no reason", WARNING, { stepKey: "formal_warning", reason: "  " }, true],
    [
      "a warning with a reason",
      WARNING,
      { stepKey: "formal_warning", duration: "", review: "180" },
      false,
    ],
    ["a shorter time without saying why", SUSPENSION, { duration: "10" }, true],
    [
      "a shorter time with a reason",
      SUSPENSION,
      { duration: "10", changeReason: "First time" },
      false,
    ],
    [
      "a less severe step without saying why",
      COOL_DOWN,
      { stepKey: "formal_warning", review: "180" },
      true,
    ],
    [
      "a less severe step with a reason",
      COOL_DOWN,
      { stepKey: "formal_warning", review: "180", changeReason: "Apologised" },
      false,
    ],
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
    assert.deepEqual(
      implementationChoice(
        WARNING,
        draft({ stepKey: "formal_warning", review: "90", changeReason: "x" })
      ),
      { reason: "It went on", review_days: 90, change_reason: "x" }
    );
    assert.deepEqual(implementationChoice(SUSPENSION, draft({ review: "9" })), {
      reason: "It went on",
      duration_days: 30,
    });
  });

  test("sends the less severe step chosen, with why", function (assert) {
    assert.deepEqual(
      implementationChoice(
        COOL_DOWN,
        draft({
          stepKey: "formal_warning",
          review: "180",
          changeReason: "Apologised",
        })
      ),
      {
        step_key: "formal_warning",
        reason: "It went on",
        review_days: 180,
        change_reason: "Apologised",
      }
    );
  });
});

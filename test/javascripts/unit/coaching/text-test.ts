import { module, test } from "qunit";
import {
  dateRows,
  DATES,
  PLAN,
  planProblem,
  startingPlan,
} from "discourse/plugins/discourse-mediation/discourse/lib/coaching/plan-form";
import {
  changeComment,
  checkInText,
  earlierCoachingText,
  todayIso,
} from "discourse/plugins/discourse-mediation/discourse/lib/coaching/text";
import { ladderRows } from "discourse/plugins/discourse-mediation/discourse/lib/published-list/ladder-editor";
import type { CoachingCheckIn } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { coachingFixture, publishedListFixture } from "../../fixtures";

const LIMITS = { plan: 20, comment: 10, note: 10, summary: 10, check_ins: 3 };

function checkIn(overrides: Partial<CoachingCheckIn> = {}): CoachingCheckIn {
  return {
    id: 1,
    due_on: "2027-01-15",
    status: null,
    note: null,
    recorded_at: null,
    can_record: false,
    ...overrides,
  };
}

module("Unit | Lib | coaching", function () {
  test("a check-in not recorded is to come until its day, then due", function (assert) {
    assert.true(checkInText(checkIn(), "2027-01-14").endsWith("to come"));
    assert.true(
      checkInText(checkIn(), "2027-01-15").endsWith("due, not recorded yet")
    );
    assert.true(
      checkInText(checkIn({ status: "missed" }), "2027-02-01").endsWith(
        ": missed"
      )
    );
    assert.true(
      checkInText(checkIn(), "2027-01-14").includes("2027"),
      "names the day"
    );
  });

  test("today is the plan's calendar day, in UTC", function (assert) {
    assert.strictEqual(
      todayIso(new Date("2027-01-15T23:30:00-05:00")),
      "2027-01-16"
    );
  });

  test("voters read only whether an earlier coaching was completed", function (assert) {
    assert.strictEqual(
      earlierCoachingText("completed"),
      "The coaching was completed."
    );
    assert.strictEqual(
      earlierCoachingText("not_completed"),
      "The coaching was not completed."
    );
    assert.strictEqual(
      earlierCoachingText("ongoing"),
      "The coaching is still under way."
    );
    assert.strictEqual(earlierCoachingText(null), null);
  });

  test("the plan form names the first field with a problem", function (assert) {
    assert.deepEqual(planProblem("  ", ["2027-01-15"], LIMITS), [
      PLAN,
      "Write the plan.",
    ]);
    assert.strictEqual(planProblem("x".repeat(21), [], LIMITS)?.[0], PLAN);
    assert.deepEqual(planProblem("Talk weekly", ["", ""], LIMITS), [
      DATES,
      "Choose at least one check-in date.",
    ]);
    assert.strictEqual(
      planProblem("Talk weekly", ["2027-01-15"], LIMITS),
      null
    );
  });

  test("a new plan starts from the one the person asked to change, with its dates to come", function (assert) {
    const view = coachingFixture({
      plan: "Talk weekly",
      plan_status: "changes_requested",
      check_ins: [
        checkIn({ id: 1, due_on: "2027-01-10" }),
        checkIn({ id: 2, due_on: "2027-01-20" }),
      ],
    });
    assert.deepEqual(startingPlan(view, "2027-01-15"), {
      plan: "Talk weekly",
      dates: ["2027-01-20"],
    });
    assert.deepEqual(startingPlan(null, "2027-01-15"), {
      plan: "",
      dates: [""],
    });
  });

  test("the change comment is shown only while the plan waits for a new one", function (assert) {
    assert.strictEqual(
      changeComment(
        coachingFixture({
          plan_status: "changes_requested",
          change_comment: "Fortnightly",
        })
      ),
      "Fortnightly"
    );
    assert.strictEqual(
      changeComment(
        coachingFixture({ plan_status: "proposed", change_comment: "Old" })
      ),
      null
    );
  });

  test("each date row has its own id, label and remove button's name", function (assert) {
    const rows = dateRows(["2027-01-15", ""]);
    assert.deepEqual(
      rows.map((row) => [row.id, row.label, row.removeLabel]),
      [
        ["mediation-coaching-date-0", "Check-in 1", "Remove check-in 1"],
        ["mediation-coaching-date-1", "Check-in 2", "Remove check-in 2"],
      ]
    );
  });

  test("the ladder editor offers coaching as a kind of step, by name", function (assert) {
    const rows = ladderRows(publishedListFixture().ladder);
    const coaching = rows[1].kinds.find((choice) => choice.kind === "coaching");
    assert.strictEqual(
      coaching?.label,
      "Coaching (a mediator works with the member; no penalty)"
    );
  });
});

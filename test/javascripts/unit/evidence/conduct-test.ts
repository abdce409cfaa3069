import { module, test } from "qunit";
import {
  CONDUCT_FIELD,
  ConductDraft,
  conductProblem,
  latestDay,
} from "discourse/plugins/discourse-mediation/discourse/lib/evidence/conduct";
import { evidenceLimitsFixture } from "../../fixtures";

const NOW = new Date("2026-11-24T23:30:00Z");

function draft(overrides: Partial<ConductDraft>) {
  return Object.assign(
    new ConductDraft(),
    { subjectUsername: "bob", where: "Project chat", happenedOn: "2026-11-20" },
    overrides
  );
}

module("Unit | Lib | evidence-conduct", function () {
  test("the latest day is tomorrow in UTC", function (assert) {
    assert.strictEqual(latestDay(NOW), "2026-11-25");
  });

  const cases: Array<[string, Partial<ConductDraft>, string | null]> = [
    ["everything given", {}, null],
    ["tomorrow, for the time zones ahead", { happenedOn: "2026-11-25" }, null],
    ["no person", { subjectUsername: "" }, CONDUCT_FIELD.person],
    ["no place", { where: "  " }, CONDUCT_FIELD.where],
    [
      "a place over 100 characters",
      { where: "é".repeat(101) },
      CONDUCT_FIELD.where,
    ],
    ["no day", { happenedOn: "" }, CONDUCT_FIELD.when],
    ["not a day", { happenedOn: "2026-02-30" }, CONDUCT_FIELD.when],
    [
      "the day after tomorrow",
      { happenedOn: "2026-11-26" },
      CONDUCT_FIELD.when,
    ],
  ];
  cases.forEach(([name, overrides, field]) => {
    test(`${field ? "refuses" : "accepts"} ${name}`, function (assert) {
      const problem = conductProblem(
        draft(overrides),
        evidenceLimitsFixture(),
        NOW
      );
      const [fieldId] = problem ?? [null];
      assert.strictEqual(fieldId, field);
    });
  });

  test("says why in words", function (assert) {
    const problem = conductProblem(
      draft({ happenedOn: "2027-01-01" }),
      evidenceLimitsFixture(),
      NOW
    );
    assert.strictEqual(
      problem?.[1],
      "That day has not come yet: choose the day it happened."
    );
  });
});

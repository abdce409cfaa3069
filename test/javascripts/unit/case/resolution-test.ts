import { module, test } from "qunit";
import { i18n } from "discourse-i18n";
import { resolutionProblem } from "discourse/plugins/discourse-mediation/discourse/lib/case/resolution";
import { caseFixture } from "../../fixtures";

module("Unit | Lib | resolution", function () {
  const limits = {
    ...caseFixture().limits,
    outcome_note: 10,
    reminder_message: 12,
  };
  const reminder = {
    resolution: "private_reminder",
    reminderKeys: ["insults"],
  };

  const cases: [string, object, string | null][] = [
    ["a plain resolution with a note", {}, null],
    [
      "no note",
      { note: "  " },
      i18n("discourse_mediation.resolve.note_required"),
    ],
    [
      "a note over its limit",
      { note: "x".repeat(11) },
      i18n("discourse_mediation.too_long", { count: 10 }),
    ],
    [
      "a reminder naming nothing",
      { ...reminder, reminderKeys: [], reminderMessage: "Please" },
      i18n("discourse_mediation.resolve.reminder_items_required"),
    ],
    [
      "a reminder without words",
      reminder,
      i18n("discourse_mediation.resolve.reminder_message_required"),
    ],
    [
      "a reminder over its limit",
      { ...reminder, reminderMessage: "x".repeat(13) },
      i18n("discourse_mediation.too_long", { count: 12 }),
    ],
    ["a complete reminder", { ...reminder, reminderMessage: "Please" }, null],
  ];

  for (const [name, overrides, expected] of cases) {
    test(`the resolve form: ${name}`, function (assert) {
      const form = {
        note: "Settled",
        resolution: "resolved" as const,
        reminderKeys: [],
        reminderMessage: "",
        ...overrides,
      };
      assert.strictEqual(resolutionProblem(form, limits), expected);
    });
  }
});

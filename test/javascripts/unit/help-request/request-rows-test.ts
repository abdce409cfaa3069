import { module, test } from "qunit";
import { i18n } from "discourse-i18n";
import { requestRow } from "discourse/plugins/discourse-mediation/discourse/lib/help-request/request-rows";
import { myRequestFixture } from "../../fixtures";

module("Unit | Lib | help-request request rows", function () {
  const cases: [string, Parameters<typeof myRequestFixture>[0], boolean][] = [
    ["a waiting request still has a next step", {}, false],
    [
      "a resolved request has nothing more to come",
      { status: "resolved", next_step: { key: "none", at: null } },
      true,
    ],
    [
      "a withdrawn request has nothing more to come",
      { status: "withdrawn", next_step: { key: "none", at: null } },
      true,
    ],
  ];

  for (const [description, overrides, isOver] of cases) {
    test(description, function (assert) {
      const row = requestRow(myRequestFixture(overrides));
      assert.strictEqual(row.isOver, isOver);
      assert.strictEqual(
        row.statusLabel,
        i18n(`discourse_mediation.my_requests.statuses.${row.request.status}`)
      );
    });
  }

  test("shares the outcome note only when the mediator made it shareable", function (assert) {
    assert.strictEqual(requestRow(myRequestFixture()).outcomeNote, null);
    const shared = requestRow(
      myRequestFixture({ outcome_note: "They talked it through." })
    );
    assert.true(shared.outcomeNote?.includes("They talked it through."));
  });
});

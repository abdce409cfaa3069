import { module, test } from "qunit";
import {
  ladderRows,
  movedSteps,
} from "discourse/plugins/discourse-mediation/discourse/lib/published-list/ladder-editor";
import { publishedListFixture } from "../../fixtures";

module("Unit | Lib | ladder-editor", function () {
  const ladder = publishedListFixture().ladder;

  test("keeps No action first and fixed, and offers only sanctions as kinds", function (assert) {
    const rows = ladderRows(ladder);
    assert.true(rows[0].isFixed);
    assert.false(rows[1].isFixed);
    assert.false(
      rows[1].kinds.some((choice) => choice.kind === "no_action"),
      "No action is not a kind a step can take"
    );
    assert.strictEqual(
      rows[1].kinds.filter((choice) => choice.isChosen).length,
      1
    );
  });

  const moves: Array<[string, number, number, number[]]> = [
    ["down", 1, 1, [0, 2, 1]],
    ["up", 2, -1, [0, 2, 1]],
  ];
  moves.forEach(([name, index, by, order]) => {
    test(`moves a step ${name}`, function (assert) {
      const steps = ladder.slice(0, 3);
      assert.deepEqual(
        movedSteps(steps, index, by).map((step) => step.key),
        order.map((i) => steps[i].key)
      );
    });
  });
});

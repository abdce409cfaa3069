import { module, test } from "qunit";
import {
  changedSteps,
  ladderRows,
  movedSteps,
  withNewStep,
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

  test("changes one step and leaves the others as they were", function (assert) {
    const steps = ladder.slice(0, 3);
    const changed = changedSteps(steps, 1, { title: "Warning, in writing" });
    assert.strictEqual(changed[1].title, "Warning, in writing");
    assert.strictEqual(changed[0], steps[0]);
    assert.strictEqual(changed[2], steps[2]);
    assert.notStrictEqual(steps[1].title, "Warning, in writing");
  });

  test("adds an empty step at the bottom, never a second No action", function (assert) {
    const steps = withNewStep(ladder);
    const added = steps[steps.length - 1];
    assert.strictEqual(steps.length, ladder.length + 1);
    assert.deepEqual(
      [added.key, added.kind, added.duration_days],
      ["", "formal_warning", null]
    );
  });
});

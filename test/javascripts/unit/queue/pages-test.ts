import { module, test } from "qunit";
import { withPage } from "discourse/plugins/discourse-mediation/discourse/lib/queue/pages";
import { queueCaseFixture, queuePageFixture } from "../../fixtures";

module("Unit | Lib | queue pages", function () {
  const one = queueCaseFixture({ id: 1 });
  const two = queueCaseFixture({ id: 2 });

  test("a first page starts the list again; a later one adds to it", function (assert) {
    const answer = queuePageFixture({ cases: [two] });
    assert.deepEqual(
      withPage([one], answer, 0).cases.map((c) => c.id),
      [2]
    );
    assert.deepEqual(
      withPage([one], answer, 1).cases.map((c) => c.id),
      [1, 2]
    );
    assert.strictEqual(withPage([one], answer, 1).page, answer);
  });
});

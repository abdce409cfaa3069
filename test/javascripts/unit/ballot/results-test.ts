import { module, test } from "qunit";
import {
  ballotResults,
  recusalText,
} from "discourse/plugins/discourse-mediation/discourse/lib/ballot/results";
import type { RecusalReason } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";
import { ballotFixture } from "../../fixtures";

function closed(outcome: string, quorumMet = true) {
  return ballotFixture({
    open: false,
    results: {
      outcome,
      quorum_met: quorumMet,
      eligible: 10,
      cast: 6,
      abstentions: 1,
      required: 5,
      quorum_percent: 50,
      reasons: [],
      counts: [
        { key: "no_action", count: 2 },
        { key: "formal_warning", count: 3 },
      ],
    },
  });
}

module("Unit | Lib | ballot-results", function () {
  test("an open ballot has no results", function (assert) {
    assert.strictEqual(ballotResults(ballotFixture({ results: null })), null);
  });

  const outcomes: Array<[string, string, boolean, string[]]> = [
    ["formal_warning", "Formal warning", false, ["formal_warning"]],
    ["no_action", "No action", true, ["no_action"]],
  ];
  outcomes.forEach(([outcome, title, isNoAction, marked]) => {
    test(`names the outcome ${outcome} and marks its row`, function (assert) {
      const results = ballotResults(closed(outcome))!;
      assert.strictEqual(results.outcomeTitle, title);
      assert.strictEqual(results.isNoAction, isNoAction);
      assert.deepEqual(
        results.rows.filter((row) => row.isOutcome).map((row) => row.key),
        marked
      );
    });
  });

  test("words turnout and quorum from the counts", function (assert) {
    const met = ballotResults(closed("formal_warning"))!;
    assert.true(met.turnout.includes("6"));
    assert.true(met.quorum.includes("5"));
    const missed = ballotResults(closed("no_action", false))!;
    assert.notStrictEqual(missed.quorum, met.quorum);
  });

  const reasons: Array<RecusalReason | null> = [
    "subject",
    "requester",
    "mediator",
    "affected",
    null,
  ];
  reasons.forEach((reason) => {
    test(`explains a recusal as ${reason ?? "a mediator by default"}`, function (assert) {
      assert.true(recusalText(reason).length > 0);
    });
  });
});

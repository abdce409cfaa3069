import { module, test } from "qunit";
import { queueRows } from "discourse/plugins/discourse-mediation/discourse/lib/queue/rows";
import { NOW, queueCaseFixture, userFixture } from "../../fixtures";

module("Unit | Lib | queue rows", function () {
  test("each row has its own words, however many rows share them", function (assert) {
    const rows = queueRows(
      [
        queueCaseFixture({ id: 1, requests_count: 1 }),
        queueCaseFixture({ id: 2, requests_count: 2 }),
        queueCaseFixture({
          id: 3,
          requests_count: 2,
          kinds: ["unsafe", "deescalate"],
          mediator: userFixture("mia"),
        }),
        queueCaseFixture({ id: 4, mediator: userFixture("noor") }),
        queueCaseFixture({
          id: 5,
          first_response_due_at: "2026-11-23T09:00:00Z",
        }),
      ],
      NOW
    );

    assert.deepEqual(
      rows.map((row) => row.requestsText),
      ["1 request", "2 requests", "2 requests", "1 request", "1 request"]
    );
    assert.deepEqual(
      rows.map((row) => row.mediatorText),
      ["Nobody yet", "Nobody yet", "@mia", "@noor", "Nobody yet"]
    );
    assert.deepEqual(
      rows.map((row) => row.kinds.map(({ kind }) => kind)),
      [
        ["deescalate"],
        ["deescalate"],
        ["unsafe", "deescalate"],
        ["deescalate"],
        ["deescalate"],
      ]
    );
    assert.deepEqual(
      rows.map((row) => row.clock),
      [
        ...Array(4).fill({ status: "due", text: "22 h left to respond" }),
        { status: "late", text: "Late: 3 h past the time to respond" },
      ]
    );
    assert.strictEqual(
      rows[0].kinds,
      rows[1].kinds,
      "rows with the same kinds share one list"
    );
    assert.strictEqual(rows[0].clock, rows[1].clock);
  });

  test("a row links to its case and carries it", function (assert) {
    const mediationCase = queueCaseFixture({ id: 7, can_claim: false });
    const [row] = queueRows([mediationCase], NOW);

    assert.strictEqual(row.url, "/mediation/cases/7");
    assert.strictEqual(row.mediationCase, mediationCase);
    assert.false(row.canClaim);
    assert.strictEqual(row.claimLabel, null);
  });

  test("a pending request for more time is the date a row waits on", function (assert) {
    const [pending, passed, stage] = queueRows(
      [
        queueCaseFixture({
          state: "awaiting_statements",
          extension_decision_due_at: "2026-11-24T10:00:00Z",
        }),
        queueCaseFixture({
          state: "awaiting_statements",
          extension_decision_due_at: "2026-11-23T11:59:00Z",
        }),
        queueCaseFixture({
          state: "mediating",
          stage_due_at: "2026-11-30T10:00:00Z",
        }),
      ],
      NOW
    );

    assert.true(pending.target?.text.startsWith("More time asked: decide by"));
    assert.false(pending.target?.overdue);
    assert.true(
      passed.target?.text.startsWith("More time asked: a decision was due")
    );
    assert.true(passed.target?.overdue, "a minute past the target is late");
    assert.true(stage.target?.text.startsWith("by "));
  });

  test("conduct elsewhere has its own words for a kind; a case a mediator opened has neither kind nor requests", function (assert) {
    const rows = queueRows(
      [
        queueCaseFixture({ id: 1, kinds: ["deescalate"] }),
        queueCaseFixture({
          id: 2,
          conduct_place: "elsewhere",
          kinds: ["deescalate"],
        }),
        queueCaseFixture({
          id: 3,
          conduct_place: "elsewhere",
          kinds: [],
          urgent: false,
          requests_count: 0,
        }),
      ],
      NOW
    );
    assert.deepEqual(
      rows.map((row) => row.kinds.map(({ label }) => label)),
      [["Help de-escalate this discussion"], ["Help calm things down"], []]
    );
    assert.deepEqual(
      rows.map((row) => row.tagged),
      [true, true, false]
    );
    assert.strictEqual(rows[2].requestsText, "Opened by a mediator");
  });
});

import { module, test } from "qunit";
import {
  CHART,
  chartGroups,
} from "discourse/plugins/discourse-mediation/discourse/lib/transparency/chart";
import type { TransparencyRow } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

function row(
  period: string,
  counts: Partial<TransparencyRow>
): TransparencyRow {
  return {
    period,
    requests: 0,
    resolved: 0,
    escalated: 0,
    outcomes: {},
    cases_by_place: { forum: 0, private_message: 0, elsewhere: 0 },
    median_first_response_hours: null,
    median_days_to_decision: null,
    ...counts,
  };
}

module("Unit | Lib | transparency-chart", function () {
  test("scales bars to the largest count, from the baseline", function (assert) {
    const [group] = chartGroups([
      row("2026-11", { requests: 10, resolved: 5, escalated: 0 }),
    ]);
    const plot = CHART.height - CHART.top - CHART.bottom;
    assert.strictEqual(group.bars[0].height, plot);
    assert.strictEqual(group.bars[1].height, plot / 2);
    assert.strictEqual(group.bars[2].height, 0);
    assert.strictEqual(group.bars[2].y, CHART.height - CHART.bottom);
  });

  test("draws a hidden small count as a short bar with no number", function (assert) {
    const [group] = chartGroups([
      row("2026-11", { requests: 6, escalated: "fewer_than_3" }),
    ]);
    assert.strictEqual(group.bars[2].value, null);
    assert.true(group.bars[2].height > 0);
    assert.true(group.bars[2].height < group.bars[0].height);
  });

  test("lays periods side by side without overlap", function (assert) {
    const groups = chartGroups([
      row("a", { requests: 1 }),
      row("b", { requests: 1 }),
    ]);
    const lastOfFirst = groups[0].bars[2];
    assert.true(lastOfFirst.x + lastOfFirst.width < groups[1].bars[0].x);
  });
});

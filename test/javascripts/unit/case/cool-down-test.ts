import { module, test } from "qunit";
import {
  coolDownProblem,
  maxHours,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/cool-down";
import type {
  CoolDownOptions,
  CoolDownRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

const OPTIONS: CoolDownOptions = {
  slow_mode_intervals: [600, 3600],
  max_slow_mode_hours: 72,
  max_close_hours: 24,
};

function request(overrides: Partial<CoolDownRequest>): CoolDownRequest {
  return { mode: "slow_mode", hours: 12, reason: "Heated", ...overrides };
}

module("Unit | Lib | cool-down", function () {
  test("takes each mode's limit from the server", function (assert) {
    assert.strictEqual(maxHours(OPTIONS, "slow_mode"), 72);
    assert.strictEqual(maxHours(OPTIONS, "close"), 24);
  });

  const cases: Array<[string, Partial<CoolDownRequest>, boolean]> = [
    ["slow mode within its limit", { hours: 72 }, false],
    ["slow mode over its limit", { hours: 73 }, true],
    ["a close over the close limit", { mode: "close", hours: 48 }, true],
    ["a close within it", { mode: "close", hours: 24 }, false],
    ["no hours", { hours: 0 }, true],
    ["part of an hour", { hours: 1.5 }, true],
    ["no reason", { reason: " " }, true],
  ];
  cases.forEach(([name, overrides, refused]) => {
    test(`${refused ? "refuses" : "accepts"} ${name}`, function (assert) {
      assert.strictEqual(
        coolDownProblem(OPTIONS, request(overrides)) !== null,
        refused
      );
    });
  });
});

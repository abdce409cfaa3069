import { module, test } from "qunit";
import {
  coolDownProblem,
  maxHours,
  timerWarning,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/cool-down";
import type {
  CoolDownOptions,
  CoolDownRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

const OPTIONS: CoolDownOptions = {
  slow_mode_intervals: [600, 3600],
  max_slow_mode_hours: 72,
  max_close_hours: 24,
  existing_timer: null,
};

const WITH_TIMER: CoolDownOptions = {
  ...OPTIONS,
  existing_timer: { kind: "close", execute_at: "2026-11-25T10:00:00Z" },
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

  const timers: Array<[string, Partial<CoolDownRequest>, boolean]> = [
    ["a close that would replace the topic's timer", { mode: "close" }, true],
    [
      "a close that replaces it, confirmed",
      { mode: "close", replace_timer: true },
      false,
    ],
    ["slow mode, which keeps the timer", {}, false],
  ];
  timers.forEach(([name, overrides, refused]) => {
    test(`${refused ? "refuses" : "accepts"} ${name}`, function (assert) {
      assert.strictEqual(
        coolDownProblem(WITH_TIMER, request(overrides)) !== null,
        refused
      );
    });
  });

  test("says what the topic's own timer does and when, only for a close", function (assert) {
    assert.true(
      timerWarning(WITH_TIMER, "close")?.startsWith(
        "This topic already has a timer of its own: it will close on"
      )
    );
    assert.strictEqual(timerWarning(WITH_TIMER, "slow_mode"), null);
    assert.strictEqual(timerWarning(OPTIONS, "close"), null);
    const unknown = {
      ...WITH_TIMER,
      existing_timer: { kind: "zap", execute_at: "2026-11-25T10:00:00Z" },
    };
    assert.true(timerWarning(unknown, "close")?.includes("it will change on"));
  });
});

import { module, test } from "qunit";
import {
  type ResponseClock,
  responseClock,
} from "discourse/plugins/discourse-mediation/discourse/lib/common/response-clock";

const CREATED = "2026-11-23T00:00:00Z";
const DUE = "2026-11-24T00:00:00Z"; // 24 hours later

const CASES: [string, string | null, string, ResponseClock][] = [
  ["just opened", null, "2026-11-23T00:00:00Z", { status: "due", hours: 24 }],
  ["half-way", null, "2026-11-23T12:30:00Z", { status: "due", hours: 11 }],
  ["exactly due", null, "2026-11-24T00:00:00Z", { status: "due", hours: 0 }],
  ["a minute late", null, "2026-11-24T00:01:00Z", { status: "late", hours: 0 }],
  [
    "five hours late",
    null,
    "2026-11-24T05:00:00Z",
    { status: "late", hours: 5 },
  ],
  [
    "claimed in time",
    "2026-11-23T03:00:00Z",
    "2026-11-25T00:00:00Z",
    { status: "answered", hours: 3 },
  ],
  [
    "claimed after the time was up",
    "2026-11-24T02:00:00Z",
    "2026-11-25T00:00:00Z",
    { status: "answered_late", hours: 26 },
  ],
];

module("Unit | Lib | response-clock", function () {
  for (const [name, firstResponseAt, now, expected] of CASES) {
    test(name, function (assert) {
      assert.deepEqual(
        responseClock(CREATED, DUE, firstResponseAt, new Date(now)),
        expected
      );
    });
  }
});

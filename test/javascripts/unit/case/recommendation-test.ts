import { module, test } from "qunit";
import {
  parseSpaces,
  recommendationEntries,
  recommendationProblem,
  recommendedTo,
  SPACES,
  TEXT,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/recommendation";
import type { CaseRecommendation } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { caseFixture, userFixture } from "../../fixtures";

module("Unit | Lib | recommendation", function () {
  const limits = {
    ...caseFixture().limits,
    recommendation_text: 10,
    recommendation_space: 5,
    recommendation_spaces: 2,
  };

  test("parseSpaces reads one space per line, as the server does", function (assert) {
    assert.deepEqual(
      parseSpaces(" GitHub   repo \r\n\nMatrix\ngithub repo\n"),
      ["GitHub repo", "Matrix"]
    );
    assert.deepEqual(parseSpaces("   \n"), []);
  });

  const cases: [string, string, string[], [string, string] | null][] = [
    ["a text and one space", "Tell them", ["Chat"], null],
    ["no text", "  ", ["Chat"], [TEXT, "Write the recommendation."]],
    [
      "a text over the limit",
      "x".repeat(11),
      ["Chat"],
      [TEXT, "Please keep it to 10 characters."],
    ],
    [
      "no spaces",
      "Tell them",
      [],
      [SPACES, "Name at least one space it is for."],
    ],
    [
      "too many spaces",
      "Tell them",
      ["A", "B", "C"],
      [SPACES, "A recommendation can be for at most 2 spaces."],
    ],
    [
      "a space's name too long",
      "Tell them",
      ["Events"],
      [SPACES, "Keep each space's name to 5 characters."],
    ],
  ];
  for (const [name, text, spaces, expected] of cases) {
    test(`recommendationProblem: ${name}`, function (assert) {
      assert.deepEqual(recommendationProblem(text, spaces, limits), expected);
    });
  }

  const base: CaseRecommendation = {
    id: 7,
    text: "Tell the chat.",
    spaces: ["Matrix chat", "Forge"],
    created_at: "2026-11-23T11:00:00Z",
    created_by: userFixture("mia", 3),
    answer_until: "2026-11-26T11:00:00Z",
    answer: null,
    answered_at: null,
    passed_on_at: null,
    passed_on_by: null,
    withdrawn: false,
    can_pass_on: false,
  };

  test("recommendationEntries says where the answer stands at the time given", function (assert) {
    const before = Date.parse("2026-11-24T00:00:00Z");
    const after = Date.parse("2026-11-27T00:00:00Z");
    const [open] = recommendationEntries([base], before);
    assert.true(open.answerState.includes("they may answer until"));
    assert.strictEqual(open.answeredOn, null);
    assert.strictEqual(open.passedOn, "Not passed on yet.");
    assert.strictEqual(
      open.passOnLabel,
      "Mark the recommendation for Matrix chat, Forge as passed on"
    );
    assert.true(open.madeBy.startsWith("Recorded by @mia"));
    const [ended] = recommendationEntries([base], after);
    assert.strictEqual(
      ended.answerState,
      "The person concerned did not answer within their time."
    );
  });

  test("recommendationEntries names who passed it on, or a former member", function (assert) {
    const now = Date.parse("2026-11-27T00:00:00Z");
    const [passed] = recommendationEntries(
      [
        {
          ...base,
          answered_at: "2026-11-24T00:00:00Z",
          passed_on_at: "2026-11-24T10:00:00Z",
          passed_on_by: userFixture("noor", 4),
        },
      ],
      now
    );
    assert.true(passed.answeredOn!.startsWith("Their answer,"));
    assert.true(passed.passedOn.startsWith("Passed on by @noor"));
    const [gone] = recommendationEntries(
      [{ ...base, passed_on_at: "2026-11-26T12:00:00Z", created_by: null }],
      now
    );
    assert.true(gone.passedOn.startsWith("Passed on by a former member"));
    assert.true(gone.madeBy.startsWith("Recorded by a former member"));
  });

  test("recommendationEntries says an appeal lifted the sanction, in place of the answer's time", function (assert) {
    const [lifted] = recommendationEntries(
      [{ ...base, withdrawn: true }],
      Date.parse("2026-11-24T00:00:00Z")
    );
    assert.strictEqual(
      lifted.passedOn,
      "An appeal lifted the sanction: it will not be passed on."
    );
    assert.strictEqual(
      lifted.answerState,
      "The person concerned did not answer it."
    );
  });

  test("recommendedTo words the archive's line, or nothing", function (assert) {
    assert.strictEqual(
      recommendedTo(["Matrix chat", "Forge"]),
      "Recommended to other spaces: Matrix chat, Forge"
    );
    assert.strictEqual(recommendedTo([]), null);
  });
});

import { module, test } from "qunit";
import {
  draftProblem,
  type HelpRequestDraft,
  newHelpRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/help-request/draft";

function draft(overrides: Partial<HelpRequestDraft>): HelpRequestDraft {
  return {
    kind: "deescalate",
    behaviourKey: "",
    message: "",
    consentToBeNamed: false,
    ...overrides,
  };
}

module("Unit | Lib | help-request-draft", function () {
  const problems: Array<[string, Partial<HelpRequestDraft>, boolean]> = [
    ["no kind chosen", { kind: null }, true],
    ["a list item missing", { kind: "breaks_list" }, true],
    [
      "a list item chosen",
      { kind: "breaks_list", behaviourKey: "threats" },
      false,
    ],
    ["a message over the limit", { message: "é".repeat(11) }, true],
    [
      "a message at the limit, counted by character",
      { message: "é".repeat(10) },
      false,
    ],
    ["a complete draft", {}, false],
  ];
  problems.forEach(([name, overrides, refused]) => {
    test(`${refused ? "refuses" : "accepts"} ${name}`, function (assert) {
      assert.strictEqual(draftProblem(draft(overrides), 10) !== null, refused);
    });
  });

  test("sends the list item only for that kind", function (assert) {
    const listed = newHelpRequest(7, {
      ...draft({ behaviourKey: "threats" }),
      kind: "breaks_list",
    });
    assert.strictEqual(listed.behaviour_key, "threats");
    const other = newHelpRequest(7, {
      ...draft({ behaviourKey: "threats" }),
      kind: "unsafe",
    });
    assert.false("behaviour_key" in other);
    assert.deepEqual(
      {
        post_id: other.post_id,
        kind: other.kind,
        consent: other.consent_to_be_named,
      },
      { post_id: 7, kind: "unsafe", consent: false }
    );
  });
});

import { module, test } from "qunit";
import {
  draftProblem,
  type HelpRequestDraft,
  newHelpRequest,
  shareProblem,
} from "discourse/plugins/discourse-mediation/discourse/lib/help-request/draft";

function draft(overrides: Partial<HelpRequestDraft>): HelpRequestDraft {
  return {
    kind: "deescalate",
    behaviourKey: "",
    message: "",
    consentToBeNamed: false,
    sharePrivateMessage: false,
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

  test("asks consent to share a private message, and only for one", function (assert) {
    assert.strictEqual(shareProblem(draft({}), false), null);
    assert.strictEqual(
      shareProblem(draft({}), true),
      "The mediators can only help with a message they may read: tick “Let the mediators read this message” to send. Nothing was sent."
    );
    assert.strictEqual(
      shareProblem(draft({ sharePrivateMessage: true }), true),
      null
    );
  });

  test("sends whether the asker lets the mediators read a private message", function (assert) {
    const kind = "other" as const;
    assert.true(
      newHelpRequest(7, { ...draft({ sharePrivateMessage: true }), kind })
        .share_private_message
    );
    assert.false(
      newHelpRequest(7, { ...draft({}), kind }).share_private_message
    );
  });
});

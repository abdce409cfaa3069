import { module, test } from "qunit";
import { i18n } from "discourse-i18n";
import {
  conversationProblem,
  invitees,
  unnamedRequesterCount,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/conversation-invitees";
import { caseFixture, userFixture } from "../../fixtures";

module("Unit | Lib | conversation-invitees", function () {
  const requester = (username: string | null, withdrawn = false, id = 1) => ({
    id,
    kind: "deescalate" as const,
    message: "",
    created_at: "2026-11-23T10:00:00Z",
    withdrawn,
    user: username ? userFixture(username) : null,
    shared_message: null,
  });

  test("invites the people involved and named requesters, never an unnamed one", function (assert) {
    const mediationCase = caseFixture({
      requesters: [requester("noor"), requester(null, false, 2)],
    });
    const list = invitees(mediationCase);
    assert.true(list.some((invitee) => invitee.user.username === "noor"));
    assert.strictEqual(
      list.filter((invitee) => invitee.reason === "requester").length,
      1
    );
    assert.strictEqual(unnamedRequesterCount(mediationCase), 1);
  });

  const withdrawn: Array<[string, string | null]> = [
    ["a named requester who withdrew", "noor"],
    ["an unnamed one who withdrew", null],
  ];
  withdrawn.forEach(([name, username]) => {
    test(`leaves out ${name}`, function (assert) {
      const mediationCase = caseFixture({
        requesters: [requester(username, true)],
      });
      assert.false(
        invitees(mediationCase).some(
          (invitee) => invitee.reason === "requester"
        )
      );
      assert.strictEqual(unnamedRequesterCount(mediationCase), 0);
    });
  });
});

module(
  "Unit | Lib | conversation-invitees | what the form still needs",
  function () {
    test("someone to talk to, then a title and a message", function (assert) {
      assert.strictEqual(
        conversationProblem({ chosenIds: [], title: "Hi", message: "Hello" }),
        i18n("discourse_mediation.conversation.people_required")
      );
      assert.strictEqual(
        conversationProblem({ chosenIds: [3], title: " ", message: "Hello" }),
        i18n("discourse_mediation.conversation.text_required")
      );
      assert.strictEqual(
        conversationProblem({ chosenIds: [3], title: "Hi", message: "Hello" }),
        null
      );
    });
  }
);

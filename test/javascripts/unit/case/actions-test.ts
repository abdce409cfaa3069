import { module, test } from "qunit";
import {
  caseButtons,
  requesterEntries,
} from "discourse/plugins/discourse-mediation/discourse/lib/case/actions";
import type { CaseAction } from "discourse/plugins/discourse-mediation/discourse/lib/types/index";
import { elsewhereCaseFixture } from "../../case-evidence-fixtures";
import { caseFixture } from "../../fixtures";

module("Unit | Lib | case-actions", function () {
  const offers: Array<[string, CaseAction[], boolean, string[]]> = [
    ["a new case", ["claim", "assign", "add_note"], false, ["claim", "assign"]],
    [
      "the assigned mediator's case",
      ["assign", "step_in", "resolve", "escalate"],
      false,
      ["assign", "post", "conversation", "cool_down", "resolve", "escalate"],
    ],
    ["an urgent escalated case", ["interim_suspend"], true, ["suspend"]],
    ["a case that is not urgent", ["interim_suspend"], false, []],
    ["nothing offered", [], true, []],
  ];
  offers.forEach(([name, actions, urgent, keys]) => {
    test(`offers the right buttons for ${name}`, function (assert) {
      const mediationCase = caseFixture({ available_actions: actions, urgent });
      assert.deepEqual(
        caseButtons(mediationCase).map((button) => button.key),
        keys
      );
    });
  });

  test("offers the interim measure once", function (assert) {
    const mediationCase = caseFixture({
      available_actions: ["interim_suspend"],
      urgent: true,
      interim_suspended_until: "2026-12-01T10:00:00Z",
    });
    assert.deepEqual(caseButtons(mediationCase), []);
  });

  test("links posting in the thread to the post", function (assert) {
    const [post] = caseButtons(caseFixture({ available_actions: ["step_in"] }));
    assert.strictEqual(post.href, caseFixture().post?.url);
  });

  test("a private message is mediated in a private conversation only: no post as mediator, no cool-down", function (assert) {
    const mediationCase = caseFixture({
      conduct_place: "private_message",
      available_actions: ["assign", "step_in", "resolve", "escalate"],
    });
    assert.deepEqual(
      caseButtons(mediationCase).map((button) => button.key),
      ["assign", "conversation", "resolve", "escalate"]
    );
  });

  test("conduct outside the forum has no topic to step into or cool down", function (assert) {
    const mediationCase = elsewhereCaseFixture({
      available_actions: ["assign", "step_in", "resolve", "escalate"],
    });
    assert.deepEqual(
      caseButtons(mediationCase).map((button) => button.key),
      ["assign", "conversation", "resolve", "escalate"]
    );
  });

  test("names only requesters who agreed", function (assert) {
    const entries = requesterEntries(caseFixture().requesters);
    assert.true(entries.length > 0);
    entries.forEach((entry) => {
      const expected = entry.requester.user
        ? `@${entry.requester.user.username}`
        : "a member";
      assert.strictEqual(entry.name, expected);
    });
  });

  test("a kind of help about conduct elsewhere is in its own words", function (assert) {
    const requesters = caseFixture().requesters.map((requester) => ({
      ...requester,
      kind: "deescalate" as const,
    }));
    assert.strictEqual(
      requesterEntries(requesters)[0].kind,
      "Help de-escalate this discussion"
    );
    assert.strictEqual(
      requesterEntries(requesters, true)[0].kind,
      "Help calm things down"
    );
  });
});

import { module, test } from "qunit";
import { describeEvent } from "discourse/plugins/discourse-mediation/discourse/lib/case/text";
import type { CaseEvent } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { userFixture } from "../../fixtures";

function event(action: string, data: CaseEvent["data"]): CaseEvent {
  return {
    id: 1,
    action,
    created_at: "2026-11-23T10:00:00Z",
    actor: userFixture("mia", 3),
    data,
  };
}

module("Unit | Lib | timeline text", function () {
  test("says when a case ended with a private reminder", function (assert) {
    assert.strictEqual(
      describeEvent(
        event("resolve", { private_reminder: true, reminder_keys: ["threats"] })
      ),
      "@mia resolved the case with a private reminder of the published list to the person concerned"
    );
    assert.strictEqual(
      describeEvent(event("resolve", { shareable: false })),
      "@mia resolved the case"
    );
  });

  test("says when a case was escalated without reaching the person concerned", function (assert) {
    assert.strictEqual(
      describeEvent(event("escalate", { reason: "x", contacted: false })),
      "@mia escalated the case without having reached the person concerned; the reason is in the report"
    );
    assert.strictEqual(
      describeEvent(event("escalate", { reason: "x", contacted: true })),
      "@mia escalated the case to a report"
    );
  });

  test("records that a stage passed its target and who was reminded", function (assert) {
    assert.strictEqual(
      describeEvent({
        ...event("stage_overdue", { stage: "decided" }),
        actor: null,
      }),
      "The stage passed its target date; whoever carries it out was reminded"
    );
  });

  test("says by how much a late statement moved the deadline", function (assert) {
    assert.strictEqual(
      describeEvent({ ...event("deadline_moved", { hours: 5 }), actor: null }),
      "A statement from someone affected came late, so the person concerned's deadline moved by 5 hours"
    );
  });

  test("says when a voter named in the report waits for a moderator, and what the moderator decided", function (assert) {
    assert.strictEqual(
      describeEvent(event("voter_named", { username: "tomasz" })),
      "@mia's report names @tomasz, a voter, as affected: a moderator confirms it before they leave the roll"
    );
    assert.strictEqual(
      describeEvent(event("naming_granted", { username: "tomasz" })),
      "@mia confirmed that @tomasz, named as affected, steps aside"
    );
    assert.strictEqual(
      describeEvent(event("naming_declined", { username: "tomasz" })),
      "@mia kept @tomasz on the roll although the report names them as affected"
    );
  });

  test("says a vote is held without saying why to everyone who reads the timeline", function (assert) {
    assert.strictEqual(
      describeEvent({
        ...event("vote_held", { reason: "recusal_pending" }),
        actor: null,
      }),
      "The statement time ended, but the vote cannot open yet; the moderators were told why"
    );
  });

  test("reads an entry it has no words for as acting on the case", function (assert) {
    assert.strictEqual(
      describeEvent(event("something_new", {})),
      "@mia acted on the case"
    );
    assert.strictEqual(
      describeEvent(event("cooled_down", {})),
      "@mia acted on the case"
    );
  });

  test("says when a post was attached to the case or taken off it", function (assert) {
    assert.strictEqual(
      describeEvent(
        event("post_attached", { post_id: 9, topic_id: 4, post_number: 3 })
      ),
      "@mia attached a further post (post #3 of its topic)"
    );
    assert.strictEqual(
      describeEvent(event("post_detached", { post_id: 9 })),
      "@mia took an attached post off the case"
    );
  });
});

import { module, test } from "qunit";
import { i18n } from "discourse-i18n";
import Pending from "discourse/plugins/discourse-mediation/discourse/lib/common/pending";

function refusal(...errors: string[]) {
  return { jqXHR: { responseJSON: { errors } } };
}

module("Unit | lib | pending", function () {
  test("is pending while the request runs, for the row it was started for", async function (assert) {
    const pending = new Pending();
    let finish!: () => void;
    const running = pending.run(
      () => new Promise<void>((resolve) => (finish = resolve)),
      { for: 7 }
    );

    assert.true(pending.isPending);
    assert.true(pending.isPendingFor(7));
    assert.false(pending.isPendingFor(8));

    finish();
    assert.true(await running, "it worked");
    assert.false(pending.isPending);
    assert.false(pending.isPendingFor(7));
  });

  test("a second press while the first is under way sends nothing", async function (assert) {
    const pending = new Pending();
    let calls = 0;
    let finish!: () => void;
    const first = pending.run(() => {
      calls++;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    const second = await pending.run(async () => {
      calls++;
    });

    assert.false(second);
    finish();
    await first;
    assert.strictEqual(calls, 1);
  });

  test("says it worked only when asked to", async function (assert) {
    const pending = new Pending();
    await pending.run(async () => {});
    assert.strictEqual(pending.notice, null);

    await pending.run(async () => {}, {
      success: "discourse_mediation.ladder.saved",
    });
    assert.strictEqual(pending.notice?.type, "success");
    assert.strictEqual(pending.error, undefined);
  });

  test("keeps the server's refusal in its own words and clears it on the next try", async function (assert) {
    const pending = new Pending();
    const worked = await pending.run(async () => {
      throw refusal("@noor has just claimed this case");
    });

    assert.false(worked);
    assert.strictEqual(pending.error, "@noor has just claimed this case");
    assert.false(pending.isPending, "the button is usable again");

    await pending.run(async () => {});
    assert.strictEqual(pending.error, undefined);
  });

  test("falls back to the feature's own sentence when the server gave none", async function (assert) {
    const pending = new Pending("discourse_mediation.queue.load_error");
    await pending.run(async () => {
      throw new Error("network");
    });
    assert.strictEqual(
      pending.error,
      i18n("discourse_mediation.queue.load_error")
    );
  });

  test("a problem found before asking is shown like a refusal", function (assert) {
    const pending = new Pending();
    pending.refuse("Write a note first.");
    assert.strictEqual(pending.error, "Write a note first.");
    pending.clear();
    assert.strictEqual(pending.notice, null);
  });
});

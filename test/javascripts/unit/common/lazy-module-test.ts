import { settled } from "@ember/test-helpers";
import { module, test } from "qunit";
import { LazyModule } from "discourse/plugins/discourse-mediation/discourse/lib/common/lazy-module";

module("Unit | lib | lazy-module", function () {
  test("fetches the module once, however often it is asked for", async function (assert) {
    let fetches = 0;
    const lazy = new LazyModule(() => {
      fetches++;
      return Promise.resolve({ default: "the modal" });
    });

    assert.strictEqual(
      lazy.loaded,
      undefined,
      "nothing is fetched before it is needed"
    );
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);

    assert.strictEqual(first, "the modal");
    assert.strictEqual(second, "the modal");
    assert.strictEqual(lazy.loaded, "the modal");
    assert.strictEqual(fetches, 1);
  });

  test("says so when the fetch fails, and tries again when asked again", async function (assert) {
    let attempts = 0;
    const lazy = new LazyModule(() => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new Error("offline"))
        : Promise.resolve({ default: "the ballot" });
    });

    await assert.rejects(lazy.load(), /offline/);
    assert.true(lazy.failed);
    assert.strictEqual(lazy.loaded, undefined);

    assert.strictEqual(await lazy.load(), "the ballot");
    assert.false(lazy.failed);
    assert.strictEqual(attempts, 2);
  });

  test("tests wait for the fetch, as they wait for a request", async function (assert) {
    let finish!: (module: { default: string }) => void;
    const lazy = new LazyModule(
      () => new Promise<{ default: string }>((resolve) => (finish = resolve))
    );

    void lazy.load();
    setTimeout(() => finish({ default: "the panel" }), 10);
    await settled();

    assert.strictEqual(lazy.loaded, "the panel");
  });
});

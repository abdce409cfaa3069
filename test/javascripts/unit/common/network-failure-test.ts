import { settled } from "@ember/test-helpers";
import { setupTest } from "ember-qunit";
import { module, test } from "qunit";
import { ajax } from "discourse/lib/ajax";
import { mediationApi } from "discourse/plugins/discourse-mediation/discourse/lib/mediation-api";
import { resetFakeServer, respondTo } from "../../helpers/fake-server";

module("Unit | network failure", function (hooks) {
  setupTest(hooks);

  hooks.beforeEach(function () {
    resetFakeServer();
    respondTo("GET", "/mediation/cases/5.json", () => ({
      status: 0,
      body: "",
    }));
  });

  test("Discourse's ajax leaves a request that got no answer pending, unless told not to ignore it", async function (assert) {
    let outcome = "pending";
    ajax("/mediation/cases/5.json").then(
      () => (outcome = "resolved"),
      () => (outcome = "rejected")
    );
    await settled();
    assert.strictEqual(outcome, "pending");

    await assert.rejects(
      ajax("/mediation/cases/5.json", { ignoreUnsent: false })
    );
  });

  test("every request the plugin makes fails on no answer, so its button stops and says so", async function (assert) {
    await assert.rejects(
      mediationApi.mediationCase(5),
      (error: { jqXHR: { status: number } }) => error.jqXHR.status === 0
    );
  });
});

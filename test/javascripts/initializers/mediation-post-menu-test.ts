import { getOwner } from "@ember/owner";
import { setupTest } from "ember-qunit";
import { module, test } from "qunit";
import HelpRequestButton from "discourse/plugins/discourse-mediation/discourse/components/help-request/button";
import initializer, {
  HELP_BUTTON_KEY,
} from "discourse/plugins/discourse-mediation/discourse/initializers/mediation-post-menu";
import type { MediationPost } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { postFixture } from "../fixtures";
import {
  applyTransformer,
  registeredTransformers,
  resetPluginApi,
} from "../helpers/plugin-api-registry";

interface Added {
  key: string;
  component: unknown;
  position: unknown;
}

// Just enough of core's DAG to record what the transformer adds.
class RecordingDag {
  added: Added[] = [];

  add(key: string, component: unknown, position: unknown) {
    this.added.push({ key, component, position });
  }
}

const BUTTON_KEYS = { FLAG: "flag", SHOW_MORE: "showMore" };

function flagShown(post: MediationPost, coreDecision = true) {
  return applyTransformer("flag-button-render-decision", coreDecision, {
    post,
  });
}

module("Unit | Initializer | mediation-post-menu", function (hooks) {
  setupTest(hooks);

  hooks.beforeEach(function () {
    resetPluginApi();
  });

  test("puts “I need help” in the post menu, before the “show more” button", function (assert) {
    initializer.initialize(getOwner(this)!);
    const dag = new RecordingDag();
    applyTransformer("post-menu-buttons", dag, {
      post: postFixture(),
      buttonKeys: BUTTON_KEYS,
    });

    assert.deepEqual(dag.added, [
      {
        key: HELP_BUTTON_KEY,
        component: HelpRequestButton,
        position: { before: "showMore" },
      },
    ]);
  });

  test("hides the flag button from members where “I need help” replaces it", function (assert) {
    initializer.initialize(getOwner(this)!);
    assert.false(flagShown(postFixture({ mediation_replaces_flag: true })));
  });

  test("keeps the flag button for staff", function (assert) {
    initializer.initialize(getOwner(this)!);
    assert.true(flagShown(postFixture({ mediation_replaces_flag: false })));
  });

  test("never shows a flag button that core had already hidden", function (assert) {
    initializer.initialize(getOwner(this)!);
    assert.false(
      flagShown(postFixture({ mediation_replaces_flag: false }), false)
    );
  });

  test("changes nothing while the plugin is disabled", function (assert) {
    const owner = getOwner(this)!;
    const settings = owner.lookup("service:site-settings") as {
      mediation_enabled: boolean;
    };
    settings.mediation_enabled = false;

    initializer.initialize(owner);

    assert.strictEqual(registeredTransformers.size, 0);
  });
});

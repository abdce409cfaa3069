import { getOwner } from "@ember/owner";
import { setupTest } from "ember-qunit";
import { module, test } from "qunit";
import TopicBallot from "discourse/plugins/discourse-mediation/discourse/components/ballot/topic-ballot";
import MediationBanner from "discourse/plugins/discourse-mediation/discourse/components/topic/banner";
import MediatorMark from "discourse/plugins/discourse-mediation/discourse/components/topic/mediator-mark";
import initializer, {
  MEDIATOR_MARK_KEY,
} from "discourse/plugins/discourse-mediation/discourse/initializers/mediation-workspace";
import {
  applyTransformer,
  communitySectionLinks,
  pluginApiState,
  renderedInOutlets,
  resetPluginApi,
} from "../helpers/plugin-api-registry";

class RecordingDag {
  added: { key: string; component: unknown; position: unknown }[] = [];

  add(key: string, component: unknown, position: unknown) {
    this.added.push({ key, component, position });
  }
}

module("Unit | Initializer | mediation-workspace", function (hooks) {
  setupTest(hooks);

  hooks.beforeEach(function () {
    resetPluginApi();
    const settings = getOwner(this)!.lookup("service:site-settings") as {
      mediation_enabled: boolean;
    };
    settings.mediation_enabled = true;
  });

  test("puts the banner and the ballot above every topic's posts", function (assert) {
    initializer.initialize(getOwner(this)!);
    assert.deepEqual(renderedInOutlets.get("topic-above-post-stream"), [
      MediationBanner,
      TopicBallot,
    ]);
  });

  test("adds the mediator mark to post meta data, before the date", function (assert) {
    initializer.initialize(getOwner(this)!);
    const dag = applyTransformer("post-meta-data-infos", new RecordingDag(), {
      metaDataInfoKeys: { DATE: "date" },
    }) as RecordingDag;
    assert.deepEqual(dag.added, [
      {
        key: MEDIATOR_MARK_KEY,
        component: MediatorMark,
        position: { before: "date" },
      },
    ]);
  });

  test("shows mediators the way to the queue in the sidebar", function (assert) {
    pluginApiState.currentUser = { can_mediate: true };
    initializer.initialize(getOwner(this)!);
    assert.strictEqual(communitySectionLinks.length, 1);
    assert.propContains(communitySectionLinks[0], {
      name: "mediation",
      route: "mediation-queue",
      text: "Mediation",
    });
  });

  test("shows members who do not mediate no link to the queue", function (assert) {
    pluginApiState.currentUser = { can_mediate: false };
    initializer.initialize(getOwner(this)!);
    assert.strictEqual(communitySectionLinks.length, 0);
  });

  test("shows members who may ask for help the way to their requests", function (assert) {
    pluginApiState.currentUser = { can_request_mediation: true };
    initializer.initialize(getOwner(this)!);
    assert.propContains(communitySectionLinks[0], {
      name: "mediation-my-requests",
      route: "mediation-my-requests",
      text: "My help requests",
    });
    assert.propContains(communitySectionLinks[1], {
      route: "mediation-published-list",
      text: "Community standards",
    });
  });

  test("shows voters and staff the transparency report", function (assert) {
    pluginApiState.currentUser = { can_see_mediation_transparency: true };
    initializer.initialize(getOwner(this)!);
    assert.propContains(communitySectionLinks[0], {
      route: "mediation-transparency",
      text: "Mediation in numbers",
    });
  });

  test("does nothing while mediation is off", function (assert) {
    const settings = getOwner(this)!.lookup("service:site-settings") as {
      mediation_enabled: boolean;
    };
    settings.mediation_enabled = false;
    pluginApiState.currentUser = { can_mediate: true };
    initializer.initialize(getOwner(this)!);
    assert.strictEqual(renderedInOutlets.size, 0);
    assert.strictEqual(communitySectionLinks.length, 0);
  });
});

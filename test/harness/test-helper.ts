import EmberRouter from "@ember/routing/router";
import { setApplication } from "@ember/test-helpers";
import { getGlobalConfig } from "@embroider/macros/src/addon/runtime";
import { setupEmberOnerrorValidation, start as qunitStart } from "ember-qunit";
import EmberApp from "ember-strict-application-resolver";
import * as QUnit from "qunit";
import { setup } from "qunit-dom";
import mediationRouteMap from "discourse/plugins/discourse-mediation/discourse/discourse-mediation-route-map";
import adminRouteMap from "discourse/plugins/discourse-mediation/discourse/mediation-admin-route-map";
import MediationClock from "discourse/plugins/discourse-mediation/discourse/services/mediation-clock";
import ComposerService from "./services/composer";
import CurrentUserService from "./services/current-user";
import DialogService from "./services/dialog";
import ModalService from "./services/modal";
import SiteService from "./services/site";
import SiteSettingsService from "./services/site-settings";

class Router extends EmberRouter {
  location = "none";
  rootURL = "/";
}

// The plugin's own route maps, as Discourse merges them into its router for a
// staff member (the admin bundle's map), so links are built from route names
// the way they are in the forum.
Router.map(function () {
  mediationRouteMap.call(this);
  adminRouteMap.call(this);
});

class TestApp extends EmberApp {
  modules = {
    "./router": Router,
    "./services/composer": ComposerService,
    "./services/dialog": DialogService,
    "./services/current-user": CurrentUserService,
    "./services/mediation-clock": MediationClock,
    "./services/modal": ModalService,
    "./services/site": SiteService,
    "./services/site-settings": SiteSettingsService,
  };
}

export function start() {
  const macros = getGlobalConfig() as Record<string, Record<string, unknown>>;
  macros["@embroider/macros"] ||= {};
  macros["@embroider/macros"].isTesting ||= true;

  setApplication(
    TestApp.create({ autoboot: false, rootElement: "#ember-testing" })
  );
  setup(QUnit.assert);
  setupEmberOnerrorValidation();
  qunitStart();
}

import EmberRouter from "@ember/routing/router";
import EmberApp from "ember-strict-application-resolver";
import routeMap from "discourse/plugins/discourse-mediation/discourse/discourse-mediation-route-map";
import postMenuInitializer from "discourse/plugins/discourse-mediation/discourse/initializers/mediation-post-menu";
import MediationMyRequestsRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-my-requests";
import MediationApi from "discourse/plugins/discourse-mediation/discourse/services/mediation-api";
import MediationMyRequestsTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-my-requests";
import ModalService from "../test/harness/services/modal";
import SiteSettingsService from "../test/harness/services/site-settings";
import PreviewTopic from "./components/preview-topic";
import PreviewState from "./preview-state";
import { installSampleServer } from "./sample-server";
import PreviewApplication from "./templates/application";

class Router extends EmberRouter {
  location = "history";
  rootURL = "/";
}

Router.map(function () {
  routeMap.call(this);
});

class PreviewApp extends EmberApp {
  modules = {
    "./router": Router,
    "./routes/mediation-my-requests": MediationMyRequestsRoute,
    "./templates/application": PreviewApplication,
    "./templates/index": PreviewTopic,
    "./templates/mediation-my-requests": MediationMyRequestsTemplate,
    "./services/mediation-api": MediationApi,
    "./services/modal": ModalService,
    "./services/site-settings": SiteSettingsService,
    "./services/preview-state": PreviewState,
  };
}

PreviewApp.instanceInitializer({
  name: "preview-setup",
  initialize(instance) {
    postMenuInitializer.initialize(instance);
    const state = instance.lookup("service:preview-state") as PreviewState;
    installSampleServer(() => state.scenario);
  },
});

export function start() {
  PreviewApp.create({ rootElement: "#preview-root" });
}

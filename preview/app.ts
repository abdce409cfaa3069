import EmberRouter from "@ember/routing/router";
import type RouterService from "@ember/routing/router-service";
import EmberApp from "ember-strict-application-resolver";
import iconSprite from "virtual:icon-sprite";
import MediationQueueController from "discourse/plugins/discourse-mediation/discourse/controllers/mediation-queue";
import routeMap from "discourse/plugins/discourse-mediation/discourse/discourse-mediation-route-map";
import postMenuInitializer from "discourse/plugins/discourse-mediation/discourse/initializers/mediation-post-menu";
import workspaceInitializer from "discourse/plugins/discourse-mediation/discourse/initializers/mediation-workspace";
import adminRouteMap from "discourse/plugins/discourse-mediation/discourse/mediation-admin-route-map";
import MediationArchiveRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-archive";
import MediationBallotRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-ballot";
import MediationCaseRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-case";
import MediationListEditorRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-list-editor";
import MediationMyRequestsRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-my-requests";
import MediationPublishedListRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-published-list";
import MediationQueueRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-queue";
import MediationStatementRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-statement";
import MediationTransparencyRoute from "discourse/plugins/discourse-mediation/discourse/routes/mediation-transparency";
import MediationClock from "discourse/plugins/discourse-mediation/discourse/services/mediation-clock";
import MediationArchiveTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-archive";
import MediationBallotTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-ballot";
import MediationCaseTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-case";
import MediationListEditorTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-list-editor";
import MediationMyRequestsTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-my-requests";
import MediationPublishedListTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-published-list";
import MediationQueueTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-queue";
import MediationStatementTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-statement";
import MediationTransparencyTemplate from "discourse/plugins/discourse-mediation/discourse/templates/mediation-transparency";
import ComposerService from "../test/harness/services/composer";
import CurrentUserService from "../test/harness/services/current-user";
import DialogService from "../test/harness/services/dialog";
import ModalService from "../test/harness/services/modal";
import SiteService from "../test/harness/services/site";
import SiteSettingsService from "../test/harness/services/site-settings";
import PreviewPrivateMessage from "./components/preview-private-message";
import PreviewTopic from "./components/preview-topic";
import { refuseMembersStaffPages } from "./member-gate";
import PreviewState from "./preview-state";
import { installSampleAfterDecision } from "./sample-after";
import { installSampleBallots } from "./sample-ballots";
import { installSampleCases } from "./sample-cases";
import { installSampleCoaching } from "./sample-coaching";
import { PRIVATE_MESSAGE } from "./sample-data";
import { installSampleList } from "./sample-list";
import { installSampleServer } from "./sample-server";
import { installSampleStatements } from "./sample-statements";
import PreviewApplication from "./templates/application";

class Router extends EmberRouter {
  location = "history";
  rootURL = "/";
}

Router.map(function () {
  routeMap.call(this);
  adminRouteMap.call(this);
  // A private message the member received, where they may ask for help.
  this.route("private-message", { path: PRIVATE_MESSAGE.path });
  // Discourse's topic URLs (a post's link, "View it in the thread") lead to
  // the sample topic.
  this.route("topic", { path: "/t/*path" });
});

class PreviewApp extends EmberApp {
  modules = {
    "./router": Router,
    "./routes/mediation-my-requests": MediationMyRequestsRoute,
    "./controllers/mediation-queue": MediationQueueController,
    "./routes/mediation-queue": MediationQueueRoute,
    "./routes/mediation-case": MediationCaseRoute,
    "./templates/mediation-queue": MediationQueueTemplate,
    "./templates/mediation-case": MediationCaseTemplate,
    "./routes/mediation-statement": MediationStatementRoute,
    "./routes/mediation-ballot": MediationBallotRoute,
    "./routes/mediation-archive": MediationArchiveRoute,
    "./templates/mediation-archive": MediationArchiveTemplate,
    "./routes/mediation-transparency": MediationTransparencyRoute,
    "./templates/mediation-transparency": MediationTransparencyTemplate,
    "./templates/mediation-ballot": MediationBallotTemplate,
    "./templates/mediation-statement": MediationStatementTemplate,
    "./routes/mediation-published-list": MediationPublishedListRoute,
    "./templates/mediation-published-list": MediationPublishedListTemplate,
    "./routes/mediation-list-editor": MediationListEditorRoute,
    "./templates/mediation-list-editor": MediationListEditorTemplate,
    "./services/composer": ComposerService,
    "./services/current-user": CurrentUserService,
    "./services/dialog": DialogService,
    "./templates/application": PreviewApplication,
    "./templates/index": PreviewTopic,
    "./templates/topic": PreviewTopic,
    "./templates/private-message": PreviewPrivateMessage,
    "./templates/mediation-my-requests": MediationMyRequestsTemplate,
    "./services/mediation-clock": MediationClock,
    "./services/modal": ModalService,
    "./services/site": SiteService,
    "./services/site-settings": SiteSettingsService,
    "./services/preview-state": PreviewState,
  };
}

PreviewApp.instanceInitializer({
  name: "preview-setup",
  initialize(instance) {
    postMenuInitializer.initialize(instance);
    workspaceInitializer.initialize(instance);
    const state = instance.lookup("service:preview-state") as PreviewState;
    installSampleServer(() => state.scenario);
    installSampleCases();
    installSampleStatements(() => state.viewer);
    installSampleList();
    installSampleBallots();
    installSampleAfterDecision();
    installSampleCoaching(() => state.viewer);
    refuseMembersStaffPages(() => state.viewer);
    routeLinkClicks(instance.lookup("service:router") as RouterService);
  },
});

// Discourse routes a click on a link to one of its own pages inside the app
// (lib/intercept-click.js), so a plain <a href> never reloads the forum. The
// preview does the same.
function routeLinkClicks(router: RouterService) {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.("a[href]");
    const href = link?.getAttribute("href");
    if (
      !href?.startsWith("/") ||
      href.startsWith("//") ||
      link?.getAttribute("target") ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    ) {
      return;
    }
    event.preventDefault();
    void router.transitionTo(href);
  });
}

export function start() {
  // Discourse puts its icon sprite in the page; the preview does the same.
  document.body.insertAdjacentHTML("afterbegin", iconSprite);
  PreviewApp.create({ rootElement: "#preview-root" });
}

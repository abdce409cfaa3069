// Mirrors discourse/discourse frontend/discourse/app/lib/plugin-api.gjs for the
// calls the plugin makes; what it registers is kept in
// test/javascripts/helpers/plugin-api-registry.ts.
import type {
  PluginApi,
  withPluginApi as discourseWithPluginApi,
} from "discourse/lib/plugin-api";
import {
  communitySectionLinks,
  pluginApiState,
  registeredTransformers,
  renderedInOutlets,
} from "../../javascripts/helpers/plugin-api-registry";

export {
  applyTransformer,
  communitySectionLinks,
  pluginApiState,
  registeredTransformers,
  renderedInOutlets,
  resetPluginApi,
} from "../../javascripts/helpers/plugin-api-registry";

const api: Pick<
  PluginApi,
  | "registerValueTransformer"
  | "renderInOutlet"
  | "getCurrentUser"
  | "addCommunitySectionLink"
> = {
  registerValueTransformer(name, callback) {
    registeredTransformers.set(name, [
      ...(registeredTransformers.get(name) ?? []),
      callback,
    ]);
    return true;
  },
  renderInOutlet(outletName, component) {
    renderedInOutlets.set(outletName, [
      ...(renderedInOutlets.get(outletName) ?? []),
      component,
    ]);
  },
  getCurrentUser() {
    return pluginApiState.currentUser as ReturnType<
      PluginApi["getCurrentUser"]
    >;
  },
  addCommunitySectionLink(link) {
    communitySectionLinks.push(link);
  },
};

export const withPluginApi: typeof discourseWithPluginApi = (callback) =>
  callback(api as PluginApi, {});

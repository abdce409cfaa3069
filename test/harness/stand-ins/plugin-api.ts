import type {
  PluginApi,
  withPluginApi as discourseWithPluginApi,
} from "discourse/lib/plugin-api";

type TransformerCallback = Parameters<PluginApi["registerValueTransformer"]>[1];
type OutletComponent = Parameters<PluginApi["renderInOutlet"]>[1];
type SectionLink = Parameters<PluginApi["addCommunitySectionLink"]>[0];

/** What the plugin registered, for tests and the preview to apply. */
export const registeredTransformers = new Map<string, TransformerCallback[]>();
export const renderedInOutlets = new Map<string, OutletComponent[]>();
export const communitySectionLinks: SectionLink[] = [];

/** The user `api.getCurrentUser()` answers with; tests set it. */
export const pluginApiState: { currentUser: object | null } = {
  currentUser: null,
};

export function resetPluginApi() {
  registeredTransformers.clear();
  renderedInOutlets.clear();
  communitySectionLinks.length = 0;
  pluginApiState.currentUser = null;
}

/** Runs the registered callbacks over `value`, as core's applyValueTransformer does. */
export function applyTransformer(
  name: string,
  value: unknown,
  context: object
): unknown {
  return (registeredTransformers.get(name) ?? []).reduce(
    (current, callback) => callback({ value: current, context }),
    value
  );
}

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

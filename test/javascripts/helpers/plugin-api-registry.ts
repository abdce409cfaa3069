// What the plugin registered through the plugin API stand-in
// (test/harness/stand-ins/plugin-api.ts), for tests and the preview to apply.
// It lives with the tests so that core's test bundle, which holds only
// test/javascripts, can build the tests that read it.
import type { PluginApi } from "discourse/lib/plugin-api";

export type TransformerCallback = Parameters<
  PluginApi["registerValueTransformer"]
>[1];
export type OutletComponent = Parameters<PluginApi["renderInOutlet"]>[1];
export type SectionLink = Parameters<PluginApi["addCommunitySectionLink"]>[0];

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

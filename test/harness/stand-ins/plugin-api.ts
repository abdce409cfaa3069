import type {
  PluginApi,
  withPluginApi as discourseWithPluginApi,
} from "discourse/lib/plugin-api";

type TransformerCallback = Parameters<PluginApi["registerValueTransformer"]>[1];

/** What the plugin registered, for tests and the preview to apply. */
export const registeredTransformers = new Map<string, TransformerCallback[]>();

export function resetPluginApi() {
  registeredTransformers.clear();
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

const api: Pick<PluginApi, "registerValueTransformer"> = {
  registerValueTransformer(name, callback) {
    registeredTransformers.set(name, [
      ...(registeredTransformers.get(name) ?? []),
      callback,
    ]);
    return true;
  },
};

export const withPluginApi: typeof discourseWithPluginApi = (callback) =>
  callback(api as PluginApi, {});

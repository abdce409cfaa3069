import type {
  PluginApi,
  withPluginApi as discourseWithPluginApi,
} from "discourse/lib/plugin-api";

type TransformerCallback = Parameters<PluginApi["registerValueTransformer"]>[1];

/** What the plugin registered, for tests to apply as core would. */
export const registeredTransformers = new Map<string, TransformerCallback[]>();

let currentUser: unknown = null;

export function setPluginApiCurrentUser(user: unknown) {
  currentUser = user;
}

export function resetPluginApi() {
  registeredTransformers.clear();
  currentUser = null;
}

const api: Pick<PluginApi, "registerValueTransformer" | "getCurrentUser"> = {
  registerValueTransformer(name, callback) {
    registeredTransformers.set(name, [
      ...(registeredTransformers.get(name) ?? []),
      callback,
    ]);
    return true;
  },
  getCurrentUser() {
    return currentUser;
  },
};

export const withPluginApi: typeof discourseWithPluginApi = (callback) =>
  callback(api as PluginApi, {});

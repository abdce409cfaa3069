// Mirrors discourse/discourse frontend/discourse-i18n/src/index.js (`i18n`):
// the plugin's real client.en.yml, loaded by the Vite config.
import translations from "virtual:mediation-client-locale";
import type { i18n as discourseI18n } from "discourse-i18n";

type Options = Record<string, unknown> & { count?: number };

function lookup(scope: string): unknown {
  return scope
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === "object"
          ? (node as Record<string, unknown>)[part]
          : undefined,
      translations
    );
}

// Like Discourse's: `%{name}` interpolation and one/other plurals. A missing
// key throws, so a misspelt key fails the test that renders it.
export const i18n: typeof discourseI18n = (
  scope: string,
  options: Options = {}
) => {
  let text = lookup(scope);
  if (text && typeof text === "object" && options.count !== undefined) {
    const forms = text as Record<string, string>;
    text = options.count === 1 ? forms.one : forms.other;
  }
  if (typeof text !== "string") {
    throw new Error(`Missing translation: ${scope}`);
  }
  return text.replace(/%\{(\w+)\}/g, (_, name: string) =>
    String(options[name])
  );
};

// Shared by the browser tests and the preview: both build the plugin's real
// front end with Vite and swap the few Discourse modules it imports for the
// stand-ins under test/harness/stand-ins. An import with no stand-in fails the
// build, which is the point: the list below is everything we borrow.
import { ember, extensions } from "@embroider/vite";
import { babel } from "@rollup/plugin-babel";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../..", import.meta.url));
const standIns = `${root}test/harness/stand-ins/`;

const STAND_INS = {
  "discourse/lib/ajax": "ajax.ts",
  "discourse/lib/ajax-error": "ajax-error.ts",
  "discourse/lib/plugin-api": "plugin-api.ts",
  "discourse/routes/discourse": "discourse-route.ts",
  "discourse/ui-kit/d-button": "d-button.gts",
  "discourse/ui-kit/d-copy-button": "d-copy-button.gts",
  "discourse/ui-kit/d-modal": "d-modal.gts",
  "discourse/ui-kit/modifiers/d-auto-focus": "d-auto-focus.ts",
  "discourse-i18n": "i18n.ts",
};

export const LOCALE_MODULE = "virtual:mediation-client-locale";

// The real client.en.yml, so tests assert against the strings users will read.
function clientLocale() {
  const resolved = `\0${LOCALE_MODULE}`;
  return {
    name: "mediation-client-locale",
    resolveId(id) {
      return id === LOCALE_MODULE ? resolved : null;
    },
    load(id) {
      if (id !== resolved) {
        return null;
      }
      const file = `${root}config/locales/client.en.yml`;
      this.addWatchFile(file);
      const translations = parse(readFileSync(file, "utf8"));
      return `export default ${JSON.stringify(translations.en.js)};`;
    },
  };
}

export function sharedConfig() {
  return {
    root,
    resolve: {
      alias: [
        {
          find: /^discourse\/plugins\/discourse-mediation\/(.*)$/,
          replacement: `${root}assets/javascripts/$1`,
        },
        ...Object.entries(STAND_INS).map(([find, file]) => ({
          find: new RegExp(`^${find}$`),
          replacement: `${standIns}${file}`,
        })),
      ],
    },
    plugins: [
      clientLocale(),
      ember(),
      babel({ babelHelpers: "inline", extensions }),
    ],
  };
}

// Shared by the browser tests and the preview: both build the plugin's real
// front end with Vite and swap the few Discourse modules it imports for the
// stand-ins under test/harness/stand-ins. An import with no stand-in fails the
// build, which is the point: the list below is everything we borrow.
import { ember, extensions } from "@embroider/vite";
import { babel } from "@rollup/plugin-babel";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../..", import.meta.url));
const standIns = `${root}test/harness/stand-ins/`;

const STAND_INS = {
  "discourse/lib/ajax": "ajax.ts",
  "discourse/lib/ajax-error": "ajax-error.ts",
  "discourse/lib/get-url": "get-url.ts",
  "discourse/lib/plugin-api": "plugin-api.ts",
  "discourse/routes/discourse": "discourse-route.ts",
  "discourse/select-kit/components/user-chooser": "user-chooser.gts",
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

// Discourse builds assets/javascripts and admin/assets/javascripts into two
// bundles that share one module namespace; a plugin path names a file in
// either folder.
const PLUGIN_PREFIX = "discourse/plugins/discourse-mediation/";
const PLUGIN_FOLDERS = ["assets/javascripts/", "admin/assets/javascripts/"];
const EXTENSIONS = ["", ".ts", ".gts", ".js", "/index.ts", "/index.gts"];

const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile();

function pluginModules() {
  return {
    name: "mediation-plugin-modules",
    enforce: "pre",
    resolveId(id) {
      if (!id.startsWith(PLUGIN_PREFIX)) {
        return null;
      }
      const path = id.slice(PLUGIN_PREFIX.length);
      const candidates = PLUGIN_FOLDERS.flatMap((folder) =>
        EXTENSIONS.map((extension) => `${root}${folder}${path}${extension}`)
      );
      return candidates.find((file) => isFile(file)) ?? null;
    },
  };
}

export function sharedConfig() {
  return {
    root,
    resolve: {
      alias: [
        ...Object.entries(STAND_INS).map(([find, file]) => ({
          find: new RegExp(`^${find}$`),
          replacement: `${standIns}${file}`,
        })),
      ],
    },
    plugins: [
      pluginModules(),
      clientLocale(),
      ember(),
      babel({ babelHelpers: "inline", extensions }),
    ],
  };
}

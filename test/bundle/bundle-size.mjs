// Builds the plugin's JavaScript the way Discourse ships it and weighs it.
//
// Discourse compiles a plugin with Rollup (frontend/asset-processor/
// asset-processor-rollup.js), one entrypoint per folder (lib/plugin/
// js_manager.rb: "main" is assets/javascripts, "admin" is
// admin/assets/javascripts, served to staff only). An entrypoint imports every
// module in its folder (rollup-virtual-imports.js, "virtual:entrypoint"), every
// bare import is external (discourse-external-loader.js), and a dynamic
// import() becomes a chunk that is fetched when it runs. This build does the
// same with Vite's Rollup, in production mode, minified, and gzips each file at
// level 9.
//
// Prints: topic-page JavaScript: N bytes gzip (all: M bytes gzip; without
// bundle splitting: K)
// where N is what every visitor downloads (the main entry and the chunks it
// imports statically), M is every file the build writes, and K is N as it
// would be without about.json's `staticModules` opt-in.
import { ember, extensions } from "@embroider/vite";
import { babel } from "@rollup/plugin-babel";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transformWithEsbuild } from "vite";

// What every visitor of a topic page downloads, in bytes gzip: 3 KB. It may go
// down in a commit, never up: a feature that needs bytes on the topic page
// loads them with import() when it is first used.
export const TOPIC_PAGE_BUDGET = 3_072;

// The only modules a topic page may load before anything is used: the
// initializers, what they render on every topic (the "I need help" button, the
// banner, the mediator's mark, the shell that fetches a ballot), and what
// Discourse loads at boot (services, the route map). Anything else here means
// a modal, a panel or a page's code reached every reader.
export const TOPIC_PAGE_MODULES = [
  "assets/javascripts/discourse/initializers/mediation-post-menu.ts",
  "assets/javascripts/discourse/initializers/mediation-workspace.ts",
  "assets/javascripts/discourse/discourse-mediation-route-map.js",
  "assets/javascripts/discourse/services/mediation-clock.ts",
  "assets/javascripts/discourse/components/help-request/button.gts",
  "assets/javascripts/discourse/components/topic/banner.gts",
  "assets/javascripts/discourse/components/topic/mediator-mark.gts",
  "assets/javascripts/discourse/components/ballot/topic-ballot.gts",
  "assets/javascripts/discourse/lib/common/lazy-module.ts",
  "assets/javascripts/discourse/lib/common/lazy-modal.ts",
  "assets/javascripts/discourse/lib/common/enabled.ts",
  "assets/javascripts/discourse/lib/help-request/post-menu.ts",
];

const root = fileURLToPath(new URL("../..", import.meta.url));
const PLUGIN = "discourse/plugins/discourse-mediation/";
const ENTRYPOINTS = {
  main: "assets/javascripts",
  admin: "admin/assets/javascripts",
};
const MODULE = /\.(gts|gjs|ts|js)$/;

function modulesIn(folder) {
  const base = join(root, folder);
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        return walk(path);
      }
      return MODULE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
    });
  try {
    return walk(base);
  } catch {
    return [];
  }
}

// The plugin's about.json: `frontend.staticModules` opts into core's bundle
// splitting for plugins.
export function staticModulesOptedIn() {
  const about = JSON.parse(readFileSync(join(root, "about.json"), "utf8"));
  return about.frontend?.staticModules === true;
}

// A module's name as core registers it: its path in the folder, without the
// extension ("discourse/services/mediation-clock").
function compatName(folder, file) {
  return file.slice(join(root, folder).length + 1).replace(/\.[^./]+$/, "");
}

// With `staticModules` (rollup-virtual-imports.js, "virtual:entrypoint", and
// docs/developer-guides/docs/03-code-internals/31-bundle-splitting-for-plugins.md),
// only what Discourse looks up by name at boot is imported by the entrypoint:
// initializers at any depth, route maps, and services, models, adapters,
// connectors and markdown extensions. Routes, controllers and templates go to
// a route bundle that is loaded when one of its routes is entered; components
// and lib code are reached only through the imports of the modules above, and
// a dynamic import() becomes a chunk of its own.
function isEager(name) {
  return (
    /^[^/]+\/(connectors|services|models|adapters|discourse-markdown)\//.test(
      name
    ) ||
    /\/(pre-initializers|initializers|api-initializers|instance-initializers)\//.test(
      name
    ) ||
    /route-map$/.test(name)
  );
}

function isRouteFile(name) {
  const match = name.match(/^[^/]+\/(routes|controllers|templates)\/(.+)$/);
  return (
    match !== null &&
    !(match[1] === "templates" && /^(connectors|components)\//.test(match[2]))
  );
}

// Core's entrypoint: one namespace import per module, so nothing is shaken off
// (every module without `staticModules`; the eager ones with it, and the route
// bundle behind an import()).
function entrypoints(staticModules) {
  const entries = Object.fromEntries(
    Object.entries(ENTRYPOINTS)
      .map(([name, folder]) => [name, { folder, files: modulesIn(folder) }])
      .filter(([, { files }]) => files.length)
  );
  const prefix = "\0entrypoint:";
  const routePrefix = "\0route-bundle:";
  const importAll = (files) => [
    ...files.map(
      (file, i) => `import * as m${i} from ${JSON.stringify(file)};`
    ),
    `export default [${files.map((_, i) => `m${i}`).join(", ")}];`,
  ];
  return {
    names: Object.keys(entries),
    plugin: {
      name: "mediation-entrypoints",
      // Library mode hands the entries over as paths under the root.
      resolveId(id) {
        const match = id.match(/(?:^|\/)((?:entrypoint|route-bundle):\w+)$/);
        return match ? `\0${match[1]}` : null;
      },
      load(id) {
        if (id.startsWith(routePrefix)) {
          const { folder, files } = entries[id.slice(routePrefix.length)];
          return importAll(
            files.filter((file) => isRouteFile(compatName(folder, file)))
          ).join("\n");
        }
        if (!id.startsWith(prefix)) {
          return null;
        }
        const name = id.slice(prefix.length);
        const { folder, files } = entries[name];
        if (!staticModules) {
          return importAll(files).join("\n");
        }
        const eager = files.filter((file) => isEager(compatName(folder, file)));
        const hasRoutes = files.some((file) =>
          isRouteFile(compatName(folder, file))
        );
        return [
          ...importAll(eager),
          `export const routes = [${hasRoutes ? `() => import("route-bundle:${name}")` : ""}];`,
        ].join("\n");
      },
    },
  };
}

// Core minifies each file it writes (rollup-plugins/discourse-terser.js);
// esbuild's minifier stands in for terser here.
const minifyChunks = {
  name: "mediation-minify",
  async renderChunk(code, chunk) {
    const result = await transformWithEsbuild(code, chunk.fileName, {
      loader: "js",
      format: "esm",
      target: "es2022",
      minify: true,
      legalComments: "none",
    });
    return { code: result.code, map: null };
  },
};

// Discourse, Ember and every other package come from the page, as in core.
// So does the decorators' runtime: core's Babel applies decorator-transforms
// with its default runtime import, "decorator-transforms/runtime", which the
// page provides (asset-processor-rollup.js); this build's Babel config names
// the file instead.
function external(id) {
  if (/(^|\/)decorator-transforms\//.test(id)) {
    return true;
  }
  if (/^(\0|\.|\/|entrypoint:|route-bundle:)/.test(id)) {
    return false;
  }
  return !id.startsWith(PLUGIN);
}

export async function bundleSizes({
  staticModules = staticModulesOptedIn(),
} = {}) {
  const { names, plugin } = entrypoints(staticModules);
  const output = await build({
    configFile: false,
    root,
    logLevel: "silent",
    mode: "production",
    resolve: {
      alias: [
        {
          find: /^discourse\/plugins\/discourse-mediation\/(.*)$/,
          replacement: `${root}assets/javascripts/$1`,
        },
      ],
    },
    plugins: [
      plugin,
      ember(),
      babel({ babelHelpers: "inline", extensions }),
      minifyChunks,
    ],
    build: {
      write: false,
      minify: false,
      target: "es2022",
      modulePreload: false,
      // Library mode, so that Vite wraps no import() in its preload helper:
      // core's Rollup build has none (a lazy chunk imports its own chunks).
      lib: {
        entry: Object.fromEntries(
          names.map((name) => [name, `entrypoint:${name}`])
        ),
        formats: ["es"],
      },
      rollupOptions: {
        external,
        preserveEntrySignatures: "strict",
        output: { format: "es" },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((file) => file.type === "chunk");
  const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // A chunk and the chunks it imports statically: what loading it fetches.
  const closure = (chunk, into = new Set()) => {
    if (chunk && !into.has(chunk)) {
      into.add(chunk);
      chunk.imports.forEach((file) => closure(byName.get(file), into));
    }
    return into;
  };
  const entry = (name) =>
    chunks.find((chunk) => chunk.isEntry && chunk.name === name);
  // The chunk an import() of this module (or a route bundle) fetches.
  // The chunk an import() of this module fetches: its own, or the chunk it
  // shares with what else imports it (a page's template, say). None outside
  // the entries means it was not split off.
  const lazy = (id) => {
    const local = (moduleId) => moduleId?.replace(root, "").endsWith(id);
    const found =
      chunks.find((chunk) => local(chunk.facadeModuleId)) ??
      chunks.find(
        (chunk) => !chunk.isEntry && Object.keys(chunk.modules).some(local)
      );
    // Without staticModules every module is in an entry and an import()
    // makes no chunk.
    if (!found && staticModules) {
      throw new Error(
        `${id} has no chunk of its own: is it still loaded with import()?`
      );
    }
    return found;
  };
  const topicPage = closure(entry("main"));
  const sum = (list) => list.reduce((total, chunk) => total + gzip(chunk), 0);
  const topicPageModules = [...topicPage]
    .flatMap((chunk) => Object.keys(chunk.modules))
    .filter((id) => id.startsWith(root))
    .map((id) => id.slice(root.length));
  // What each kind of visitor downloads, from the topic page to the parts
  // they use (lazily loaded parts exist only with staticModules).
  const uses = {
    reader: [],
    "member who asks for help": ["components/help-request/modal.gts"],
    mediator: [
      "\0route-bundle:main",
      "components/case/modal/post-as-mediator.gts",
    ],
    voter: ["components/ballot/index.gts", "\0route-bundle:main"],
    "staff (moderators, admins)": [
      "\0route-bundle:main",
      "\0route-bundle:admin",
    ],
  };
  const visitors = Object.fromEntries(
    Object.entries(uses).map(([visitor, parts]) => {
      const fetched = new Set(topicPage);
      if (visitor.startsWith("staff")) {
        closure(entry("admin"), fetched);
      }
      parts.forEach((part) => closure(lazy(part), fetched));
      return [visitor, sum([...fetched])];
    })
  );
  return {
    topicPage: sum([...topicPage]),
    topicPageModules,
    visitors,
    all: sum(chunks),
    files: chunks.map((chunk) => ({
      file: chunk.fileName,
      entry: chunk.isEntry,
      topicPage: topicPage.has(chunk),
      bytes: gzip(chunk),
      modules: Object.entries(chunk.modules).map(([id, info]) => ({
        id: id.replace(root, ""),
        renderedLength: info.renderedLength,
      })),
    })),
  };
}

// Core also compiles a plugin's tests, in development and test environments
// (lib/plugin/js_manager.rb: entrypoint "test" is test/javascripts): every file
// there is a module, except that under a /acceptance/, /integration/ or /unit/
// folder only *-test files are. Its tree holds the files of the plugin's
// three folders (assets/javascripts, admin/assets/javascripts and
// test/javascripts), each laid at the tree's root, so a relative import that
// leaves test/javascripts (as "../../../harness/fake-server" did) finds
// nothing and the build, with Discourse's system specs behind it, fails. This
// build refuses every relative import that leaves the folder, which is
// stricter than core only where one would land on a module of another folder
// by chance. Bare imports come from the page, as above. Resolves when that
// build would succeed.
const TEST_FOLDER = "test/javascripts";

function coreTestModules() {
  const base = join(root, TEST_FOLDER);
  return modulesIn(TEST_FOLDER).filter((path) => {
    const file = path.slice(base.length + 1);
    return (
      !/\/(acceptance|integration|unit)\//.test(file) ||
      /-test\.g?[jt]s$/.test(file)
    );
  });
}

const withinTestFolder = {
  name: "mediation-core-test-tree",
  enforce: "pre",
  resolveId(source, importer) {
    const folder = join(root, TEST_FOLDER) + "/";
    const from = importer?.split("?")[0];
    if (!from?.startsWith(folder) || !source.startsWith(".")) {
      return null;
    }
    const target = join(dirname(from), source);
    if (!target.startsWith(folder)) {
      this.error(
        `${importer.slice(root.length)} imports ${source}, outside ${TEST_FOLDER}: ` +
          "core's test bundle holds only that folder"
      );
    }
    return null;
  },
};

export async function buildCoreTestEntrypoint() {
  const files = coreTestModules();
  const entry = "\0entrypoint:test";
  await build({
    configFile: false,
    root,
    logLevel: "silent",
    mode: "development",
    plugins: [
      {
        name: "mediation-test-entrypoint",
        resolveId: (id) => (id === "entrypoint:test" ? entry : null),
        load: (id) =>
          id === entry
            ? files.map((file) => `import ${JSON.stringify(file)};`).join("\n")
            : null,
      },
      withinTestFolder,
      ember(),
      babel({ babelHelpers: "inline", extensions }),
    ],
    build: {
      write: false,
      minify: false,
      target: "es2022",
      modulePreload: false,
      rollupOptions: {
        input: { test: "entrypoint:test" },
        external: (id) => !/^(\0|\.|\/|entrypoint:)/.test(id),
        output: { format: "es" },
      },
    },
  });
  return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /* eslint-disable no-console */
  const sizes = await bundleSizes();
  const unsplit = await bundleSizes({ staticModules: false });
  for (const file of sizes.files) {
    console.log(
      `${String(file.bytes).padStart(7)}  ${file.file}${file.entry ? " (entry)" : ""}${file.topicPage ? " (topic page)" : ""}`
    );
  }
  console.log(
    `topic-page JavaScript: ${sizes.topicPage} bytes gzip (all: ${sizes.all} bytes gzip; without bundle splitting: ${unsplit.topicPage})`
  );
}

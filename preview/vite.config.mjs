import { defineConfig } from "vite";
import { sharedConfig } from "../test/harness/vite-shared.mjs";
import { iconSprite } from "./icon-sprite.mjs";
import { mediationSettings } from "./settings-defaults.mjs";

const PAGES = [/^\/$/, /^\/mediation(\/.*)?$/, /^\/t\//];

// Every page of the preview is the same Ember app, as in Discourse.
function servePreviewPages() {
  const rewrite = (req, _res, next) => {
    const path = (req.url ?? "").split("?")[0];
    if (PAGES.some((page) => page.test(path))) {
      req.url = "/preview/index.html";
    }
    next();
  };
  return {
    name: "serve-preview-pages",
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    // The built preview (the link walk and bin/screenshots serve it).
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}

// The preview: the plugin's real components, with sample data and a scripted
// server, at http://127.0.0.1:4300/
export default defineConfig(() => {
  const shared = sharedConfig();
  return {
    ...shared,
    plugins: [
      servePreviewPages(),
      iconSprite(),
      mediationSettings(),
      ...shared.plugins,
    ],
    server: { host: "127.0.0.1", port: 4300, strictPort: true },
    build: {
      outDir: "tmp/preview-dist",
      emptyOutDir: true,
      rollupOptions: { input: { preview: "preview/index.html" } },
    },
  };
});

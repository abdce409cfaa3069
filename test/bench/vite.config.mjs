// The render benchmark, built as Discourse ships Ember to a forum: production
// mode (no development assertions), minified.
import { defineConfig } from "vite";
import { sharedConfig } from "../harness/vite-shared.mjs";

// @embroider/macros decides isDevelopingApp() from this when Babel loads.
process.env.NODE_ENV = "production";

export default defineConfig(() => ({
  ...sharedConfig(),
  mode: "production",
  build: {
    outDir: "tmp/bench-dist",
    emptyOutDir: true,
    minify: true,
    rollupOptions: { input: { bench: "test/bench/index.html" } },
  },
}));

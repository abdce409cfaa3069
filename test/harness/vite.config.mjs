import { defineConfig } from "vite";
import { sharedConfig } from "./vite-shared.mjs";

export default defineConfig(() => {
  const shared = sharedConfig();
  return {
    ...shared,
    build: {
      outDir: "tmp/test-dist",
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: { tests: "test/harness/index.html" } },
    },
  };
});

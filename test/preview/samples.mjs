// Checks the preview's samples (preview/check-samples.ts): the tally port
// against the vectors the Ruby rule is checked with
// (spec/fixtures/tally_vectors.json), then every page the scripted server
// answers against what the lifecycle can produce. Builds the preview's
// modules for Node with Vite, without a browser. Prints one line per problem,
// "tally port: N vectors, P wrong" and
// "preview samples: N states checked, P impossible".
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import { mediationSettings } from "../../preview/settings-defaults.mjs";
import { sharedConfig } from "../harness/vite-shared.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The check and what it imports, as one ES module for Node. */
async function buildCheck() {
  const shared = sharedConfig();
  const outDir = mkdtempSync(join(root, "tmp", "preview-samples-"));
  await build({
    ...shared,
    configFile: false,
    logLevel: "error",
    // The plugin's module paths; TypeScript is Vite's own esbuild transform.
    plugins: [
      ...shared.plugins.filter((p) => p.name === "mediation-plugin-modules"),
      mediationSettings(),
    ],
    build: {
      ssr: join(root, "preview/check-samples.ts"),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: "check-samples.mjs" } },
    },
  });
  return outDir;
}

export async function checkPreviewSamples() {
  const outDir = await buildCheck();
  try {
    const check = await import(
      pathToFileURL(join(outDir, "check-samples.mjs")).href
    );
    const vectors = JSON.parse(
      readFileSync(join(root, "spec/fixtures/tally_vectors.json"), "utf8")
    );
    return {
      tally: check.checkTally(vectors),
      samples: await check.checkSamples(),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /* eslint-disable no-console */
  const { tally, samples } = await checkPreviewSamples();
  tally.problems.forEach((problem) => console.log(`tally port: ${problem}`));
  samples.impossible.forEach((problem) => console.log(problem));
  console.log(
    `tally port: ${tally.checked} vectors, ${tally.problems.length} wrong`
  );
  console.log(
    `preview samples: ${samples.checked} states checked, ${samples.impossible.length} impossible`
  );
  process.exit(tally.problems.length || samples.impossible.length ? 1 : 0);
}

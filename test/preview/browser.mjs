// The preview, built and served by Vite on a free port, and Debian's Chromium
// driven by puppeteer-core: shared by the link walk (bin/test) and
// bin/screenshots.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { build, preview } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

function chromiumPath() {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], {
        encoding: "utf8",
      }).trim();
    } catch {
      // Not this name; try the next.
    }
  }
  throw new Error("Chromium is not installed (apt-get install chromium).");
}

/**
 * Serves the preview, runs `work` with a browser, and always stops both.
 * `reuseBuild` serves the preview a step before built (bin/test's link walk)
 * when it is there, instead of building it again.
 */
export async function withPreview(work, { reuseBuild = false } = {}) {
  const configFile = `${root}preview/vite.config.mjs`;
  if (
    !(reuseBuild && existsSync(`${root}tmp/preview-dist/preview/index.html`))
  ) {
    await build({ configFile, mode: "development", logLevel: "error" });
  }
  const server = await preview({
    configFile,
    logLevel: "error",
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
  });
  const { port } = server.httpServer.address();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Tabs side by side keep their timers and frames running when not in front.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
    ],
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    return await work({ browser, origin });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Opens a page of the preview and waits until Ember has drawn it. */
export async function openPage(page, url) {
  await page.goto(url, { waitUntil: "load", timeout: 60000 });
  // The scripted server answers inside the page; wait for the route to draw.
  await page.waitForFunction(
    () =>
      (document.querySelector(".preview-main")?.textContent ?? "").trim()
        .length > 20,
    { timeout: 20000 }
  );
  await new Promise((resolve) => setTimeout(resolve, 250));
}

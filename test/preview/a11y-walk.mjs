// axe-core over every state the preview can reach: each page of the Pages
// menu and the pages they link to, as a member and as staff, and on each page
// every button whose click opens a modal, an in-page dialog or a
// confirmation. Each state is checked at a desktop and a phone width, in the
// light and the dark scheme, against WCAG 2.0, 2.1 and 2.2 A and AA and axe's
// best practice. A finding in the plugin's own markup counts; a colour pair
// that is core's (a DButton's colours, which the plugin never sets) is listed
// by rule, not counted. Prints one line per plugin finding and
// "accessibility: N states, R runs, V violations (plugin), C (core palette)".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { openPage, withPreview } from "./browser.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];
const SCHEMES = ["light", "dark"];
const TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];
// The rules whose results depend on the colour scheme.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

// What a click may open: a modal, a dialog, or a confirmation shown in the
// page (ConfirmStep and the other role=group confirmations).
const DIALOGS =
  ".d-modal, [role=dialog], [role=alertdialog], .mediation-confirm-step, [role=group][class*='confirm']";

/**
 * Runs axe in the page and sorts each node: the plugin's, or core's. Core's
 * are the colour pairs of core's own palette where core draws them (a link
 * in --tertiary on the page's --secondary, a DButton's own colours) and the
 * markup of core's stand-ins (the post menu's nav, the modal's frame);
 * everything else is the plugin's.
 */
function runAxe(tags, rules) {
  // Rows off screen under `content-visibility: auto` (the queue's) are not
  // drawn, so axe would read the colours of whatever is drawn at their place.
  // Drawn, they look as a reader scrolling to them sees them.
  if (!document.getElementById("a11y-walk-draw-all")) {
    const style = document.createElement("style");
    style.id = "a11y-walk-draw-all";
    style.textContent = "* { content-visibility: visible !important; }";
    document.head.append(style);
  }
  const probe = document.createElement("i");
  document.body.append(probe);
  const hex = (name) => {
    probe.style.color = `var(${name})`;
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    return `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
  };
  const palette = Object.fromEntries(
    [
      "--primary",
      "--primary-high",
      "--primary-low",
      "--secondary",
      "--tertiary",
      "--danger",
    ].map((name) => [name, hex(name)])
  );
  probe.remove();
  const pair = (fg, bg) => `${palette[fg]} on ${palette[bg]}`;
  // Core's link colour on core's background, in core's default schemes.
  const LINK_PAIRS = [pair("--tertiary", "--secondary")];
  // buttons.scss: .btn-primary, .btn-danger, .btn-default, .btn-flat.
  const BUTTON_PAIRS = [
    pair("--secondary", "--tertiary"),
    pair("--secondary", "--danger"),
    pair("--primary", "--primary-low"),
    pair("--primary-high", "--secondary"),
  ];
  const CORE_MARKUP =
    ".post-controls, .post-action-menu__like, .post-action-menu__copyLink, .post-action-menu__flag, .post-action-menu__showMore, .post-action-menu__reply, .d-modal__header, .d-modal__close, .d-modal__backdrop";
  const coreOwned = (rule, element, data) => {
    if (!element) {
      return false;
    }
    if (/contrast/.test(rule)) {
      const colours = `${data?.fgColor} on ${data?.bgColor}`;
      return (
        (element.closest("a[href]") !== null && LINK_PAIRS.includes(colours)) ||
        (element.closest(".btn") !== null && BUTTON_PAIRS.includes(colours))
      );
    }
    return (
      element.matches(CORE_MARKUP) && !element.matches("[class*='mediation-']")
    );
  };
  return window.axe
    .run(document, {
      runOnly: rules
        ? { type: "rule", values: rules }
        : { type: "tag", values: tags },
      resultTypes: ["violations"],
      iframes: false,
    })
    .then((results) =>
      results.violations.flatMap((violation) =>
        violation.nodes.map((node) => {
          const selector = node.target.join(" ");
          let element = null;
          try {
            element = document.querySelector(selector);
          } catch {
            // A shadow or frame target; never the plugin's.
          }
          const data = node.any.find((check) => check.data?.fgColor)?.data;
          const core = coreOwned(violation.id, element, data);
          return {
            rule: violation.id,
            impact: violation.impact,
            target: selector,
            owner: core ? "core" : "plugin",
            summary: (node.failureSummary ?? "")
              .split("\n")
              .slice(1, 2)
              .join(" ")
              .trim(),
          };
        })
      )
    );
}

/** Marks what is open now, so that a click's new dialog can be told apart. */
function markDialogs(selector) {
  document
    .querySelectorAll(selector)
    .forEach((element) => element.setAttribute("data-a11y-seen", ""));
}

/** The dialog a click opened, if any: its kind and a name to tell it by. */
function newDialog(selector) {
  const opened = [...document.querySelectorAll(selector)].filter(
    (element) => !element.hasAttribute("data-a11y-seen")
  );
  if (!opened.length) {
    return null;
  }
  const dialog = opened[0].closest(".d-modal") ?? opened[0];
  const title =
    dialog.querySelector(".d-modal__title-text, h1, h2, h3, legend")
      ?.textContent ??
    dialog.textContent ??
    "";
  return {
    kind: dialog.matches(".d-modal") ? "modal" : "dialog",
    name: `${dialog.className} ${title.replace(/\s+/g, " ").trim().slice(0, 60)}`,
  };
}

/** A fingerprint of what the page shows, to know when a click changed it. */
function fingerprint() {
  const main = document.querySelector(".preview-main")?.innerHTML ?? "";
  const modal = document.querySelector(".d-modal")?.innerHTML ?? "";
  let hash = 0;
  for (const text of [location.href, main, modal]) {
    for (let i = 0; i < text.length; i++) {
      hash = (hash * 31 + text.charCodeAt(i)) % 1000000007;
    }
  }
  return hash;
}

/**
 * The plugin's buttons a reader can press in the page, in order, one of each
 * kind: the same button repeated per item (a post, a queue row) opens the
 * same dialog.
 */
function candidateButtons() {
  const kinds = new Set();
  return [
    ...document.querySelectorAll(
      ".preview-main button:not([disabled]), .preview-main summary"
    ),
  ]
    .map((button, index) => {
      button.setAttribute("data-a11y-button", String(index));
      return { button, index };
    })
    .filter(({ button }) => {
      const kind = `${button.className} ${button.textContent.trim()}`;
      const shown = button.getClientRects().length > 0;
      const ours = button.closest("[class*='mediation-']") !== null;
      if (!shown || !ours || kinds.has(kind)) {
        return false;
      }
      kinds.add(kind);
      return true;
    })
    .map(({ index }) => index);
}

// Ember draws within the same task; a short pause lets a click's timers run.
// No requestAnimationFrame: a tab not in front may not draw frames.
const settle = (page) =>
  page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** Escape where the focus is, as a reader would press it. */
function pressEscape() {
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent("keydown", { key: "Escape", bubbles: true })
  );
}

export async function a11yWalk({ reuseBuild = false, only = null } = {}) {
  return withPreview(
    async ({ browser, origin }) => {
      const started = Date.now();
      const findings = [];
      const problems = [];
      const states = [];
      let runs = 0;
      const timing = { axe: 0, open: 0, click: 0, opens: 0 };
      const timed = async (key, work) => {
        const t = Date.now();
        try {
          return await work();
        } finally {
          timing[key] += Date.now() - t;
        }
      };

      // The four runs of one state: each width, each scheme.
      async function check(page, state) {
        states.push(state);
        for (const size of WIDTHS) {
          await page.setViewport({ width: size.width, height: size.height });
          for (const scheme of SCHEMES) {
            await page.emulateMediaFeatures([
              { name: "prefers-color-scheme", value: scheme },
            ]);
            await settle(page);
            // The dark scheme changes colours only, so its run is the rules
            // that read them; the light run at the same width has the rest.
            const rules = scheme === "light" ? null : COLOUR_RULES;
            let nodes = await timed("axe", () =>
              page.evaluate(runAxe, TAGS, rules)
            );
            if (nodes.some((node) => node.owner === "plugin")) {
              // Once more after a pause, in case the page was still laying
              // itself out at the new width: only what stays is counted.
              await new Promise((resolve) => setTimeout(resolve, 300));
              nodes = await timed("axe", () =>
                page.evaluate(runAxe, TAGS, rules)
              );
            }
            runs++;
            nodes.forEach((node) =>
              findings.push({ ...node, state, size: size.name, scheme })
            );
          }
        }
        await page.setViewport({ width: 1280, height: 900 });
        await page.emulateMediaFeatures([
          { name: "prefers-color-scheme", value: "light" },
        ]);
      }

      const queue = [];
      const seen = new Set();
      const enqueue = (viewer, path, fromMenu) => {
        const clean = (path ?? "").split("#")[0];
        if (
          !clean ||
          !clean.startsWith("/") ||
          seen.has(`${viewer} ${clean}`)
        ) {
          return;
        }
        seen.add(`${viewer} ${clean}`);
        queue.push({ viewer, path: clean, fromMenu });
      };

      async function visit(page, { viewer, path }) {
        const joiner = path.includes("?") ? "&" : "?";
        timing.opens++;
        await timed("open", async () => {
          const url = `${origin}${path}${joiner}viewer=${viewer}`;
          await page.goto(url, { waitUntil: "load", timeout: 60000 });
          // As openPage waits, less its quarter-second pause (148 opens).
          await page.waitForFunction(
            () =>
              (
                document.querySelector(".preview-main")?.textContent ?? ""
              ).trim().length > 20,
            { timeout: 20000 }
          );
          await settle(page);
        });
      }

      async function walkPage(page, job) {
        const label = `${job.viewer} ${job.path}`;
        await visit(page, job);
        if (job.fromMenu) {
          const links = await page.$$eval(".preview-main a[href]", (anchors) =>
            anchors.map((a) => a.getAttribute("href"))
          );
          links.forEach((href) => enqueue(job.viewer, href, false));
        }
        await check(page, label);
        const buttons = await page.evaluate(candidateButtons);
        const opened = new Set();
        let base = await page.evaluate(fingerprint);
        let dirty = false;
        for (const index of buttons) {
          if (dirty) {
            await visit(page, job);
            await page.evaluate(candidateButtons);
            base = await page.evaluate(fingerprint);
            dirty = false;
          }
          await page.evaluate(markDialogs, DIALOGS);
          const clicked = await page.evaluate((i) => {
            const button = document.querySelector(`[data-a11y-button="${i}"]`);
            button?.click();
            return Boolean(button);
          }, index);
          if (!clicked) {
            continue;
          }
          const dialog = await timed("click", async () => {
            await new Promise((resolve) => setTimeout(resolve, 120));
            await settle(page);
            return page.evaluate(newDialog, DIALOGS);
          });
          if (dialog && !opened.has(dialog.name)) {
            opened.add(dialog.name);
            await check(page, `${label} ${dialog.kind}: ${dialog.name}`);
          }
          if (process.env.A11Y_DEBUG) {
            // eslint-disable-next-line no-console
            console.log("clicked", index, dialog?.name);
          }
          // Close a modal with Escape; anything else the click changed
          // means the page is opened afresh before the next button.
          await page.evaluate(pressEscape);
          await settle(page);
          dirty = (await page.evaluate(fingerprint)) !== base;
        }
      }

      async function newTab() {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.evaluateOnNewDocument(AXE_SOURCE);
        // A native confirm or alert would stop the page; none is expected.
        page.on("dialog", (dialog) => {
          problems.push(`native ${dialog.type()} on ${page.url()}`);
          void dialog.dismiss();
        });
        page.on("pageerror", (error) =>
          problems.push(`script error on ${page.url()}: ${error}`)
        );
        return page;
      }

      async function worker() {
        let page = await newTab();
        while (queue.length) {
          const job = queue.shift();
          let timer;
          try {
            // A page that stops answering is a problem, not a stalled run.
            await Promise.race([
              walkPage(page, job),
              new Promise((_resolve, reject) => {
                timer = setTimeout(
                  () => reject(new Error("did not finish in 60 s")),
                  60000
                );
              }),
            ]);
          } catch (error) {
            problems.push(`${job.viewer} ${job.path}: ${error.message}`);
            await page.close().catch(() => {});
            page = await newTab();
          } finally {
            clearTimeout(timer);
          }
        }
        await page.close();
      }

      const first = await browser.newPage();
      await openPage(first, `${origin}/?viewer=member`);
      const menu = await first.$$eval(".preview-chrome__nav a", (links) =>
        links.map((a) => a.getAttribute("href"))
      );
      await first.close();
      for (const viewer of ["member", "staff"]) {
        for (const path of ["/", ...menu]) {
          if (!only || only === `${viewer} ${path}`) {
            enqueue(viewer, path, Boolean(!only));
          }
        }
      }
      await Promise.all([worker(), worker()]);
      return {
        states,
        runs,
        findings,
        problems,
        seconds: (Date.now() - started) / 1000,
        timing,
      };
    },
    { reuseBuild }
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /* eslint-disable no-console */
  const result = await a11yWalk({
    reuseBuild: process.argv.includes("--reuse-build"),
    // "--only=member /mediation/my-requests" checks one page (to debug it).
    only: process.argv.find((arg) => arg.startsWith("--only="))?.slice(7),
  });
  const plugin = result.findings.filter((f) => f.owner === "plugin");
  const core = result.findings.filter((f) => f.owner === "core");
  const lines = new Map();
  plugin.forEach((f) => {
    const key = `${f.rule} ${f.target} (${f.summary})`;
    const entry = lines.get(key) ?? { count: 0, where: new Set() };
    entry.count++;
    entry.where.add(`${f.state} [${f.size} ${f.scheme}]`);
    lines.set(key, entry);
  });
  for (const [key, entry] of lines) {
    console.log(`plugin: ${key} x${entry.count}, e.g. ${[...entry.where][0]}`);
  }
  const byRule = new Map();
  core.forEach((f) => byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1));
  const coreList = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ");
  console.log(`core palette, by rule: ${coreList || "none"}`);
  result.problems.forEach((problem) => console.log(`problem: ${problem}`));
  console.log(
    `walk time: ${result.seconds.toFixed(1)}s (${Object.entries(result.timing)
      .map(
        ([key, n]) =>
          `${key} ${key === "opens" ? n : `${(n / 1000).toFixed(1)}s`}`
      )
      .join(", ")}, both tabs)`
  );
  console.log(
    `accessibility: ${result.states.length} states, ${result.runs} runs, ${plugin.length} violations (plugin), ${core.length} (core palette)`
  );
  process.exit(plugin.length || result.problems.length ? 1 : 0);
}

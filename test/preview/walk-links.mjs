// Walks every link of the preview, as a member and as staff: each page must
// draw something, staff must never meet a refusal, and a member must meet one
// exactly on the pages the server keeps from members. Prints one line per
// problem and "preview links: N pages walked, P problems".
import { fileURLToPath } from "node:url";
import { openPage, withPreview } from "./browser.mjs";

// What a member may open; everything else in the preview is for mediators,
// voters or staff, and must show the refusal.
const OPEN_TO_MEMBERS = [
  /^\/$/,
  /^\/t\//,
  /^\/mediation\/my-requests$/,
  /^\/mediation\/published-list$/,
  /^\/mediation\/cases\/\d+\/statement$/,
];

async function pageState(page) {
  return page.evaluate(() => ({
    refused: Boolean(document.querySelector(".mediation-refused")),
    links: [...document.querySelectorAll(".preview-main a[href]")]
      .map((a) => a.getAttribute("href"))
      .filter((href) => href.startsWith("/")),
  }));
}

export async function walkLinks() {
  return withPreview(async ({ browser, origin }) => {
    const problems = [];
    let walked = 0;
    // Each viewer in a tab of its own, side by side.
    async function walkAs(viewer) {
      const page = await browser.newPage();
      page.on("pageerror", (error) =>
        problems.push(`${viewer}: script error on ${page.url()}: ${error}`)
      );
      await openPage(page, `${origin}/?viewer=${viewer}`);
      const menu = await page.$$eval(".preview-chrome__nav a", (links) =>
        links.map((a) => a.getAttribute("href"))
      );
      const queue = ["/", ...menu];
      const seen = new Set();
      while (queue.length) {
        const path = queue.shift().split("#")[0];
        if (!path || seen.has(path)) {
          continue;
        }
        seen.add(path);
        walked++;
        const joiner = path.includes("?") ? "&" : "?";
        try {
          await openPage(page, `${origin}${path}${joiner}viewer=${viewer}`);
        } catch {
          problems.push(`${viewer}: ${path} is blank`);
          continue;
        }
        const state = await pageState(page);
        const route = path.split("?")[0];
        const openToMembers = OPEN_TO_MEMBERS.some((p) => p.test(route));
        if (viewer === "staff" && state.refused) {
          problems.push(`staff: ${path} shows a refusal`);
        } else if (viewer === "member" && state.refused === openToMembers) {
          problems.push(
            `member: ${path} ${state.refused ? "refuses" : "does not refuse"} a member`
          );
        }
        // One level of the links a page holds, so no link leads nowhere.
        if (menu.includes(path) || path === "/") {
          queue.push(...state.links);
        }
      }
      await page.close();
    }
    await Promise.all(["member", "staff"].map(walkAs));
    return { walked, problems };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /* eslint-disable no-console */
  const { walked, problems } = await walkLinks();
  problems.forEach((problem) => console.log(problem));
  console.log(
    `preview links: ${walked} pages walked, ${problems.length} problems`
  );
  process.exit(problems.length ? 1 : 0);
}

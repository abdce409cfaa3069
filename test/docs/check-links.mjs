// Checks the README and docs/: every relative link and image points at a file
// of this repository, every #anchor at a heading of its page, each guide shows
// at least one screenshot, every screenshot is shown somewhere, and the README
// stays short. Addresses on other sites are counted, not fetched (CI machines
// reach only package registries). Prints one line; exits 1 on any problem.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const README_MAX_LINES = 250;
const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

// Code is not prose: links inside it are examples, not links.
function withoutCode(markdown) {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

// Anchors as GitHub makes them from headings, numbered when repeated.
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, heading] of markdown
    .replace(/^```[\s\S]*?^```/gm, "")
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  return anchors;
}

const problems = [];
const shown = new Set();
let links = 0;
let images = 0;
let external = 0;

for (const page of pages) {
  const markdown = readFileSync(join(root, page), "utf8");
  const targets = [
    ...[
      ...withoutCode(markdown).matchAll(
        /(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
      ),
    ].map(([, bang, target]) => ({ image: bang === "!", target })),
    ...[...markdown.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map(
      ([, target]) => ({ image: true, target })
    ),
  ];
  if (page.startsWith("docs/guide-") && !targets.some(({ image }) => image)) {
    problems.push(`${page}: a guide without a screenshot`);
  }
  for (const { image, target } of targets) {
    if (image) {
      images++;
    } else {
      links++;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      external++;
      continue;
    }
    const [path, anchor] = target.split("#");
    const file = path
      ? resolve(dirname(join(root, page)), decodeURIComponent(path))
      : join(root, page);
    if (relative(root, file).startsWith("..")) {
      problems.push(`${page}: ${target} leaves the repository`);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`${page}: ${target} does not exist`);
      continue;
    }
    if (image) {
      shown.add(relative(root, file));
    }
    if (
      anchor &&
      file.endsWith(".md") &&
      !anchorsOf(readFileSync(file, "utf8")).has(anchor)
    ) {
      problems.push(
        `${page}: ${target} names no heading of ${relative(root, file)}`
      );
    }
  }
}

for (const name of readdirSync(join(root, "docs/screenshots"))) {
  if (!shown.has(`docs/screenshots/${name}`)) {
    problems.push(`docs/screenshots/${name} is shown on no page`);
  }
}

const readmeLines = readFileSync(join(root, "README.md"), "utf8")
  .trimEnd()
  .split("\n").length;
if (readmeLines > README_MAX_LINES) {
  problems.push(
    `README.md has ${readmeLines} lines, more than ${README_MAX_LINES}: move the detail to docs/`
  );
}

/* eslint-disable no-console */
problems.forEach((problem) => console.log(problem));
console.log(
  `docs: README ${readmeLines} lines (at most ${README_MAX_LINES}), ${pages.length} pages, ` +
    `${links} links and ${images} images checked, ${problems.length} problems ` +
    `(${external} addresses on other sites not fetched)`
);
process.exit(problems.length ? 1 : 0);

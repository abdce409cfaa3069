// The icons the plugin and the preview draw, as one SVG sprite of Font
// Awesome's free set, the set Discourse's own sprite is made from. Each icon
// is a <symbol> named as in Discourse, so `<use href="#life-ring">` finds it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const ICONS = [
  "arrow-down",
  "arrow-up",
  "chart-column",
  "check",
  "copy",
  "ellipsis",
  "flag",
  "heart",
  "life-ring",
  "link",
  "plus",
  "reply",
  "xmark",
];

const MODULE = "virtual:icon-sprite";

export function iconSprite() {
  const require = createRequire(import.meta.url);
  const svgs = join(
    dirname(require.resolve("@fortawesome/fontawesome-free/package.json")),
    "svgs/solid"
  );
  return {
    name: "icon-sprite",
    resolveId(id) {
      return id === MODULE ? `\0${MODULE}` : null;
    },
    load(id) {
      if (id !== `\0${MODULE}`) {
        return null;
      }
      const symbols = ICONS.map((name) => {
        const svg = readFileSync(join(svgs, `${name}.svg`), "utf8");
        const viewBox = svg.match(/viewBox="([^"]+)"/)[1];
        const body = svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
        return `<symbol id="${name}" viewBox="${viewBox}">${body}</symbol>`;
      });
      const sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display: none">${symbols.join("")}</svg>`;
      return `export default ${JSON.stringify(sprite)};`;
    },
  };
}

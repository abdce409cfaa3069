// The plugin's settings at their config/settings.yml defaults, as the
// module "virtual:mediation-settings": the preview's sample dates are derived
// from them (preview/sample-timeline.ts), so they follow the file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const MODULE = "virtual:mediation-settings";
const file = fileURLToPath(new URL("../config/settings.yml", import.meta.url));

export function settingsDefaults() {
  const settings = parse(readFileSync(file, "utf8")).discourse_mediation;
  return Object.fromEntries(
    Object.entries(settings).map(([name, { default: value }]) => [name, value])
  );
}

export function mediationSettings() {
  const resolved = `\0${MODULE}`;
  return {
    name: "mediation-settings",
    resolveId(id) {
      return id === MODULE ? resolved : null;
    },
    load(id) {
      if (id !== resolved) {
        return null;
      }
      this.addWatchFile(file);
      return `export default ${JSON.stringify(settingsDefaults())};`;
    },
  };
}

import axe from "axe-core";

/** Core's DModal stand-in and the harness's own markup are not the plugin's. */
const NOT_OURS = [".d-modal__backdrop", "#qunit"];

/**
 * A button's colours are core's (buttons.scss, `--tertiary` under white for
 * the primary one); the plugin never restyles them, so their contrast is
 * core's to answer for, not checked here. Everything else about a button is.
 */
function coreColours(rule: string, target: string) {
  return (
    rule === "color-contrast" &&
    document.querySelector(target)?.closest(".btn") !== null
  );
}

const SCHEMES = ["light", "dark"] as const;

export interface AxeFinding {
  scheme: (typeof SCHEMES)[number];
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on what the test rendered, in core's
 * light and dark colour schemes, and returns the serious and critical
 * violations in the plugin's own markup.
 */
export async function seriousViolations(): Promise<AxeFinding[]> {
  const findings: AxeFinding[] = [];
  const root = document.documentElement;
  for (const scheme of SCHEMES) {
    root.classList.toggle("mediation-dark-scheme", scheme === "dark");
    root.classList.toggle("mediation-light-scheme", scheme === "light");
    const results = await axe.run(
      { include: [["#ember-testing"]], exclude: NOT_OURS.map((s) => [s]) },
      {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        },
        resultTypes: ["violations"],
      }
    );
    for (const violation of results.violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") {
        continue;
      }
      const targets = violation.nodes
        .map((node) => node.target.join(" "))
        .filter((target) => !coreColours(violation.id, target));
      if (targets.length) {
        findings.push({
          scheme,
          rule: violation.id,
          impact: violation.impact,
          targets,
        });
      }
    }
  }
  root.classList.remove("mediation-dark-scheme", "mediation-light-scheme");
  return findings;
}

import { schedule } from "@ember/runloop";

/**
 * Once the page has re-rendered, focuses the first of these that exists and
 * can take focus: after a row moves or goes away, the keyboard stays with it.
 */
export function focusAfterRender(selectors: string[]) {
  schedule("afterRender", () => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
}

/** After a row moved: its button in the same direction, or the other at an end. */
export function focusMovedRow(row: string, buttonClass: string, by: number) {
  const [same, other] = by < 0 ? ["up", "down"] : ["down", "up"];
  focusAfterRender([
    `${row} .${buttonClass}${same}`,
    `${row} .${buttonClass}${other}`,
  ]);
}

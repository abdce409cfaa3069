// Moving through a page with keys only, as a keyboard user does: Tab moves the
// focus to the next tabbable element (@ember/test-helpers' `tab`, which fires
// keydown first so a focus trap can step in), and Enter or Space on the
// focused element does what the browser does by default unless a handler
// prevented it. Nothing here clicks on an element the focus is not on.
import {
  click,
  fillIn,
  focus,
  tab,
  triggerKeyEvent,
} from "@ember/test-helpers";

/** The shared live region's words (see lib/common/announce.ts). */
export function announced(): string {
  const region = document.getElementById("mediation-announcer");
  return (region?.textContent ?? "").replace(/\u00a0$/, "");
}

/** Before an action: nothing said yet, so the test hears only what it does. */
export function clearAnnouncements() {
  const region = document.getElementById("mediation-announcer");
  if (region) {
    region.textContent = "";
  }
}

const TABBABLE =
  "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex='0']";

/** Where a keyboard user starts: the first element Tab reaches on the page. */
export async function startAtTop() {
  const root = document.querySelector<HTMLElement>("#ember-testing");
  const first = root?.querySelector<HTMLElement>(TABBABLE);
  if (!first) {
    throw new Error("nothing on the page takes the focus");
  }
  await focus(first);
}

function focused(): HTMLElement {
  return (document.activeElement ?? document.body) as HTMLElement;
}

/** Presses Tab until `selector` has the focus; fails after `max` presses. */
export async function tabTo(selector: string, max = 80) {
  for (let i = 0; i < max && !focused().matches(selector); i++) {
    await tab();
  }
  if (!focused().matches(selector)) {
    throw new Error(`Tab never reached ${selector}`);
  }
}

function activates(element: HTMLElement, key: "Enter" | " ") {
  const input = element as HTMLInputElement;
  if (element.tagName === "A") {
    return key === "Enter" && element.hasAttribute("href");
  }
  if (element.tagName === "BUTTON") {
    return !(element as HTMLButtonElement).disabled;
  }
  if (key === " " && element.tagName === "INPUT") {
    return input.type === "radio" || input.type === "checkbox";
  }
  return false;
}

/**
 * Presses Enter or Space on the focused element. Synthetic key events have no
 * default action, so when no handler prevented it, the one a browser would
 * take (following a link, a button's or a checkbox's click) is taken here.
 */
export async function press(key: "Enter" | " ") {
  const element = focused();
  let prevented = false;
  const listen = (event: Event) => (prevented = event.defaultPrevented);
  window.addEventListener("keydown", listen);
  await triggerKeyEvent(element, "keydown", key);
  window.removeEventListener("keydown", listen);
  if (key === " " && element.isConnected) {
    await triggerKeyEvent(element, "keyup", key);
  }
  if (!prevented && element.isConnected && activates(element, key)) {
    await click(element);
  }
}

/** Types into the focused field. */
export async function typeText(text: string) {
  await fillIn(focused(), text);
}

/** The two of QUnit's assertions this needs. */
interface Asserts {
  strictEqual(actual: unknown, expected: unknown, message?: string): void;
  notStrictEqual(actual: unknown, expected: unknown, message?: string): void;
}

/** After an action: the focus is somewhere, and the action was said. */
export function assertHeard(assert: Asserts, words: string, action: string) {
  assert.notStrictEqual(
    document.activeElement,
    document.body,
    `${action}: the focus did not fall to the page body`
  );
  assert.notStrictEqual(
    document.activeElement,
    null,
    `${action}: something has the focus`
  );
  assert.strictEqual(announced(), words, `${action}: announced`);
}

import { next, schedule } from "@ember/runloop";

/** Where to put the focus: selectors tried in turn, or an element. */
export type FocusTarget = string | string[] | HTMLElement | null | undefined;

const REGION_ID = "mediation-announcer";

/**
 * The one polite live region every action speaks through. It is added when
 * this module loads (before any action), so screen readers are already
 * listening when the text arrives; it is visually hidden.
 */
export function announcer(): HTMLElement | null {
  if (typeof document === "undefined") {
    return null;
  }
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement("div");
    region.id = REGION_ID;
    region.className = "sr-only mediation-announcer";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    region.setAttribute("aria-atomic", "true");
    Object.assign(region.style, {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    });
    document.body.appendChild(region);
  }
  return region;
}

announcer();

function findTarget(target: FocusTarget): HTMLElement | null {
  if (!target) {
    return null;
  }
  if (target instanceof HTMLElement) {
    return target.isConnected ? target : null;
  }
  for (const selector of Array.isArray(target) ? target : [target]) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && !(element as HTMLButtonElement).disabled) {
      return element;
    }
  }
  return null;
}

function lostFocus() {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

function focusNow(target: FocusTarget) {
  const element =
    findTarget(target) ??
    (lostFocus() ? findTarget(["main h1", "h1", "h2"]) : null);
  if (!element) {
    return;
  }
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) {
    element.setAttribute("tabindex", "-1");
  }
  element.focus();
}

/**
 * Focuses the target once the page has re-rendered. A heading or paragraph
 * becomes focusable for it. When there is no target and the focused element
 * went away, the page's main heading takes the focus, never the body.
 */
export function moveFocus(target: FocusTarget) {
  // A tick later, once every change the action made has been rendered (some
  // land after the current run loop's render), then after that render.
  next(() => schedule("afterRender", () => focusNow(target)));
}

/**
 * Says what happened in the shared live region, and moves the focus to what
 * changed (see `moveFocus`). The same words twice still change the text, so
 * they are read again.
 */
export function announce(message: string, focus?: FocusTarget) {
  const region = announcer();
  if (region && message) {
    const same = region.textContent?.replace(/\u00a0$/, "") === message;
    region.textContent =
      same && !region.textContent?.endsWith("\u00a0")
        ? `${message}\u00a0`
        : message;
  }
  moveFocus(focus);
}

/** What was last said (for tests). */
export function lastAnnouncement(): string {
  return (announcer()?.textContent ?? "").replace(/\u00a0$/, "");
}

let arrival: string | null = null;

/**
 * For a link to another page: what to say once it has arrived. The page
 * calls `arrived` with its main heading, which then takes the focus (the
 * element that had it went away with the old page).
 */
export function announceArrival(message: string) {
  arrival = message;
}

export function arrived(focus: FocusTarget) {
  if (arrival !== null) {
    announce(arrival, focus);
    arrival = null;
  }
}

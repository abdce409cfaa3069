import { i18n } from "discourse-i18n";
import { failureKind, failureText, httpStatus, mayRetry } from "./failure";

/**
 * What a page shows when it could not load: who may not see it, that it is
 * not there, or that loading failed and trying again may help. Never "this
 * page is for mediators" for a network failure.
 */
export interface Refused {
  refused: string;
  /** A heading of its own; otherwise the page's "not for you" heading. */
  title?: string;
  retry: boolean;
}

/** `noAccessKey`: what a 403 says on this page (the mediators' pages by default). */
export async function orRefused<T>(
  load: () => Promise<T>,
  noAccessKey = "discourse_mediation.not_for_you"
): Promise<T | Refused> {
  try {
    return await load();
  } catch (error) {
    return refusal(error, noAccessKey);
  }
}

// A page's 403 and 404 say it in the page's words, whatever Discourse's
// InvalidAccess or NotFound sent along.
export function refusal(
  error: unknown,
  noAccessKey = "discourse_mediation.not_for_you"
): Refused {
  const status = httpStatus(error);
  if (status === 403) {
    return { refused: i18n(noAccessKey), retry: false };
  }
  if (status === 404) {
    return {
      refused: i18n("discourse_mediation.failure.not_found"),
      title: i18n("discourse_mediation.failure.not_found_title"),
      retry: false,
    };
  }
  switch (failureKind(error)) {
    case "refused":
      return { refused: failureText(error), retry: false };
    default:
      return {
        refused: failureText(error),
        title: i18n("discourse_mediation.failure.load_title"),
        retry: mayRetry(error),
      };
  }
}

export function isRefused(model: unknown): model is Refused {
  return typeof model === "object" && model !== null && "refused" in model;
}

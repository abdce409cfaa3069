import { extractError } from "discourse/lib/ajax-error";
import { i18n } from "discourse-i18n";

/** A line telling the user how their last action went. */
export interface Notice {
  type: "success" | "error";
  text: string;
}

/** The server's refusal in its own words, or a plain "that did not work". */
export function errorText(
  error: unknown,
  fallbackKey = "discourse_mediation.generic_error"
): string {
  return extractError(error, i18n(fallbackKey)) as string;
}

export function errorNotice(error: unknown, fallbackKey?: string): Notice {
  return { type: "error", text: errorText(error, fallbackKey) };
}

export function successNotice(key: string, options?: object): Notice {
  return { type: "success", text: i18n(key, options) };
}

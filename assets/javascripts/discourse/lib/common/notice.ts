import { i18n } from "discourse-i18n";
import { failureText } from "./failure";

/** A line telling the user how their last action went. */
export interface Notice {
  type: "success" | "error";
  text: string;
}

/** The server's refusal in its own words, or a plain sentence for what failed. */
export function errorText(
  error: unknown,
  fallbackKey = "discourse_mediation.generic_error"
): string {
  return failureText(error, fallbackKey);
}

export function errorNotice(error: unknown, fallbackKey?: string): Notice {
  return { type: "error", text: errorText(error, fallbackKey) };
}

export function successNotice(key: string, options?: object): Notice {
  return { type: "success", text: i18n(key, options) };
}

import { i18n } from "discourse-i18n";
import { failureText } from "./failure";

/** A line telling the user how their last action went. */
export interface Notice {
  type: "success" | "error";
  text: string;
}

export function errorNotice(error: unknown, fallbackKey?: string): Notice {
  return { type: "error", text: failureText(error, fallbackKey) };
}

export function successNotice(key: string, options?: object): Notice {
  return { type: "success", text: i18n(key, options) };
}

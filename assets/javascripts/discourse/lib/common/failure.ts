import { i18n } from "discourse-i18n";

/**
 * What went wrong with a request, from what Discourse's `ajax` rejects with
 * (`{ jqXHR, textStatus, errorThrown }`):
 * - `refused`: the server answered with its own sentences (`errors`);
 * - `no_access` (403) and `not_found` (404) without them;
 * - `network`: no answer at all (offline, timed out: status 0);
 * - `server`: the server failed (5xx without sentences);
 * - `unknown`: anything else, including errors thrown in our own code.
 */
export type FailureKind =
  | "refused"
  | "no_access"
  | "not_found"
  | "network"
  | "server"
  | "unknown";

interface AjaxRejection {
  jqXHR?: { status?: number; responseJSON?: { errors?: unknown } };
  textStatus?: string;
}

function jqXHR(error: unknown) {
  return typeof error === "object" && error !== null
    ? (error as AjaxRejection).jqXHR
    : undefined;
}

export function httpStatus(error: unknown): number | null {
  return jqXHR(error)?.status ?? null;
}

/** The server's own sentences, in its words, or null when it sent none. */
export function serverWords(error: unknown): string | null {
  const errors = jqXHR(error)?.responseJSON?.errors;
  if (!Array.isArray(errors)) {
    return null;
  }
  const words = errors.filter(
    (e): e is string => typeof e === "string" && e.trim() !== ""
  );
  return words.length ? words.join(" ") : null;
}

export function failureKind(error: unknown): FailureKind {
  const response = jqXHR(error);
  if (!response) {
    return "unknown";
  }
  if (serverWords(error)) {
    return "refused";
  }
  const status = response.status ?? 0;
  if (status === 0) {
    return "network";
  }
  if (status === 403) {
    return "no_access";
  }
  if (status === 404) {
    return "not_found";
  }
  return status >= 500 ? "server" : "unknown";
}

const SENTENCE: Partial<Record<FailureKind, string>> = {
  network: "discourse_mediation.failure.network",
  server: "discourse_mediation.failure.server",
  not_found: "discourse_mediation.failure.not_found",
  no_access: "discourse_mediation.failure.no_access",
};

/**
 * What to tell the user: the server's refusal in its own words, a plain
 * sentence for each kind of failure, or the feature's own fallback. Never
 * Discourse's "An error occurred: ..." wrapper or a bare "500".
 */
export function failureText(
  error: unknown,
  fallbackKey = "discourse_mediation.generic_error"
): string {
  const words = serverWords(error);
  if (words) {
    return words;
  }
  const key = SENTENCE[failureKind(error)] ?? fallbackKey;
  return i18n(key);
}

/** Whether trying again may help: the network or the server failed. */
export function mayRetry(error: unknown): boolean {
  return ["network", "server"].includes(failureKind(error));
}

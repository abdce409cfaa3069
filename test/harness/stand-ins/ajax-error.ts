// Mirrors discourse/discourse frontend/discourse/app/lib/ajax-error.js
// (extractErrorInfo): one server error is wrapped as "An error occurred: X",
// several as "Multiple errors occurred: 1) X 2) Y", then `error`, `message` or
// `failed` from the JSON, then "<status> <statusText>" for any status >= 400,
// then the default. Core's English for its own keys is written out here; the
// plugin's translations do not carry them.
import type { extractError as discourseExtractError } from "discourse/lib/ajax-error";

interface ResponseJSON {
  errors?: string[];
  error?: string;
  message?: string;
  failed?: string;
}

interface Rejection {
  jqXHR?: Rejection;
  status?: number;
  statusText?: string;
  responseJSON?: ResponseJSON;
}

function parsedError(json: ResponseJSON | undefined): string | undefined {
  if (!json) {
    return undefined;
  }
  if (json.errors && json.errors.length > 1) {
    const errors = json.errors.map((e, i) => `${i + 1}) ${e}`).join(" ");
    return `Multiple errors occurred: ${errors}`;
  }
  if (json.errors && json.errors.length > 0) {
    return `An error occurred: ${json.errors[0]}`;
  }
  return json.error || json.message || json.failed || undefined;
}

export const extractError: typeof discourseExtractError = (
  error: Rejection,
  defaultMessage?: string
) => {
  const response = error?.jqXHR ?? error ?? {};
  let message = parsedError(response.responseJSON);
  if (!message && response.status && response.status >= 400) {
    message = `${response.status} ${response.statusText}`;
  }
  return message || defaultMessage || "Sorry, an error has occurred.";
};

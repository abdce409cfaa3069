import type { extractError as discourseExtractError } from "discourse/lib/ajax-error";

interface ErrorWithBody {
  jqXHR?: { responseJSON?: { errors?: string[] } };
}

export const extractError: typeof discourseExtractError = (
  error: ErrorWithBody,
  defaultMessage: string
) => {
  const errors = error?.jqXHR?.responseJSON?.errors;
  return errors?.length ? errors.join("\n") : defaultMessage;
};

import { i18n } from "discourse-i18n";
import { failureText, httpStatus, serverWords } from "../common/failure";

interface UploadRefusal {
  jqXHR?: { responseJSON?: { message?: unknown } };
}

/**
 * Why core refused a file, in its words: UploadsController answers 422 with
 * `errors` (the file's type or size) or with a single `message` when the
 * upload failed on its way in; otherwise the plugin's usual sentences.
 */
export function uploadFailureText(error: unknown): string {
  const message = (error as UploadRefusal | null)?.jqXHR?.responseJSON?.message;
  if (!serverWords(error) && typeof message === "string" && message.trim()) {
    return message.trim();
  }
  return httpStatus(error) === 413
    ? i18n("discourse_mediation.evidence.file_refused_size")
    : failureText(error, "discourse_mediation.evidence.upload_failed");
}

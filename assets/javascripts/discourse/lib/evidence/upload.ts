import { mediationApi } from "../mediation-api";
import type { EvidenceDraft } from "./draft";
import { uploadFailureText } from "./upload-failure";

/**
 * Sends the draft's file to the forum and adds it to the list once it has
 * arrived. Answers null, or the words for why it was not added (the file
 * stays chosen, to try again).
 */
export async function uploadDraftFile(
  draft: EvidenceDraft
): Promise<string | null> {
  const file = draft.file;
  if (!file || draft.isUploading) {
    return null;
  }
  draft.isUploading = true;
  try {
    const upload = await mediationApi.uploadEvidenceFile(file);
    draft.add(upload, file.name);
    return null;
  } catch (error) {
    return uploadFailureText(error);
  } finally {
    draft.isUploading = false;
  }
}

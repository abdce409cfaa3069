import { action } from "@ember/object";
import { i18n } from "discourse-i18n";
import { announce } from "../common/announce";
import { clearFieldError } from "../common/field-error";
import type { EvidenceKind, EvidenceLimits } from "../types/index";
import { EVIDENCE_FIELD, type EvidenceDraft, type FieldProblem } from "./draft";
import { siteUploadRules } from "./upload-rules";

/**
 * What the fields of the piece being written do as they are used, shared by
 * every form that takes evidence: each change clears its field's error, and
 * a file goes with the kind it was chosen for.
 */
export class EvidenceEntryHandlers {
  /** Cleared once its file is taken: a file input cannot be set from the draft. */
  #fileInput: HTMLInputElement | null = null;

  readonly #draftOf: () => EvidenceDraft;

  /** `draftOf` gives the draft now: a component's may come from its args. */
  constructor(draftOf: () => EvidenceDraft) {
    this.#draftOf = draftOf;
  }

  get draft() {
    return this.#draftOf();
  }

  @action
  chooseKind(kind: EvidenceKind) {
    this.draft.kind = kind;
    // The file field goes with its kind; a file chosen in it goes too.
    this.draft.file = null;
    clearFieldError();
  }

  @action
  updateUrl(event: Event) {
    this.draft.url = (event.target as HTMLInputElement).value;
    clearFieldError(EVIDENCE_FIELD.link);
  }

  @action
  updateQuote(event: Event) {
    this.draft.quote = (event.target as HTMLTextAreaElement).value;
    clearFieldError(EVIDENCE_FIELD.quote);
  }

  @action
  chooseFile(event: Event) {
    this.#fileInput = event.target as HTMLInputElement;
    this.draft.file = this.#fileInput.files?.[0] ?? null;
    clearFieldError();
  }

  @action
  updateNote(event: Event) {
    this.draft.note = (event.target as HTMLTextAreaElement).value;
    clearFieldError(EVIDENCE_FIELD.note);
  }

  /**
   * What stops the piece being written, a file checked against the forum's
   * file rules (`context` has the owner to read them from), or null.
   */
  problem(context: object, limits: EvidenceLimits): FieldProblem | null {
    return this.draft.entryProblem(limits, siteUploadRules(context, limits));
  }

  /** Says a file is on its way; the focus stays on the file field. */
  announceUpload() {
    announce(
      i18n("discourse_mediation.evidence.uploading"),
      `#${EVIDENCE_FIELD.upload}`
    );
  }

  /** The file has gone into a piece: the field shows none any more. */
  fileTaken() {
    if (this.#fileInput) {
      this.#fileInput.value = "";
    }
  }
}

import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import type {
  EvidenceKind,
  EvidenceLimits,
  NewEvidence,
  UploadedFile,
} from "../types/index";
import { linkProblem, noteProblem, quoteProblem } from "./checks";
import { fileProblem, type UploadRules, uploadRules } from "./upload-rules";

export type { UploadedFile } from "../types/index";

/** The ids of the evidence fields, which their errors are shown beside. */
export const EVIDENCE_FIELD = {
  link: "mediation-evidence-url",
  quote: "mediation-evidence-quote",
  upload: "mediation-evidence-file",
  note: "mediation-evidence-note",
} as const;

/** A piece added to the list, not yet sent. */
export interface EvidencePiece {
  /** Only tells the pieces apart in the list. */
  key: number;
  kind: EvidenceKind;
  url: string;
  quote: string;
  upload: UploadedFile | null;
  /**
   * The file's own name, for the member's list only: the upload itself is
   * sent under a plain name, as its name reaches the person concerned.
   */
  fileName: string;
  note: string;
}

/** A problem, the field it is about, and where the focus goes if not there. */
export type FieldProblem = [fieldId: string, text: string, focus?: string[]];

/**
 * The evidence a form gathers: the pieces added so far, and the one being
 * written (its kind, link, quote or file, and note). What was typed stays
 * when the server refuses the form.
 */
export class EvidenceDraft {
  @tracked pieces: EvidencePiece[] = [];
  @tracked kind: EvidenceKind = "link";
  @tracked url = "";
  @tracked quote = "";
  @tracked note = "";
  @tracked file: File | null = null;
  /** A file is on its way to the forum; it joins the list when it arrives. */
  @tracked isUploading = false;
  #nextKey = 1;

  /** The field the piece being written is typed in. */
  get entryField(): string {
    return EVIDENCE_FIELD[this.kind];
  }

  /** Something is written (a note counts) that is not in the list yet. */
  get hasEntry(): boolean {
    return this.#hasValue() || Boolean(this.note.trim());
  }

  /** The link, quote or file of the chosen kind is filled in. */
  #hasValue(): boolean {
    const value = { link: this.url, quote: this.quote, upload: this.file }[
      this.kind
    ];
    return Boolean(typeof value === "string" ? value.trim() : value);
  }

  isFull(limits: EvidenceLimits): boolean {
    return this.pieces.length >= limits.evidence;
  }

  /**
   * What stops the piece being written from joining the list, or null. A file
   * is checked against `rules` (core's, see upload-rules), else the plugin's
   * size limit alone.
   */
  entryProblem(
    limits: EvidenceLimits,
    rules: UploadRules = uploadRules(limits, null)
  ): FieldProblem | null {
    if (this.isFull(limits)) {
      const count = limits.evidence;
      return [
        this.entryField,
        i18n("discourse_mediation.evidence.full", { count }),
      ];
    }
    const problem = {
      link: () => linkProblem(this.url, limits),
      quote: () => quoteProblem(this.quote, limits),
      upload: () => fileProblem(this.file, rules),
    }[this.kind]();
    if (problem) {
      return [this.entryField, problem];
    }
    const note = noteProblem(this.note, limits);
    return note ? [EVIDENCE_FIELD.note, note] : null;
  }

  /**
   * A piece written but not added would be lost on sending, and a file on
   * its way is not in the list yet: the form asks to add the piece, clear
   * it, or wait for the file first.
   */
  unaddedProblem(): FieldProblem | null {
    if (this.isUploading) {
      return [
        EVIDENCE_FIELD.upload,
        i18n("discourse_mediation.evidence.wait_for_file"),
      ];
    }
    if (!this.hasEntry) {
      return null;
    }
    const field = this.#hasValue() ? this.entryField : EVIDENCE_FIELD.note;
    return [field, i18n("discourse_mediation.evidence.not_added")];
  }

  /**
   * Adds the piece being written (checked with `entryProblem` first), or the
   * file once uploaded, whatever kind was chosen in the meantime.
   */
  add(upload: UploadedFile | null = null, fileName = "") {
    const kind = upload ? "upload" : this.kind;
    const piece: EvidencePiece = {
      key: this.#nextKey++,
      kind,
      url: kind === "link" ? this.url.trim() : "",
      quote: kind === "quote" ? this.quote.trim() : "",
      upload,
      fileName,
      note: this.note.trim(),
    };
    this.pieces = [...this.pieces, piece];
    // Only what went into the piece: anything typed for another kind stays.
    if (kind === "link") {
      this.url = "";
    } else if (kind === "quote") {
      this.quote = "";
    } else {
      this.file = null;
    }
    this.note = "";
  }

  remove(piece: EvidencePiece) {
    this.pieces = this.pieces.filter((p) => p.key !== piece.key);
  }

  /** The pieces as the server takes them. */
  get evidence(): NewEvidence[] {
    return this.pieces.map((piece) => newEvidence(piece));
  }
}

export function newEvidence(piece: EvidencePiece): NewEvidence {
  const note = piece.note ? { note: piece.note } : {};
  switch (piece.kind) {
    case "link":
      return { kind: "link", url: piece.url, ...note };
    case "quote":
      return { kind: "quote", quote: piece.quote, ...note };
    case "upload":
      return { kind: "upload", upload_id: piece.upload?.id, ...note };
  }
}

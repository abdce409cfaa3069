import { i18n } from "discourse-i18n";
import { formatDateTime, formatDay } from "../common/age";
import { authorName } from "../common/author-name";
import { fileSize } from "../evidence/checks";
import {
  type EvidenceDraft,
  newEvidence,
  type UploadedFile,
} from "../evidence/draft";
import { EVIDENCE_KIND_LABEL } from "../evidence/kinds";
import type {
  EvidenceKind,
  MediationCaseDetail,
  MediationEvidence,
  NewEvidence,
} from "../types/index";

const SCOPE = "discourse_mediation.case.evidence";

/** A kind of evidence within a sentence: "a link", "a quote", "a file". */
export const EVIDENCE_KIND_WORDS: Record<EvidenceKind, string> = {
  link: `${SCOPE}.kind_words.link`,
  quote: `${SCOPE}.kind_words.quote`,
  upload: `${SCOPE}.kind_words.upload`,
};

/** The case page's title and its line saying where and when, outside the forum. */
export function elsewhereHeading(mediationCase: MediationCaseDetail) {
  const conduct = mediationCase.conduct_elsewhere;
  if (!conduct) {
    return null;
  }
  return {
    title: i18n("discourse_mediation.elsewhere_case.title", {
      where: conduct.where,
    }),
    when: i18n("discourse_mediation.elsewhere_case.happened_on", {
      date: formatDay(conduct.happened_on),
    }),
  };
}

/**
 * Who gave a piece: the mediator who added it, or the member whose request
 * brought it when they agreed to be named; otherwise "a member". Nobody
 * named and not from a request: whoever added it has since left.
 */
function givenBy(piece: MediationEvidence): string {
  const date = formatDateTime(piece.created_at);
  if (!piece.added_by && !piece.from_request) {
    return i18n(`${SCOPE}.added_by_former`, { date });
  }
  const name = piece.added_by
    ? authorName(piece.added_by)
    : i18n("discourse_mediation.a_member");
  return i18n(
    piece.from_request ? `${SCOPE}.from_request` : `${SCOPE}.added_by`,
    { name, date }
  );
}

/**
 * A file by its type and size: it was uploaded under a plain name (so that
 * its own name never reaches the person concerned), which says nothing.
 */
function fileName(piece: MediationEvidence): string {
  const upload = piece.upload;
  const name = i18n(`${SCOPE}.file_name`, {
    extension: upload?.extension ?? "",
  });
  return upload ? `${name}, ${fileSize(upload.filesize)}` : name;
}

// Long enough to tell quotes apart, short enough for a button's name.
const QUOTE_IN_LABEL = 40;

/** The Remove button's name: which piece it removes, in a few words. */
function removeLabel(piece: MediationEvidence): string {
  switch (piece.kind) {
    case "link":
      return i18n(`${SCOPE}.remove_link`, { url: piece.url ?? "" });
    case "quote": {
      const quote = (piece.quote ?? "").trim();
      const start =
        quote.length > QUOTE_IN_LABEL
          ? `${quote.slice(0, QUOTE_IN_LABEL).trimEnd()}…`
          : quote;
      return i18n(`${SCOPE}.remove_quote`, { quote: start });
    }
    case "upload":
      return i18n(`${SCOPE}.remove_file`, {
        extension: piece.upload?.extension ?? "",
      });
  }
}

/** One piece as the case page lists it, every string worked out. */
export interface EvidenceEntry {
  piece: MediationEvidence;
  kind: string;
  givenBy: string;
  /** An upload's name and size. */
  file: string | null;
  removeLabel: string;
}

export function evidenceEntries(pieces: MediationEvidence[]): EvidenceEntry[] {
  return pieces.map((piece) => ({
    piece,
    kind: i18n(EVIDENCE_KIND_LABEL[piece.kind]),
    givenBy: givenBy(piece),
    file: piece.upload ? fileName(piece) : null,
    removeLabel: removeLabel(piece),
  }));
}

/**
 * The piece being written, as the server takes it; an upload names the file
 * already sent. The draft keeps what was typed until the server accepts it.
 */
export function pieceToSend(
  draft: EvidenceDraft,
  upload: UploadedFile | null
): NewEvidence {
  return newEvidence({
    key: 0,
    kind: draft.kind,
    url: draft.url.trim(),
    quote: draft.quote.trim(),
    upload,
    fileName: "",
    note: draft.note.trim(),
  });
}

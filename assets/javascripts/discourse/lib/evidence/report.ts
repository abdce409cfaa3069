import getURL from "discourse/lib/get-url";
import { i18n } from "discourse-i18n";
import { formatDay } from "../common/age";
import type { CaseReportEvidence, ConductElsewhere } from "../types/index";
import { fileSize } from "./checks";

/** One piece of evidence as the report shows it. */
export interface EvidenceRow {
  kind: CaseReportEvidence["kind"];
  /** A link's address, or a file's. */
  href: string | null;
  /** A link that leaves the forum says so. */
  leavesForum: boolean;
  quote: string | null;
  /** With an image: its address and its alternative text. */
  image: { src: string; alt: string } | null;
  /** With another file: "PDF file, 1.2 MB". */
  fileText: string | null;
  note: string;
}

function isElsewhere(url: string, origin: string): boolean {
  try {
    return new URL(url, origin).origin !== origin;
  } catch {
    return true;
  }
}

/** The pieces a report cites, ready to show; `origin` is the forum's. */
export function evidenceRows(
  evidence: CaseReportEvidence[],
  origin: string
): EvidenceRow[] {
  return evidence.map((piece) => {
    const upload = piece.upload;
    const size = upload ? fileSize(upload.filesize) : "";
    const extension = upload?.extension.toUpperCase() ?? "";
    return {
      kind: piece.kind,
      href: upload ? getURL(upload.url) : piece.url,
      leavesForum: piece.url !== null && isElsewhere(piece.url, origin),
      quote: piece.quote,
      image: upload?.image
        ? {
            src: getURL(upload.url),
            alt: i18n("discourse_mediation.evidence.image_alt", {
              extension,
              size,
            }),
          }
        : null,
      fileText:
        upload && !upload.image
          ? i18n("discourse_mediation.evidence.file_link", { extension, size })
          : null,
      note: piece.note,
    };
  });
}

/** "Outside the forum: the project chat, on 20 Nov 2026." */
export function conductSentence(conduct: ConductElsewhere): string {
  return i18n("discourse_mediation.evidence.where_when", {
    where: conduct.where,
    date: formatDay(conduct.happened_on),
  });
}

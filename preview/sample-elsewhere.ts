// Conduct outside the forum in the sample cases, as the server keeps it:
// where and when, and the evidence (preview/sample-evidence.ts derives the
// JSON and answers adding and removing a piece).
import defaults from "virtual:mediation-settings";
import type {
  EvidenceKind,
  EvidenceLimits,
  EvidenceUpload,
  MediationUser,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { BOB, NOOR, YOU } from "./sample-people";

/** Limits.for_evidence: Rules::Case::Evidence's, and the setting's default. */
export const EVIDENCE_LIMITS: EvidenceLimits = {
  evidence: 20,
  evidence_note: 1000,
  evidence_quote: 5000,
  evidence_link: 2000,
  evidence_upload_kb: defaults.mediation_evidence_max_upload_kb as number,
  conduct_where: 100,
  case_note: 5000,
};

export interface SampleElsewhere {
  where: string;
  /** Days before the case opened that it happened. */
  daysBefore: number;
  /** Opened from the queue by its mediator, rather than by a member's request. */
  openedByMediator: boolean;
}

export interface SampleEvidence {
  id: number;
  kind: EvidenceKind;
  url: string | null;
  quote: string | null;
  upload: EvidenceUpload | null;
  originalFilename: string | null;
  note: string;
  /** Null for a member who did not agree to be named. */
  addedBy: MediationUser | null;
  fromRequest: boolean;
  /** Hours after the case opened. */
  after: number;
}

// Three chat bubbles, for the image given as evidence.
const CHAT_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="#f4f4f4"/><rect x="16" y="16" width="190" height="36" rx="12" fill="#d8e6f3"/><rect x="114" y="68" width="190" height="36" rx="12" fill="#e6e6e6"/><rect x="16" y="120" width="230" height="36" rx="12" fill="#d8e6f3"/></svg>'
)}`;

/** The server's title for a case with no topic. */
export function elsewhereTitle(where: string) {
  return `Outside the forum: ${where}`;
}

const piece = (
  id: number,
  kind: EvidenceKind,
  fields: Partial<SampleEvidence>
): SampleEvidence => ({
  id,
  kind,
  url: null,
  quote: null,
  upload: null,
  originalFilename: null,
  note: "",
  addedBy: YOU,
  fromRequest: false,
  after: 4,
  ...fields,
});

/** A code review: Bob asked and gave a link and a quote; you added the chat. */
export const CASE_50 = {
  where: "Review of pull request 4121",
  daysBefore: 1,
  openedByMediator: false,
};

export const CASE_50_EVIDENCE: SampleEvidence[] = [
  piece(1, "link", {
    url: "https://git.example.org/project/pull/4121#discussion_r2",
    note: "The review comment, on the first line of my patch.",
    addedBy: BOB,
    fromRequest: true,
    after: 0,
  }),
  piece(2, "quote", {
    quote:
      "Nobody competent would have sent this. Go back to the tutorials before wasting reviewers' time.",
    note: "Written under the patch, in front of two other newcomers.",
    addedBy: BOB,
    fromRequest: true,
    after: 0,
  }),
  piece(3, "upload", {
    upload: {
      url: CHAT_IMAGE,
      extension: "png",
      filesize: 84_000,
      image: true,
    },
    originalFilename: "evidence.png",
    note: "The chat that evening, where it went on.",
  }),
];

/** Reported to you at a meetup: you opened it from the queue. */
export const CASE_51 = {
  where: "Contributor meetup, Lyon",
  daysBefore: 3,
  openedByMediator: true,
};

export const CASE_51_EVIDENCE: SampleEvidence[] = [
  piece(4, "link", {
    url: "https://lists.example.org/archives/dev/2026-11/msg00042.html",
    note: "The apology asked for on the mailing list, and the answer.",
    after: 1,
  }),
  piece(5, "quote", {
    quote:
      "You should all be grateful I still come to these things at all, given how little you contribute.",
    note: "As three attendees told it to me, in the same words.",
    addedBy: NOOR,
    after: 26,
  }),
];

/** A chat, asked about urgently by a member who stays unnamed; now voted on. */
export const CASE_52 = {
  where: "Project chat, #packaging",
  daysBefore: 2,
  openedByMediator: false,
};

export const CASE_52_EVIDENCE: SampleEvidence[] = [
  piece(6, "quote", {
    quote: "If you open one more issue about this I will find where you live.",
    note: "Sent after the third packaging issue.",
    addedBy: null,
    fromRequest: true,
    after: 0,
  }),
  piece(7, "upload", {
    upload: {
      url: "/uploads/sample/chat-export.pdf",
      extension: "pdf",
      filesize: 312_000,
      image: false,
    },
    originalFilename: "evidence.pdf",
    note: "The whole evening's chat, exported.",
    addedBy: null,
    fromRequest: true,
    after: 0,
  }),
];

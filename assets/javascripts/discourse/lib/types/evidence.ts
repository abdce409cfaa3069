// Conduct outside the forum: where and when it happened, and its evidence.
// Part of the JSON contract (lib/types/index.ts).

import type { MediationUser } from "./shared";

export type EvidenceKind = "link" | "quote" | "upload";

/** Where and when conduct outside the forum happened. */
export interface ConductElsewhere {
  /** In the asker's or mediator's words, e.g. "Review of pull request 4121". */
  where: string;
  /** The day it happened, "YYYY-MM-DD"; never in the future. */
  happened_on: string;
}

/** An upload as evidence shows it; never who uploaded it. */
export interface EvidenceUpload {
  /** Relative to the forum, e.g. "/uploads/default/original/1X/abc.png". */
  url: string;
  /** Lower case, without the dot: "png", "pdf". */
  extension: string;
  /** In bytes. */
  filesize: number;
  /** Shown as an image when true. */
  image: boolean;
}

/** One piece of evidence as the report cites it: the same for everyone who reads the report. */
export interface CaseReportEvidence {
  kind: EvidenceKind;
  /** With `link`: an http(s) address outside or inside the forum. */
  url: string | null;
  /** With `quote`: plain text, as given. */
  quote: string | null;
  /** With `upload`. */
  upload: EvidenceUpload | null;
  /** Why it matters; may be empty. */
  note: string;
}

/** One piece of evidence on the case page, for the mediators and staff. */
export interface MediationEvidence extends CaseReportEvidence {
  id: number;
  /** Null when a member gave it and did not agree to be named, or their account is gone. */
  added_by: MediationUser | null;
  /** Given with a member's request rather than added by a mediator. */
  from_request: boolean;
  created_at: string;
  /** The upload's own name, for the mediators only. */
  original_filename: string | null;
}

/** A piece of evidence as a form sends it. */
export interface NewEvidence {
  kind: EvidenceKind;
  url?: string;
  quote?: string;
  upload_id?: number;
  note?: string;
}

/** Sent to POST /mediation/help-requests/elsewhere.json by a member. */
export interface NewElsewhereHelpRequest {
  subject_username: string;
  where: string;
  happened_on: string;
  kind: "deescalate" | "unsafe" | "breaks_list" | "other";
  /** What happened: required here, since there is no post to read. */
  message: string;
  consent_to_be_named: boolean;
  behaviour_key?: string;
  evidence: NewEvidence[];
}

/** Sent to POST /mediation/cases/elsewhere.json by a mediator; answered with `{ case_id }`. */
export interface NewElsewhereCase {
  subject_username: string;
  where: string;
  happened_on: string;
  /** What happened, kept as the case's first note (mediators only). */
  summary: string;
  evidence: NewEvidence[];
}

/** The limits the server applies to evidence (`EvidenceLimits`, in CaseLimits and the member's form). */
export interface EvidenceLimits {
  evidence: number;
  evidence_note: number;
  evidence_quote: number;
  evidence_link: number;
  evidence_upload_kb: number;
  conduct_where: number;
  /** What happened, when a mediator opens a case: its first note. */
  case_note: number;
}

/** What core's POST /uploads.json answers (UploadSerializer), as far as it is used. */
export interface UploadedFile {
  id: number;
  url: string;
  original_filename: string;
  filesize: number;
  extension: string;
}

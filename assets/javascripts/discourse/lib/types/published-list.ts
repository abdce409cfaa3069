// The published list, the ladder and the report that cites them. Part of the JSON contract (lib/types/index.ts).

import type { CaseReportEvidence, ConductElsewhere } from "./evidence";

export interface BehaviourVersion {
  version: number;
  title: string;
  description: string;
  created_at: string;
}

/** An item of the published list of actionable behaviours. */
export interface PublishedItem {
  /** Stable for ever, even when the text changes. */
  key: string;
  version: number;
  title: string;
  description: string;
  retired: boolean;
  /** For admins: every version, oldest first. */
  versions?: BehaviourVersion[];
}

export type LadderKind =
  | "no_action"
  | "private_correction"
  | "formal_warning"
  | "coaching"
  | "cool_down"
  | "suspension"
  | "long_suspension";

/** A step of the sanction ladder; every step but No action ends or is reviewed. */
export interface LadderStep {
  key: string;
  kind: LadderKind;
  title: string;
  description: string;
  duration_days: number | null;
  review_days: number | null;
}

/** GET /mediation/published-list.json (and the admins' version). */
export interface PublishedListPage {
  items: PublishedItem[];
  ladder: LadderStep[];
}

export interface NewPublishedItem {
  key: string;
  title: string;
  description: string;
}

/** An item as a report cited it: its text as it was then. */
export interface Citation {
  key: string;
  version: number;
  title: string;
  description: string;
}

export interface ReportDraft {
  what_happened: string;
  mediation_course: string;
  why_unresolved: string;
  cited_keys: string[];
  recommended_keys: string[];
  affected_user_ids: number[];
  /** Notes that the person concerned did not reply: only after a first message that told them. */
  cites_silence: boolean;
}

/** Whether and how the mediator reached the person concerned before escalating. */
export interface CaseContact {
  contacted_at: string | null;
  /** When a first private message told them of the case and what may follow. */
  told_at: string | null;
  /** Why the mediator did not reach them, when they did not. */
  no_contact_reason: string | null;
}

/** A further post the report cites: one attached to the case. */
/** A further post the report cites; url and post_number are null once it is gone. */
export interface CaseReportPost {
  url: string | null;
  topic_title: string;
  post_number: number | null;
  note: string;
}

export interface CaseReport extends ReportDraft {
  submitted_at: string | null;
  citations: Citation[];
  contact: CaseContact;
  /** The posts attached to the case (so far, while a draft). */
  posts: CaseReportPost[];
  /** Conduct outside the forum: where and when, and each piece of evidence. */
  conduct_elsewhere: ConductElsewhere | null;
  evidence: CaseReportEvidence[];
}

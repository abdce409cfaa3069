// The moderators' archive. Part of the JSON contract (lib/types/index.ts).

import type { CaseState } from "./case";

/** GET /mediation/archive.json: ended cases, newest first. */
export interface ArchivedCase {
  id: number;
  state: CaseState;
  topic_title: string;
  /** Null once the record has forgiven them, and for withdrawn or resolved cases. */
  subject_username: string | null;
  /** "private_reminder" for a case resolved with one. */
  resolution: "private_reminder" | null;
  outcome: string | null;
  outcome_title: string | null;
  ended_at: string | null;
  /**
   * The spaces its recommendations to other spaces were for, if any; absent
   * for a reader who may not read the case's recommendations.
   */
  recommended_spaces?: string[];
}

export interface ArchivePage {
  page: number;
  has_more: boolean;
  outcomes: { key: string; title: string }[];
  cases: ArchivedCase[];
}

export interface ArchiveQuery {
  outcome?: string;
  state?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
}

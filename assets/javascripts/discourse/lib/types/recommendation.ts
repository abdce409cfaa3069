// Recommendations to other spaces. Part of the JSON contract (lib/types/index.ts).

import type { MediationUser } from "./shared";

/**
 * What a moderator recommends to the people who run other spaces the person
 * concerned is active in (`Recommendation#as_shown`). The plugin sends
 * nothing outside the forum: it keeps this record.
 */
export interface MediationRecommendation {
  id: number;
  text: string;
  /** Short names: "GitHub repository", "Matrix chat". */
  spaces: string[];
  created_at: string;
  /** The moderator who recorded it; null on the person concerned's own page. */
  created_by: MediationUser | null;
  /** Until when the person concerned may answer it. */
  answer_until: string;
  answer: string | null;
  answered_at: string | null;
  passed_on_at: string | null;
  /** Who passed it on; null on the person concerned's own page. */
  passed_on_by: MediationUser | null;
  /** An appeal lifted the sanction before it was passed on: it never will be. */
  withdrawn: boolean;
}

/** On the case page, for the moderators and the case's mediators. */
export interface CaseRecommendation extends MediationRecommendation {
  /** Answered or its time over, not passed on yet, and a moderator reads it. */
  can_pass_on: boolean;
}

/** On the person concerned's page. */
export interface StatementRecommendation extends MediationRecommendation {
  can_answer: boolean;
}

/** POST /mediation/cases/:id/recommendations */
export interface RecommendParams {
  text: string;
  spaces: string[];
}

// The mediators' queue. Part of the JSON contract (lib/types/index.ts).

import type { CaseState, ConductPlace } from "./case";
import type { EvidenceLimits } from "./evidence";
import type { HelpRequestKind } from "./help-request";
import type { MediationUser } from "./shared";

/** The tabs of the mediators' queue (lib/discourse_mediation/rules/queue_filter.rb). */
export type QueueFilter =
  | "unassigned"
  | "mine"
  | "open"
  | "escalated"
  | "decided"
  | "overdue"
  | "closed";

/** One row of the queue. */
export interface MediationQueueCase {
  id: number;
  state: CaseState;
  urgent: boolean;
  kinds: HelpRequestKind[];
  requests_count: number;
  created_at: string;
  first_response_due_at: string;
  first_response_at: string | null;
  /** Outside the forum, the server's "Outside the forum: …" with where it happened. */
  topic_title: string;
  /** Empty for conduct outside the forum. */
  post_excerpt: string;
  post_url: string | null;
  conduct_place: ConductPlace;
  mediator: MediationUser | null;
  /** The target of a stage carried out by hand: mediating, the report, carrying out. */
  stage_due_at: string | null;
  /** While a request for more time to answer the report waits for a decision. */
  extension_decision_due_at: string | null;
  /** Past that target, or unclaimed past the first-response time. */
  overdue: boolean;
  can_claim: boolean;
}

/** GET /mediation/cases.json?filter=&page= */
export interface MediationQueuePage {
  filter: QueueFilter;
  page: number;
  has_more: boolean;
  counts: Record<QueueFilter, number>;
  /** Tabs whose count is a floor (the Closed tab past 1,000): shown as "1,000+". */
  counts_capped: QueueFilter[];
  cases: MediationQueueCase[];
  /** Staff: links to the archive and the transparency report. */
  can_see_archive: boolean;
  /** For opening a case about conduct outside the forum. */
  evidence_limits: EvidenceLimits;
}

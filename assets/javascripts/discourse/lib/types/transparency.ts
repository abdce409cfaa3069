import type { ConductPlace } from "./case";
// The transparency report. Part of the JSON contract (lib/types/index.ts).

/** A count, or the server's word that it is too small to show. */
export type TransparencyCount = number | "fewer_than_3";

export type TransparencyPeriod = "month" | "quarter";

export interface TransparencyRow {
  period: string;
  requests: TransparencyCount;
  resolved: TransparencyCount;
  escalated: TransparencyCount;
  outcomes: Record<string, TransparencyCount>;
  /** The cases opened in the period, by where the conduct happened. */
  cases_by_place: Record<ConductPlace, TransparencyCount>;
  /** Null when fewer than three cases would make it up. */
  median_first_response_hours: number | null;
  median_days_to_decision: number | null;
}

export interface TransparencyPage {
  period: TransparencyPeriod;
  outcomes: { key: string; title: string }[];
  rows: TransparencyRow[];
  /** When the figures were last counted (every 10 minutes); null before the first count. */
  counted_at: string | null;
  can_publish: boolean;
  publish_category: string | null;
  /** After publishing. */
  published_url?: string;
}

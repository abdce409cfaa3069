// The fixed choices the server accepts, in the order it lists them.

import type { HelpRequestKind } from "./types/help-request";
import type { LadderKind } from "./types/published-list";
import type { QueueFilter } from "./types/queue";

export const HELP_REQUEST_KINDS: readonly HelpRequestKind[] = [
  "deescalate",
  "unsafe",
  "breaks_list",
  "other",
];

export const QUEUE_FILTERS: readonly QueueFilter[] = [
  "unassigned",
  "mine",
  "open",
  "escalated",
  "decided",
  "overdue",
  "closed",
];

export const LADDER_KINDS: readonly LadderKind[] = [
  "no_action",
  "private_correction",
  "formal_warning",
  "coaching",
  "cool_down",
  "suspension",
  "long_suspension",
];

export const ABSTAIN = "abstain";

/** The tab a `?filter=` in the address names, or the first for anything else. */
export function queueFilterFrom(param: string | null | undefined): QueueFilter {
  return QUEUE_FILTERS.find((filter) => filter === param) ?? QUEUE_FILTERS[0];
}

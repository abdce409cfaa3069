import getURL from "discourse/lib/get-url";
import { i18n } from "discourse-i18n";
import { STATE_TEXT } from "../case/text";
import { age, formatDate } from "../common/age";
import {
  responseClock,
  type ResponseClockStatus,
  responseClockText,
} from "../common/response-clock";
import { KIND_TEXT } from "../help-request/kinds";
import type { HelpRequestKind, MediationQueueCase } from "../types";

/** One queue row as it is shown: every string worked out once, up front. */
export interface QueueRow {
  id: number;
  mediationCase: MediationQueueCase;
  url: string;
  title: string;
  excerpt: string;
  urgent: boolean;
  kinds: { kind: HelpRequestKind; label: string }[];
  requestsText: string;
  ageText: string;
  stateText: string;
  mediatorText: string;
  /** Only while the case waits for a mediator, or once one has answered. */
  clock: { status: ResponseClockStatus; text: string } | null;
  /** The target date of a stage carried out by hand, and whether it passed. */
  target: { text: string; overdue: boolean } | null;
  canClaim: boolean;
}

function stageTarget(mediationCase: MediationQueueCase) {
  const dueAt = mediationCase.stage_due_at;
  if (!dueAt) {
    return null;
  }
  const date = formatDate(dueAt);
  return mediationCase.overdue
    ? {
        text: i18n("discourse_mediation.queue.target_passed", { date }),
        overdue: true,
      }
    : {
        text: i18n("discourse_mediation.queue.target_by", { date }),
        overdue: false,
      };
}

export function queueRow(
  mediationCase: MediationQueueCase,
  now: Date
): QueueRow {
  const {
    id,
    kinds,
    mediator,
    state,
    created_at: createdAt,
    first_response_at: firstResponseAt,
  } = mediationCase;
  const showClock = state === "requested" || firstResponseAt;
  const clock = showClock
    ? responseClock(
        createdAt,
        mediationCase.first_response_due_at,
        firstResponseAt,
        now
      )
    : null;

  return {
    id,
    mediationCase,
    url: getURL(`/mediation/cases/${id}`),
    title: mediationCase.topic_title,
    excerpt: mediationCase.post_excerpt,
    urgent: mediationCase.urgent,
    kinds: kinds.map((kind) => ({ kind, label: i18n(KIND_TEXT[kind].label) })),
    requestsText: i18n("discourse_mediation.queue.requests", {
      count: mediationCase.requests_count,
    }),
    ageText: age(createdAt, now),
    stateText: i18n(STATE_TEXT[state]),
    mediatorText: mediator
      ? `@${mediator.username}`
      : i18n("discourse_mediation.queue.nobody_yet"),
    clock: clock && { status: clock.status, text: responseClockText(clock) },
    target: stageTarget(mediationCase),
    canClaim: mediationCase.can_claim,
  };
}

/** The words every row repeats, looked up once for the whole list. */
export function queueRowLabels() {
  return {
    kinds: i18n("discourse_mediation.queue.kinds_label"),
    urgent: i18n("discourse_mediation.queue.urgent"),
    requests: i18n("discourse_mediation.queue.columns.requests"),
    age: i18n("discourse_mediation.queue.columns.age"),
    state: i18n("discourse_mediation.queue.columns.state"),
    mediator: i18n("discourse_mediation.queue.columns.mediator"),
    firstResponse: i18n("discourse_mediation.queue.columns.first_response"),
    target: i18n("discourse_mediation.queue.columns.target"),
    claim: i18n("discourse_mediation.queue.claim"),
  };
}

export type QueueRowLabels = ReturnType<typeof queueRowLabels>;

/**
 * One listener for every row's claim button (`data-claim` names the case),
 * so that a long queue installs no modifier per row.
 */
export function claimOnClick(
  rows: QueueRow[],
  onClaim: (mediationCase: MediationQueueCase) => void
) {
  return (event: MouseEvent) => {
    const target = event.target;
    const button =
      target instanceof Element ? target.closest("button[data-claim]") : null;
    if (!(button instanceof HTMLButtonElement) || button.disabled) {
      return;
    }
    const id = Number(button.dataset.claim);
    const row = rows.find((candidate) => candidate.id === id);
    if (row) {
      onClaim(row.mediationCase);
    }
  };
}

import getURL from "discourse/lib/get-url";
import { i18n } from "discourse-i18n";
import { STATE_TEXT } from "../case/text";
import { age, formatDate } from "../common/age";
import {
  responseClock,
  type ResponseClockStatus,
  responseClockText,
} from "../common/response-clock";
import { kindText } from "../help-request/kinds";
import type { CaseState, HelpRequestKind, MediationQueueCase } from "../types";

/**
 * One queue row as it is shown: every string worked out once, up front.
 * Rows of one list share their kinds and clock objects; none is changed.
 */
export interface QueueRow {
  id: number;
  mediationCase: MediationQueueCase;
  url: string;
  title: string;
  excerpt: string;
  urgent: boolean;
  kinds: { kind: HelpRequestKind; label: string }[];
  /** Urgent or asked for some kind of help: a case a mediator opened is neither. */
  tagged: boolean;
  requestsText: string;
  ageText: string;
  stateText: string;
  mediatorText: string;
  /** Only while the case waits for a mediator, or once one has answered. */
  clock: { status: ResponseClockStatus; text: string } | null;
  /** The date the case waits on (a stage's target, or a decision on more time), and whether it passed. */
  target: { text: string; overdue: boolean } | null;
  canClaim: boolean;
  /** The claim button's name for screen readers, which says which case. */
  claimLabel: string | null;
}

/**
 * The date a row is waiting on: a pending request for more time (decided by
 * moderators or mediators) comes before the stage's own target.
 */
function stageTarget(mediationCase: MediationQueueCase, now: Date) {
  const extensionDue = mediationCase.extension_decision_due_at;
  if (extensionDue) {
    const date = formatDate(extensionDue);
    const overdue = new Date(extensionDue) < now;
    return {
      text: i18n(
        overdue
          ? "discourse_mediation.queue.extension_decision_passed"
          : "discourse_mediation.queue.extension_decide_by",
        { date }
      ),
      overdue,
    };
  }
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

/** `make`, called once per key: for what many rows of one list share. */
function once<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * What rows share, worked out once per list: a long queue repeats the same
 * few kinds, states, counts, mediators and clocks, and would otherwise look
 * them up (and keep a copy of each) a thousand times over.
 */
function sharedParts() {
  return {
    // A case a mediator opened has no request, so no kind.
    // Keyed by the place too: conduct elsewhere has its own words for a kind.
    kinds: once((key: string) => {
      const [place, ...kinds] = key.split(" ") as [
        string,
        ...HelpRequestKind[],
      ];
      return kinds.map((kind) => ({
        kind,
        label: i18n(kindText(kind, place === "elsewhere").label),
      }));
    }),
    requests: once((count: number) =>
      count === 0
        ? i18n("discourse_mediation.queue.opened_by_mediator")
        : i18n("discourse_mediation.queue.requests", { count })
    ),
    state: once((state: CaseState) => i18n(STATE_TEXT[state])),
    mediator: once((username: string | null) =>
      username === null
        ? i18n("discourse_mediation.queue.nobody_yet")
        : `@${username}`
    ),
    clock: once((status: ResponseClockStatus) =>
      once((hours: number) => ({
        status,
        text: responseClockText({ status, hours }),
      }))
    ),
  };
}

function queueRow(
  mediationCase: MediationQueueCase,
  now: Date,
  shared: ReturnType<typeof sharedParts>
): QueueRow {
  const {
    id,
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
    kinds: shared.kinds(
      [mediationCase.conduct_place, ...mediationCase.kinds].join(" ")
    ),
    tagged: mediationCase.urgent || mediationCase.kinds.length > 0,
    requestsText: shared.requests(mediationCase.requests_count),
    ageText: age(createdAt, now),
    stateText: shared.state(state),
    mediatorText: shared.mediator(mediationCase.mediator?.username ?? null),
    clock: clock && shared.clock(clock.status)(clock.hours),
    target: stageTarget(mediationCase, now),
    canClaim: mediationCase.can_claim,
    claimLabel: mediationCase.can_claim
      ? i18n("discourse_mediation.queue.claim_case", {
          title: mediationCase.topic_title,
        })
      : null,
  };
}

/** The rows of one list, in one pass over its cases. */
export function queueRows(cases: MediationQueueCase[], now: Date): QueueRow[] {
  const shared = sharedParts();
  return cases.map((mediationCase) => queueRow(mediationCase, now, shared));
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
 * One listener for every row's claim button (the row's `data-case-id` names
 * the case), so that a long queue installs no modifier per row.
 */
export function claimOnClick(
  rows: QueueRow[],
  onClaim: (mediationCase: MediationQueueCase) => void
) {
  return (event: MouseEvent) => {
    const target = event.target;
    const button =
      target instanceof Element
        ? target.closest("button.mediation-queue__claim")
        : null;
    if (!(button instanceof HTMLButtonElement) || button.disabled) {
      return;
    }
    const id = Number(
      button.closest<HTMLElement>("[data-case-id]")?.dataset.caseId
    );
    const row = rows.find((candidate) => candidate.id === id);
    if (row) {
      onClaim(row.mediationCase);
    }
  };
}

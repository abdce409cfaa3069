// What the lifecycle can produce, checked on each case page the preview's
// scripted server answers (preview/check-views.ts): dates in the order the
// steps are taken, windows, targets and sanctions of the settings' and the
// ladder's length, the state its dates give, and the queue, the history and
// "what happens next" telling it alike. Each check reads the pages only,
// never the samples' records.
import type {
  BallotState,
  MediationCaseDetail,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { checkRecommendations } from "./check-recommendations";
import type { Views } from "./check-views";
import { elsewhereTitle } from "./sample-elsewhere";
import { DAY, HOUR, SETTINGS } from "./sample-timeline";

export type Problem = (message: string) => void;

export const at = (value: string | null | undefined) =>
  value ? Date.parse(value) : null;
export const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);
const ENDED = ["resolved", "withdrawn", "closed", "archived"];

/** The title lists give a case: its topic's, or where it happened outside the forum. */
export function titleOf(detail: MediationCaseDetail | undefined) {
  const elsewhere = detail?.conduct_elsewhere;
  return elsewhere ? elsewhereTitle(elsewhere.where) : detail?.topic?.title;
}

/** The decision ballot of a case, as the staff viewer reads it. */
export function ballotOf(
  views: Views,
  detail: MediationCaseDetail
): BallotState | null {
  return detail.ballot_id === null
    ? null
    : (views.ballots.get(detail.ballot_id) ?? null);
}

/** The dates a case passes through, in the order the lifecycle takes them. */
function checkOrder(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  const now = Date.now();
  const event = (action: string) =>
    at(detail.timeline.find((e) => e.action === action)?.created_at);
  const window = detail.statement_window;
  const ballot = ballotOf(views, detail);
  const closed = (time: number | null) =>
    time !== null && time <= now ? time : null;
  const chain: [string, number | null][] = [
    ["opened", at(detail.created_at)],
    ["claimed", at(detail.first_response_at)],
    ["contacted", at(detail.contact.contacted_at)],
    ["escalated", event("escalate")],
    ["report submitted", at(detail.report?.submitted_at)],
    ["statement window closed", closed(at(window?.closes_at))],
    ["ballot opened", at(ballot?.opens_at)],
    ["ballot closed", closed(at(ballot?.closes_at))],
    ["carried out", event("implement")],
    ["archived", at(detail.outcome_summary?.archived_at)],
  ];
  const reached = chain.filter(
    (entry): entry is [string, number] => entry[1] !== null
  );
  reached.forEach(([name, time], index) => {
    const before = reached[index - 1];
    if (before && time < before[1]) {
      problem(
        `${name} (${new Date(time).toISOString()}) before ${before[0]} (${new Date(before[1]).toISOString()})`
      );
    }
    if (time > now) {
      problem(`${name} is in the future`);
    }
  });
  const ended = at(detail.ended_at);
  if (ENDED.includes(detail.state) !== (ended !== null)) {
    problem(`ended_at ${detail.ended_at} on a case that is ${detail.state}`);
  }
  const before = reached.filter(([name]) => name !== "archived");
  if (ended !== null && before.some(([, time]) => time > ended)) {
    problem("it ended before a step it took");
  }
  const created = at(detail.created_at)!;
  const stamps = [
    ...detail.timeline.map((e) => [`timeline ${e.action}`, e.created_at]),
    ...detail.notes.map((n) => ["a note", n.created_at]),
    ...detail.requesters.map((r) => ["a request", r.created_at]),
    ...detail.statements.map((s) => [`${s.role}'s statement`, s.created_at]),
  ];
  for (const [what, time] of stamps) {
    if (at(time)! < created || at(time)! > now) {
      problem(`${what} dated ${time}, outside the case's life`);
    }
  }
  const times = detail.timeline.map((e) => at(e.created_at)!);
  if (times.some((time, i) => i > 0 && time < times[i - 1])) {
    problem("the timeline is out of order");
  }
  if (
    at(detail.first_response_due_at)! - created !==
    SETTINGS.firstResponseHours * HOUR
  ) {
    problem(
      "the first-response target is not the setting's hours after opening"
    );
  }
}

/** The statement window: its length, its end, and whether it is open. */
function checkWindow(detail: MediationCaseDetail, problem: Problem) {
  const window = detail.statement_window;
  const submitted = at(detail.report?.submitted_at);
  if (!window || submitted === null) {
    if (
      window ||
      ["awaiting_statements", "voting", "decided"].includes(detail.state)
    ) {
      problem("a statement window without a submitted report, or the reverse");
    }
    return;
  }
  const days =
    SETTINGS.statementDays +
    (window.extension_decision === "granted" ? SETTINGS.extensionDays : 0);
  if (at(window.deadline)! - submitted !== days * DAY) {
    problem(
      `a ${(at(window.deadline)! - submitted) / DAY}-day window; the setting gives ${days}`
    );
  }
  const closes = Math.min(
    at(window.deadline)!,
    at(window.waived_at) ?? Infinity
  );
  if (at(window.closes_at) !== closes) {
    problem("the window closes neither at its deadline nor when waived");
  }
  const pending = Boolean(
    window.extension_requested_at && !window.extension_decision
  );
  const due = pending ? at(window.extension_requested_at)! + DAY : null;
  if (at(window.extension_decision_due_at) !== due) {
    problem("the extension's decision target is not a day after the request");
  }
  const held = pending && !window.waived_at;
  const open =
    detail.state === "awaiting_statements" && (held || Date.now() < closes);
  if (window.open !== open) {
    problem(
      `the window says ${window.open ? "open" : "closed"} on a case ${detail.state}`
    );
  }
  const affectedCloses =
    submitted + (SETTINGS.statementDays * DAY * SETTINGS.affectedPercent) / 100;
  for (const statement of detail.statements) {
    const sent = at(statement.created_at)!;
    const late = statement.role === "affected" && sent > affectedCloses;
    if (sent < submitted || sent > closes || late) {
      problem(
        `${statement.user?.username}'s statement sent outside their time`
      );
    }
  }
}

/** Where the case stands against what its dates say. */
function checkState(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  const now = Date.now();
  const ballot = ballotOf(views, detail);
  const held = detail.timeline.some((e) => e.action === "vote_held");
  const submitted = Boolean(detail.report?.submitted_at);
  const expect = (ok: boolean, what: string) =>
    ok || problem(`${detail.state}, yet ${what}`);
  switch (detail.state) {
    case "requested":
      expect(detail.first_response_at === null, "claimed");
      break;
    case "mediating":
      expect(
        detail.first_response_at !== null && !detail.report,
        "not claimed or with a report"
      );
      break;
    case "report_draft":
      expect(Boolean(detail.report) && !submitted, "no draft report");
      break;
    case "awaiting_statements":
      expect(submitted && !ballot, "no submitted report, or a ballot");
      expect(
        Boolean(detail.statement_window?.open) || held,
        "the window closed and the vote not held"
      );
      break;
    case "voting":
      expect(Boolean(ballot?.open), "no open ballot");
      break;
    case "decided":
      expect(
        Boolean(ballot && !ballot.open && detail.implementation),
        "no closed ballot to carry out"
      );
      expect(!detail.outcome_summary, "already carried out");
      break;
    case "closed":
    case "archived": {
      const summary = detail.outcome_summary;
      expect(
        Boolean(ballot && !ballot.open && summary),
        "no decided ballot or outcome"
      );
      const carried = at(
        detail.timeline.find((e) => e.action === "implement")?.created_at
      );
      const archiveAt =
        carried === null ? null : carried + SETTINGS.coolingOffDays * DAY;
      if (detail.state === "archived") {
        expect(
          at(summary?.archived_at) === archiveAt && archiveAt! <= now,
          "not the cooling-off period after closing"
        );
      } else {
        expect(
          !summary?.archived_at && archiveAt !== null && archiveAt > now,
          "past the cooling-off period"
        );
      }
      break;
    }
    default:
      expect(!detail.report && !ballot, "a report or a ballot");
  }
}

/** The outcome carried out against the ballot's, with the step's own terms. */
function checkOutcome(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  const ballot = ballotOf(views, detail);
  const decided = ballot?.results?.outcome;
  if (detail.implementation && detail.implementation.outcome.key !== decided) {
    problem(
      `carries out ${detail.implementation.outcome.key}; the ballot decided ${decided}`
    );
  }
  const summary = detail.outcome_summary;
  if (!summary) {
    return;
  }
  const keys = ballot?.options.map((o) => o.key) ?? [];
  const lenient = keys.indexOf(summary.key) < keys.indexOf(decided ?? "");
  if (summary.key !== decided && !(lenient && summary.change_reason)) {
    problem(`the outcome is ${summary.key}; the ballot decided ${decided}`);
  }
  const step = views.ladder.find((s) => s.key === summary.key);
  const carried = at(
    detail.timeline.find((e) => e.action === "implement")?.created_at
  );
  if (!step || carried === null) {
    problem("an outcome without its step or its carrying out");
    return;
  }
  // Penalty.needs_duration?: coaching ends with its period.
  const timed = [
    "cool_down",
    "suspension",
    "long_suspension",
    "coaching",
  ].includes(step.kind);
  const ends = timed ? carried + step.duration_days! * DAY : null;
  if (at(summary.ends_at) !== ends) {
    problem(
      `a ${step.duration_days}-day ${step.key} ending ${summary.ends_at}`
    );
  }
  if (ends !== null && ends - carried > SETTINGS.maxSanctionDays * DAY) {
    problem("longer than the longest sanction");
  }
  const review = step.review_days ? carried + step.review_days * DAY : null;
  if (at(summary.review_at) !== review) {
    problem(
      `reviewed at ${summary.review_at}, not ${step.review_days} days after`
    );
  }
  const reviewDue =
    step.kind !== "no_action" &&
    review !== null &&
    review <= Date.now() &&
    !summary.review;
  if (detail.available_actions.includes("review") !== reviewDue) {
    problem("the review is offered when it is not due, or the reverse");
  }
}

/** The queue's row, the stage's target, and "what happens next". */
function checkTargets(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  const row = views.rows.get(detail.id);
  const event = (action: string) =>
    at(detail.timeline.find((e) => e.action === action)?.created_at);
  const ballot = ballotOf(views, detail);
  const stages: Record<string, number | null> = {
    mediating: at(detail.first_response_at),
    report_draft: event("escalate"),
    decided: at(ballot?.closes_at),
  };
  const days: Record<string, number> = {
    mediating: SETTINGS.mediatingDays,
    report_draft: SETTINGS.reportDays,
    decided: SETTINGS.carryOutDays,
  };
  const start = stages[detail.state];
  const due =
    start === undefined || start === null
      ? null
      : start + days[detail.state] * DAY;
  const dueAt = due === null ? null : new Date(due).toISOString();
  if (row) {
    for (const key of [
      "state",
      "created_at",
      "first_response_at",
      "topic_title",
    ] as const) {
      if (
        row[key] !== (key === "topic_title" ? titleOf(detail) : detail[key])
      ) {
        problem(`the queue and the case page disagree on ${key}`);
      }
    }
    if (
      row.mediator?.id !== detail.mediator?.id ||
      row.urgent !== detail.urgent
    ) {
      problem(
        "the queue and the case page disagree on its mediator or urgency"
      );
    }
    if (at(row.stage_due_at) !== due) {
      problem(`the stage's target is ${row.stage_due_at}, not ${dueAt}`);
    }
    const decideBy =
      detail.state === "awaiting_statements"
        ? detail.statement_window?.extension_decision_due_at
        : null;
    if (at(row.extension_decision_due_at) !== at(decideBy)) {
      problem(
        "the queue and the case page disagree on when more time is decided"
      );
    }
    const now = Date.now();
    const window = detail.statement_window;
    const overdue =
      detail.state === "requested"
        ? at(row.first_response_due_at)! < now
        : detail.state === "awaiting_statements"
          ? detail.timeline.some((e) => e.action === "vote_held") ||
            (at(window?.extension_decision_due_at) ?? Infinity) < now
          : due !== null && due < now;
    if (row.overdue !== overdue) {
      problem(`the queue says ${row.overdue ? "" : "not "}overdue`);
    }
    if (row.requests_count !== detail.requesters.length) {
      problem("the queue counts other requests than the case page lists");
    }
  }
  const expected: Record<string, [string, string | null | undefined]> = {
    requested: ["mediator_assigned", detail.first_response_due_at],
    mediating: ["mediation", dueAt],
    report_draft: ["report", dueAt],
    awaiting_statements: ["vote_opens", detail.statement_window?.closes_at],
    voting: ["decision", ballot?.closes_at],
    decided: ["implementation", dueAt],
  };
  const next = expected[detail.state];
  if (
    next &&
    (detail.next_step.key !== next[0] || detail.next_step.at !== next[1])
  ) {
    problem(
      `what happens next is ${detail.next_step.key} at ${detail.next_step.at}`
    );
  }
  if (
    detail.next_step.key === "review" &&
    detail.next_step.at !== detail.outcome_summary?.review_at
  ) {
    problem("the next step's review is not the review date");
  }
}

/** The case's history: other cases, as their own pages tell them. */
function checkHistory(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  for (const entry of detail.history) {
    const other = views.details.get(entry.id);
    if (entry.id === detail.id || !other) {
      problem(`its history lists case ${entry.id}`);
      continue;
    }
    const mine = {
      state: other.state,
      title: titleOf(other),
      created: other.created_at,
      ended: other.ended_at,
    };
    if (
      !same(mine, {
        state: entry.state,
        title: entry.topic_title,
        created: entry.created_at,
        ended: entry.ended_at,
      })
    ) {
      problem(`its history tells case ${entry.id} otherwise than its page`);
    }
  }
  if (!same(detail.report?.contact ?? detail.contact, detail.contact)) {
    problem("the report's contact is not the case's");
  }
}

export function checkCase(
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  for (const check of [
    checkOrder,
    checkState,
    checkOutcome,
    checkTargets,
    checkHistory,
  ]) {
    check(detail, views, problem);
  }
  checkWindow(detail, problem);
  checkRecommendations(detail, problem);
}

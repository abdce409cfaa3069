// A sample case as its mediators and moderators read it (GET
// /mediation/cases/:id.json), derived from its record: the queue row, the
// case page and its timeline.
import type {
  CaseEvent,
  CaseImplementation,
  CaseOutcome,
  ConductPlace,
  ImplementationTerms,
  LadderStep,
  MediationCaseDetail,
  MediationQueueCase,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { attachedPostsOf, MAX_POSTS } from "./sample-attached";
import { coachingViewOf } from "./sample-coaching";
import { PRIVATE_MESSAGE } from "./sample-data";
import { EVIDENCE_LIMITS } from "./sample-elsewhere";
import { caseEvents } from "./sample-events";
import { conductElsewhereOf, evidenceOf } from "./sample-evidence";
import { contactOf, reportOf, statementsOf, windowOf } from "./sample-file";
import { SAMPLE_ITEMS, SAMPLE_LADDER } from "./sample-list";
import { BOB, NOOR, YOU } from "./sample-people";
import { caseRecommendationsOf, mayRecommend } from "./sample-recommendations";
import { datesOf, outcomeOf, RECORDS, type SampleCase } from "./sample-records";
import {
  HOUR,
  iso,
  isoOrNull,
  MEASURES,
  needsDuration,
  nextStep,
  remembered,
  SETTINGS,
  stageDue,
} from "./sample-timeline";

export const ENDED = ["resolved", "withdrawn", "closed", "archived"];
export const ESCALATED = [
  "report_draft",
  "awaiting_statements",
  "voting",
  "decided",
];

/** The sample ballot ids of a case. */
export function ballotIdOf(record: SampleCase) {
  return record.ballot?.id ?? null;
}

/** Rules::DueProcess::Appeal.refusal is nil: the person may appeal now. */
export function appealOpen(record: SampleCase) {
  const dates = datesOf(record);
  const carried = outcomeOf(record).carriedOut;
  return (
    carried !== null &&
    carried.kind !== "no_action" &&
    dates.carriedOut !== null &&
    dates.appealed === null &&
    dates.appealCloses !== null &&
    Date.now() <= dates.appealCloses
  );
}

export function nextStepOf(record: SampleCase, forRequester = false) {
  return nextStep(record.state, datesOf(record), {
    appealOpen: appealOpen(record),
    reviewed: record.review !== null,
    forRequester,
  });
}

/** A post's link, for those who may read it: a private message's asker. */
export function postUrl(record: SampleCase) {
  if (record.elsewhere) {
    return null;
  }
  return record.privateMessage
    ? PRIVATE_MESSAGE.path
    : `/t/sample/${record.topicId}/${record.postNumber}`;
}

/** The mediators never get a link to a private message. */
function mediatorsPostUrl(record: SampleCase) {
  return record.privateMessage ? null : postUrl(record);
}

export function conductPlace(record: SampleCase): ConductPlace {
  if (record.elsewhere) {
    return "elsewhere";
  }
  return record.privateMessage ? "private_message" : "forum";
}

/** The kinds of the requests, as the server lists them (sorted, once each). */
function kinds(record: SampleCase) {
  return [...new Set(record.requests)].sort();
}

export function isOverdue(record: SampleCase) {
  const dates = datesOf(record);
  const now = Date.now();
  if (record.state === "requested") {
    return dates.claimed === null && dates.firstResponseDue < now;
  }
  if (record.state === "awaiting_statements") {
    return (
      dates.extensionDecisionDue !== null && dates.extensionDecisionDue < now
    );
  }
  const due = stageDue(record.state, dates);
  return due !== null && due < now;
}

/** One row of the queue. */
export function queueRow(record: SampleCase): MediationQueueCase {
  const dates = datesOf(record);
  return {
    id: record.id,
    state: record.state,
    urgent: record.requests.includes("unsafe"),
    kinds: kinds(record),
    requests_count: record.requests.length,
    created_at: iso(dates.opened),
    first_response_due_at: iso(dates.firstResponseDue),
    first_response_at: isoOrNull(dates.claimed),
    topic_title: record.title,
    post_excerpt: record.excerpt,
    post_url: mediatorsPostUrl(record),
    conduct_place: conductPlace(record),
    mediator: record.mediator,
    stage_due_at: isoOrNull(stageDue(record.state, dates)),
    extension_decision_due_at:
      record.state === "awaiting_statements"
        ? isoOrNull(dates.extensionDecisionDue)
        : null,
    overdue: isOverdue(record),
    can_claim: record.state === "requested",
  };
}

/** How a step would be carried out, with its own terms (Penalty). */
function terms(step: LadderStep): ImplementationTerms {
  return {
    outcome: step,
    measure: MEASURES[step.kind],
    needs_duration: needsDuration(step),
    needs_review: step.kind === "long_suspension",
    default_duration_days: needsDuration(step) ? step.duration_days : null,
    default_review_days: step.review_days,
    max_days: SETTINGS.maxSanctionDays,
  };
}

/** The decided step and the ballot's less severe options, most severe first. */
function implementationOf(record: SampleCase): CaseImplementation | null {
  const { decided, options } = outcomeOf(record);
  if (record.state !== "decided" || !decided) {
    return null;
  }
  const lenient = options
    .slice(
      0,
      options.findIndex((step) => step.key === decided.key)
    )
    .reverse();
  return { ...terms(decided), lenient_steps: lenient.map(terms) };
}

/** MediationCase#outcome_summary: what was carried out, and its way back. */
export function outcomeSummary(record: SampleCase): CaseOutcome | null {
  const carried = outcomeOf(record).carriedOut;
  const dates = datesOf(record);
  if (!carried || !["closed", "archived"].includes(record.state)) {
    return null;
  }
  return {
    key: carried.key,
    title: carried.title,
    reason: record.outcomeReason,
    ends_at: isoOrNull(dates.sanctionEnds),
    review_at: isoOrNull(dates.reviewAt),
    archived_at: isoOrNull(dates.archived),
    change_reason: null,
    review: record.review,
    review_statement: null,
  };
}

/** Lifecycle.available_actions for you, a moderator and mediator. */
function actionsOf(
  record: SampleCase
): MediationCaseDetail["available_actions"] {
  const { state } = record;
  const assigned = record.mediator?.id === YOU.id;
  const actions: MediationCaseDetail["available_actions"] = [];
  if (state === "requested") {
    actions.push("claim", "assign");
  } else if (state === "mediating") {
    actions.push("assign", "resolve", "escalate");
  }
  if (state !== "archived") {
    actions.push("add_note");
  }
  if (["requested", "mediating", "report_draft"].includes(state)) {
    actions.push("manage_people");
  }
  if (state === "mediating") {
    actions.push("step_in");
  }
  if (["mediating", "report_draft"].includes(state)) {
    actions.push("attach_post");
    if (record.elsewhere) {
      actions.push("add_evidence");
    }
  }
  if (state === "report_draft") {
    actions.push("edit_report");
  }
  // Never the report's author (its assigned mediator, in these samples).
  if (state === "awaiting_statements" && !assigned) {
    actions.push("decide_extension");
  }
  if (["report_draft", "awaiting_statements", "voting"].includes(state)) {
    actions.push("interim_suspend");
  }
  if (state === "decided") {
    actions.push("implement");
  }
  const dates = datesOf(record);
  const carried = outcomeOf(record).carriedOut;
  const reviewDue =
    carried?.kind !== "no_action" &&
    dates.reviewAt !== null &&
    dates.reviewAt <= Date.now() &&
    record.review === null;
  if (["closed", "archived"].includes(state) && reviewDue) {
    actions.push("review");
  }
  if (mayRecommend(record)) {
    actions.push("recommend");
  }
  if (["closed", "archived"].includes(state)) {
    actions.push("pass_on_recommendation");
  }
  if (["closed", "archived"].includes(state) && carried?.kind === "coaching") {
    actions.push("coach");
  }
  return actions;
}

/** The subject's other cases still remembered, newest first. */
function historyOf(record: SampleCase) {
  return RECORDS.filter(
    (other) =>
      other.id !== record.id &&
      other.subject.id === record.subject.id &&
      remembered(datesOf(other).ended)
  )
    .sort((a, b) => datesOf(b).opened - datesOf(a).opened)
    .map((other) => ({
      id: other.id,
      state: other.state,
      topic_title: other.title,
      created_at: iso(datesOf(other).opened),
      ended_at: isoOrNull(datesOf(other).ended),
      outcome_note: other.outcomeNote,
    }));
}

/** What the report editor and a private reminder choose from. */
const LIST = SAMPLE_ITEMS.map(({ versions: _versions, ...item }) => item);

export function caseDetail(record: SampleCase): MediationCaseDetail {
  const dates = datesOf(record);
  const row = queueRow(record);
  const { state } = record;
  const events: CaseEvent[] = caseEvents(record);
  return {
    id: record.id,
    conduct_place: conductPlace(record),
    state,
    urgent: row.urgent,
    created_at: row.created_at,
    first_response_due_at: row.first_response_due_at,
    first_response_at: row.first_response_at,
    ended_at: isoOrNull(dates.ended),
    outcome_note: record.outcomeNote,
    outcome_note_shareable: record.outcomeNoteShareable,
    topic: record.elsewhere
      ? null
      : {
          id: record.topicId,
          title: record.title,
          url: record.privateMessage ? null : `/t/sample/${record.topicId}`,
          closed: false,
          slow_mode_seconds: 0,
        },
    post: record.elsewhere
      ? null
      : {
          id: record.topicId * 100 + record.postNumber,
          post_number: record.postNumber,
          url: mediatorsPostUrl(record),
          cooked: `<p>${record.excerpt}</p>`,
          author: record.subject,
        },
    attached_posts: attachedPostsOf(record),
    conduct_elsewhere: conductElsewhereOf(record),
    evidence: evidenceOf(record),
    recommendations: caseRecommendationsOf(record),
    mediator: record.mediator,
    requesters: record.requests.map((kind, index) => ({
      id: index + 1,
      kind,
      shared_message: null,
      message:
        index === 0 ? "It is getting heated, and newcomers are reading." : "",
      created_at: iso(dates.opened + index * 0.25 * HOUR),
      withdrawn: state === "withdrawn",
      user: index === 0 ? BOB : null,
    })),
    people: [{ subject: true, user: record.subject }],
    timeline: events,
    notes: [
      {
        id: 1,
        raw: "The remarks began after the proposal was dismissed in one line. A private word first?",
        created_at: iso((dates.claimed ?? dates.opened) + HOUR),
        user: NOOR,
      },
    ],
    history: historyOf(record),
    available_actions: actionsOf(record),
    mediators: [YOU, NOOR],
    cool_down_options: {
      slow_mode_intervals: [
        600, 900, 1800, 3600, 7200, 14400, 28800, 43200, 86400,
      ],
      max_slow_mode_hours: 168,
      max_close_hours: 72,
      existing_timer: null,
    },
    limits: {
      note: 5000,
      outcome_note: 1000,
      escalate_reason: 1000,
      reminder_message: 2000,
      answer: 10000,
      attached_post_note: 1000,
      attached_posts: MAX_POSTS,
      recommendation_text: 2000,
      recommendation_space: 60,
      recommendation_spaces: 5,
      recommendations: 5,
      ...EVIDENCE_LIMITS,
    },
    report: reportOf(record),
    statement_window: windowOf(record, { reason: true }),
    statements: statementsOf(record),
    next_step: nextStepOf(record),
    interim_suspended_until: null,
    published_list: ["mediating", "report_draft"].includes(state) ? LIST : [],
    ladder: state === "report_draft" ? SAMPLE_LADDER : [],
    ballot_id: ballotIdOf(record),
    implementation: implementationOf(record),
    outcome_summary: outcomeSummary(record),
    resolution: record.privateReminder ? "private_reminder" : null,
    contact: contactOf(record),
    recusal_requests: record.recusals.map(
      ({ after: _after, ...request }) => request
    ),
    can_decide_recusals: state === "awaiting_statements",
    questions: [],
    coaching: coachingViewOf(record, "staff"),
  };
}

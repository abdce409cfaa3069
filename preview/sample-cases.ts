// The mediators' queue and case pages for the preview: every sample case of
// preview/sample-records.ts, with the staff's actions answered as the server
// answers them, changing the same records the other pages read.
import { QUEUE_FILTERS } from "discourse/plugins/discourse-mediation/discourse/lib/choices";
import type {
  CaseReview,
  ImplementationChoice,
  QueueFilter,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { installAttachedPosts } from "./sample-attached";
import { caseDetail, ENDED, ESCALATED, queueRow } from "./sample-detail";
import { EVIDENCE_LIMITS } from "./sample-elsewhere";
import { installEvidence, installOpenElsewhere } from "./sample-evidence";
import { YOU } from "./sample-people";
import { installRecommendations } from "./sample-recommendations";
import {
  datesOf,
  hoursSince,
  outcomeOf,
  RECORDS,
  type SampleCase,
} from "./sample-records";
import { openVoteIfDue } from "./sample-statements";
import { named, remembered } from "./sample-timeline";

export { caseTitle } from "./sample-records";

function inFilter(filter: QueueFilter, record: SampleCase) {
  const row = queueRow(record);
  const ended = ENDED.includes(record.state);
  switch (filter) {
    case "unassigned":
      return record.state === "requested" && !record.mediator;
    case "mine":
      return record.mediator?.id === YOU.id && !ended;
    case "open":
      return !ended;
    case "decided":
      return record.state === "decided";
    case "overdue":
      return row.overdue;
    case "escalated":
      return ESCALATED.includes(record.state);
    case "closed":
      // Remembered: within the forgiveness period, or while the archive names them.
      return (
        ended &&
        (remembered(datesOf(record).ended) ||
          named(record.state, outcomeOf(record).carriedOut, datesOf(record)))
      );
  }
}

function counts() {
  return Object.fromEntries(
    QUEUE_FILTERS.map((f) => [f, RECORDS.filter((r) => inFilter(f, r)).length])
  ) as Record<QueueFilter, number>;
}

const answer = (record: SampleCase) => ({
  status: 200,
  body: { mediation_case: caseDetail(record) },
});

/** What each staff action does to the case, as the server's services do. */
const ACTIONS: [string, string, (record: SampleCase, data: never) => void][] = [
  [
    "PUT",
    "claim",
    (record) => {
      Object.assign(record, { state: "mediating", mediator: YOU });
      record.plan.claimed = hoursSince(datesOf(record).opened);
    },
  ],
  [
    "PUT",
    "resolve",
    (
      record,
      data: {
        private_reminder: boolean;
        outcome_note: string;
        shareable: boolean;
      }
    ) => {
      record.state = "resolved";
      record.plan.resolved = hoursSince(datesOf(record).claimed);
      record.outcomeNote = data.outcome_note;
      record.outcomeNoteShareable = Boolean(data.shareable);
      record.privateReminder = Boolean(data.private_reminder);
    },
  ],
  [
    "PUT",
    "escalate",
    (record) => {
      record.state = "report_draft";
      record.plan.escalated = hoursSince(datesOf(record).claimed);
    },
  ],
  [
    "PUT",
    "extension",
    (record, data: { decision: "granted" | "declined"; reason: string }) => {
      record.plan.extensionDecision = data.decision;
      record.extensionDecisionReason = data.reason;
      openVoteIfDue(record);
    },
  ],
  [
    "POST",
    "implement",
    (record, data: ImplementationChoice) => {
      record.carriedOutKey = data.step_key ?? null;
      record.outcomeReason = data.reason;
      record.plan.carriedOut = hoursSince(datesOf(record).ballotCloses);
      record.state = "closed";
    },
  ],
  [
    "POST",
    "review",
    (record, data: Omit<CaseReview, "at">) => {
      record.review = { ...data, at: new Date().toISOString() };
    },
  ],
  ...["assign", "report"].map((path): [string, string, () => void] => [
    "PUT",
    path,
    () => {},
  ]),
  ...["interim-suspension", "notes", "people", "cool-down"].map(
    (path): [string, string, () => void] => ["POST", path, () => {}]
  ),
];

function installCase(record: SampleCase) {
  const base = `/mediation/cases/${record.id}`;
  respondTo("GET", `${base}.json`, () => answer(record));
  for (const [method, path, act] of ACTIONS) {
    respondTo(method, `${base}/${path}.json`, (request) => {
      act(record, request.data as never);
      return answer(record);
    });
  }
  installAttachedPosts(record, answer);
  installEvidence(record, answer);
  installRecommendations(record, answer);
  respondTo("POST", `${base}/report/submit.json`, () => ({
    status: 422,
    body: {
      errors: [
        "The report is not complete yet. Still missing: why it did not resolve; at least one cited item of the published list.",
      ],
    },
  }));
  respondTo("POST", `${base}/implementation/preview.json`, (request) => {
    const { reason, duration_days } = request.data as {
      reason: string;
      duration_days?: number;
    };
    const step = outcomeOf(record).decided;
    return {
      status: 200,
      body: {
        subject_message: `Hello,\n\nThe core developers have decided on the report about your post in “${record.title}”.\n\nThe outcome: ${step?.title}. For that time you can read everything but cannot post.\n\nThe reasons, as the moderators put them: ${reason}\n\nThe way back. It ends by itself in ${duration_days ?? step?.duration_days} days. After that you take part as before, with nothing more to do.\n\nWhat the record keeps. Mediators see this case in your history for 12 months; after that it is forgiven and no longer shown to them. The moderators' archive names you in it until 12 months after the cool-down ends; after that it shows “a member”. The members who asked for help are told whether action was taken, not which.`,
        requester_message: `Thank you for asking for help with “${record.title}”. The case has now concluded, and the decision has been carried out.`,
      },
    };
  });
  // The requests a case has now, and those its person concerned may add.
  for (const id of [1, 2, 3, 4, 5]) {
    respondTo("PUT", `${base}/recusal-requests/${id}.json`, (sent) => {
      const { decision, reason } = sent.data as {
        decision: "granted" | "declined";
        reason: string;
      };
      const request = record.recusals.find((r) => r.id === id);
      Object.assign(request ?? {}, { decision, decision_reason: reason });
      openVoteIfDue(record);
      return answer(record);
    });
  }
  respondTo("POST", `${base}/conversation.json`, () => ({
    status: 200,
    body: {
      mediation_case: caseDetail(record),
      conversation_url: "/t/a-conversation/99",
    },
  }));
}

export function installSampleCases() {
  respondTo("GET", "/mediation/cases.json", (request) => {
    const { filter } = request.data as { filter: QueueFilter };
    return {
      status: 200,
      body: {
        filter,
        page: 0,
        has_more: false,
        counts: counts(),
        counts_capped: [],
        cases: RECORDS.filter((r) => inFilter(filter, r)).map(queueRow),
        can_see_archive: true,
        evidence_limits: EVIDENCE_LIMITS,
      },
    };
  });
  RECORDS.forEach(installCase);
  installOpenElsewhere(installCase);
}

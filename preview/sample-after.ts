// The moderators' archive and the transparency report, for the preview.
import type {
  ArchivedCase,
  TransparencyPage,
  TransparencyRow,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { caseTitle } from "./sample-cases";
import { SAMPLE_LADDER } from "./sample-list";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const ARCHIVED: ArchivedCase[] = [
  {
    id: 12,
    state: "closed",
    topic_title: caseTitle(12),
    subject_username: "alice",
    resolution: null,
    outcome: "formal_warning",
    outcome_title: "Formal warning",
    ended_at: ago(3),
  },
  {
    id: 40,
    state: "archived",
    topic_title: caseTitle(40),
    subject_username: "tomasz",
    resolution: null,
    outcome: "no_action",
    outcome_title: "No action",
    ended_at: ago(45),
  },
  {
    id: 41,
    state: "archived",
    topic_title: caseTitle(41),
    subject_username: "lee",
    resolution: null,
    outcome: "cool_down",
    outcome_title: "Cool-down",
    ended_at: ago(80),
  },
  {
    id: 10,
    state: "resolved",
    topic_title: caseTitle(10),
    // Resolved and withdrawn cases never name the person concerned.
    subject_username: null,
    resolution: null,
    outcome: null,
    outcome_title: null,
    ended_at: ago(5),
  },
  {
    id: 11,
    state: "withdrawn",
    topic_title: caseTitle(11),
    subject_username: null,
    resolution: null,
    outcome: null,
    outcome_title: null,
    ended_at: ago(9),
  },
  {
    id: 91,
    state: "resolved",
    topic_title: caseTitle(91),
    subject_username: null,
    resolution: "private_reminder",
    outcome: null,
    outcome_title: null,
    ended_at: ago(12),
  },
  {
    // Ended long ago with No action: forgiven, and no longer named.
    id: 43,
    state: "archived",
    topic_title: caseTitle(43),
    subject_username: null,
    resolution: null,
    outcome: "no_action",
    outcome_title: "No action",
    ended_at: ago(420),
  },
];

const OUTCOMES = SAMPLE_LADDER.map(({ key, title }) => ({ key, title }));

function month(offset: number) {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - offset);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

const MONTHS: TransparencyRow[] = [
  [5, 11, 7, "fewer_than_3", { no_action: "fewer_than_3" }, 6.5, null],
  [
    4,
    16,
    12,
    3,
    { no_action: "fewer_than_3", formal_warning: "fewer_than_3" },
    4,
    12.5,
  ],
  [3, 9, 6, 0, {}, 8, null],
  [2, 21, 15, 4, { no_action: 3, cool_down: "fewer_than_3" }, 3.5, 11],
  [1, 14, 10, "fewer_than_3", { formal_warning: "fewer_than_3" }, 5, null],
  [0, 8, "fewer_than_3", 0, {}, null, null],
].map(
  ([offset, requests, resolved, escalated, outcomes, response, decision]) => ({
    period: month(offset as number),
    requests: requests as number,
    resolved: resolved as TransparencyRow["resolved"],
    escalated: escalated as TransparencyRow["escalated"],
    outcomes: Object.fromEntries(
      OUTCOMES.map(({ key }) => [
        key,
        (outcomes as TransparencyRow["outcomes"])[key] ?? 0,
      ])
    ),
    median_first_response_hours: response as number | null,
    median_days_to_decision: decision as number | null,
  })
);

function page(period: "month" | "quarter"): TransparencyPage {
  const rows =
    period === "month"
      ? MONTHS
      : [
          {
            ...MONTHS[1],
            period: "Last quarter",
            requests: 46,
            resolved: 33,
            escalated: 7,
          },
          {
            ...MONTHS[4],
            period: "This quarter",
            requests: 22,
            resolved: 12,
            escalated: "fewer_than_3" as const,
          },
        ];
  return {
    period,
    outcomes: OUTCOMES,
    rows,
    can_publish: true,
    publish_category: "Announcements",
  };
}

export function installSampleAfterDecision() {
  respondTo("GET", "/mediation/archive.json", (request) => {
    const query = request.data as {
      outcome?: string;
      state?: string;
      q?: string;
    };
    const cases = ARCHIVED.filter(
      (c) =>
        (!query.outcome || c.outcome === query.outcome) &&
        (!query.state || c.state === query.state) &&
        (!query.q ||
          c.topic_title.toLowerCase().includes(query.q.toLowerCase()) ||
          c.subject_username?.includes(query.q.toLowerCase()))
    );
    return {
      status: 200,
      body: { page: 0, has_more: false, outcomes: OUTCOMES, cases },
    };
  });
  respondTo("GET", "/mediation/transparency.json", (request) => ({
    status: 200,
    body: page((request.data as { period: "month" | "quarter" }).period),
  }));
  respondTo("POST", "/mediation/transparency/publish.json", (request) => ({
    status: 200,
    body: {
      ...page((request.data as { period: "month" | "quarter" }).period),
      published_url: "#/t/transparency/99",
    },
  }));
}

// The moderators' archive and the transparency report, for the preview.
import type {
  ArchivedCase,
  TransparencyPage,
  TransparencyRow,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { ENDED } from "./sample-detail";
import { SAMPLE_LADDER } from "./sample-list";
import { datesOf, outcomeOf, RECORDS } from "./sample-records";
import { isoOrNull, named } from "./sample-timeline";

/**
 * The archive: every ended sample case, newest first (ArchiveQuery::ORDER),
 * naming the person concerned while NameKeeping does.
 */
function archived(): ArchivedCase[] {
  return RECORDS.filter((record) => ENDED.includes(record.state))
    .map((record) => {
      const dates = datesOf(record);
      const outcome = outcomeOf(record).carriedOut;
      return {
        id: record.id,
        state: record.state,
        topic_title: record.title,
        subject_username: named(record.state, outcome, dates)
          ? record.subject.username
          : null,
        resolution: record.privateReminder
          ? ("private_reminder" as const)
          : null,
        outcome: outcome?.key ?? null,
        outcome_title: outcome?.title ?? null,
        ended_at: isoOrNull(dates.ended),
        recommended_spaces: [
          ...new Set(record.recommendations.flatMap((rec) => rec.spaces)),
        ],
      };
    })
    .sort(
      (a, b) =>
        Date.parse(b.ended_at ?? "") - Date.parse(a.ended_at ?? "") ||
        b.id - a.id
    );
}

const OUTCOMES = SAMPLE_LADDER.map(({ key, title }) => ({ key, title }));

function month(offset: number) {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - offset);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Cases opened, about one in six about a private message, small counts hidden. */
function placeCounts(cases: number): TransparencyRow["cases_by_place"] {
  const privateMessages = Math.floor(cases / 6);
  const shown = (count: number) =>
    count > 0 && count < 3 ? ("fewer_than_3" as const) : count;
  return {
    forum: shown(cases - privateMessages),
    private_message: shown(privateMessages),
    elsewhere: 0,
  };
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
    // Some requests join a case already open.
    cases_by_place: placeCounts(Math.floor(((requests as number) * 3) / 4)),
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
    counted_at: new Date(Date.now() - 4 * 60 * 1000).toISOString(),
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
    const cases = archived().filter(
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

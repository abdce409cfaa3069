// The preview's own check, run by test/preview/samples.mjs: the tally port
// against the vectors the Ruby rule is checked with, then every sample the
// scripted server answers against what the lifecycle can produce, before and
// after the person concerned and the moderators act on their pages.
import { checkCase, titleOf } from "./check-case";
import { checkCoaching } from "./check-coaching";
import { checkBallot, checkPage } from "./check-pages";
import { RECOMMENDATION_ACTIONS } from "./check-recommendations";
import {
  call,
  installPreviewServer,
  readViews,
  type Views,
} from "./check-views";
import { sampleTopic, TOPIC_TITLE } from "./sample-data";
import { LEE } from "./sample-people";
import { REQUESTER_STATUS } from "./sample-requests";
import { canDecide, decide, RejectedBallot, type TallyInput } from "./tally";

interface Vector extends TallyInput {
  name: string;
  expected: Record<string, unknown>;
}

export interface Vectors {
  vectors: Vector[];
  rejected: (TallyInput & { name: string; rejects: string })[];
  can_decide: {
    eligible: number;
    quorum_percent: number;
    minimum: number;
    expected: boolean;
  }[];
}

/** The port against each vector: the problems, and how many were checked. */
export function checkTally({ vectors, rejected, can_decide }: Vectors) {
  const problems: string[] = [];
  for (const vector of vectors) {
    const result: Record<string, unknown> = { ...decide(vector) };
    const shown = Object.keys(vector.expected).map((key) => result[key]);
    if (
      JSON.stringify(shown) !== JSON.stringify(Object.values(vector.expected))
    ) {
      problems.push(`${vector.name}: ${JSON.stringify(result)}`);
    }
  }
  for (const vector of rejected) {
    try {
      decide(vector);
      problems.push(`${vector.name}: not rejected`);
    } catch (error) {
      if (
        !(error instanceof RejectedBallot) ||
        !error.message.includes(vector.rejects)
      ) {
        problems.push(`${vector.name}: ${String(error)}`);
      }
    }
  }
  for (const { eligible, quorum_percent, minimum, expected } of can_decide) {
    if (canDecide(eligible, quorum_percent, minimum) !== expected) {
      problems.push(`can_decide ${eligible}, ${quorum_percent}%, ${minimum}`);
    }
  }
  return {
    checked: vectors.length + rejected.length + can_decide.length,
    problems,
  };
}

const ENDED = ["resolved", "withdrawn", "closed", "archived"];

/** Every view, checked; returns how many were. */
function checkViews(views: Views, impossible: string[]) {
  let checked = 0;
  const check = (
    where: string,
    run: (problem: (message: string) => void) => void
  ) => {
    checked++;
    run((message) => impossible.push(`${where}: ${message}`));
  };
  for (const detail of views.details.values()) {
    check(`case ${detail.id}`, (problem) => checkCase(detail, views, problem));
    check(`case ${detail.id}'s coaching`, (problem) =>
      checkCoaching(detail, views, problem)
    );
  }
  for (const [id, ballot] of views.ballots) {
    check(`ballot ${id}`, (problem) => checkBallot(ballot, views, problem));
  }
  for (const [name, pages] of [
    ["member", views.memberPages],
    ["staff", views.readerPages],
  ] as const) {
    for (const [id, page] of pages) {
      check(`case ${id}'s statement page (${name})`, (problem) =>
        checkPage(page, views, problem)
      );
    }
  }
  check("the archive", (problem) => {
    const ended = views.archive.map((c) => Date.parse(c.ended_at ?? ""));
    if (ended.some((time, i) => i > 0 && time > ended[i - 1])) {
      problem("not newest first");
    }
    for (const entry of views.archive) {
      const detail = views.details.get(entry.id);
      const told = {
        state: detail?.state,
        title: titleOf(detail),
        ended: detail?.ended_at,
        outcome: detail?.outcome_summary?.key ?? null,
      };
      if (
        JSON.stringify(told) !==
        JSON.stringify({
          state: entry.state,
          title: entry.topic_title,
          ended: entry.ended_at,
          outcome: entry.outcome,
        })
      ) {
        problem(`case ${entry.id} is told otherwise than its page`);
      }
      const subject = detail?.people.find((p) => p.subject)?.user.username;
      const neverNamed = ["resolved", "withdrawn"].includes(entry.state);
      if (
        entry.subject_username !== null &&
        (neverNamed || entry.subject_username !== subject)
      ) {
        problem(`case ${entry.id} names ${entry.subject_username}`);
      }
    }
    for (const detail of views.details.values()) {
      if (
        ENDED.includes(detail.state) &&
        !views.archive.some((c) => c.id === detail.id)
      ) {
        problem(`case ${detail.id} has ended but is not in it`);
      }
    }
  });
  check("the queue", (problem) => {
    for (const [filter, page] of Object.entries(views.tabs)) {
      if (page.counts[page.filter] !== page.cases.length) {
        problem(
          `the ${filter} tab counts ${page.counts[page.filter]} and lists ${page.cases.length}`
        );
      }
    }
    const open = [...views.details.values()].filter(
      (d) => !ENDED.includes(d.state)
    );
    if (open.length !== views.tabs.open?.cases.length) {
      problem("the open tab does not list every open case");
    }
  });
  for (const request of views.requests) {
    check(`my request ${request.id}`, (problem) => {
      const detail = [...views.details.values()].find(
        (d) =>
          titleOf(d) === request.topic_title &&
          (d.post?.url ?? null) === request.post_url
      );
      if (!detail) {
        problem("its case has no page");
        return;
      }
      if (
        request.status !== REQUESTER_STATUS[detail.state] ||
        request.created_at !== detail.created_at
      ) {
        problem(
          `${request.status} since ${request.created_at}; its case is ${detail.state} since ${detail.created_at}`
        );
      }
      const hidden =
        detail.next_step.key === "review" && request.next_step.key === "none";
      if (
        !hidden &&
        JSON.stringify(request.next_step) !== JSON.stringify(detail.next_step)
      ) {
        problem(
          `what happens next is ${request.next_step.key}; the case page says ${detail.next_step.key}`
        );
      }
      const shared = detail.outcome_note_shareable ? detail.outcome_note : null;
      if (
        request.outcome_note !== shared ||
        request.can_withdraw !==
          ["waiting", "mediating"].includes(request.status)
      ) {
        problem("its note or withdrawal is not the case's");
      }
    });
  }
  check("the topic page", (problem) => {
    const detail = views.details.get(
      sampleTopic("staff").mediation.case_id ?? 0
    );
    if (
      detail?.topic?.id !== sampleTopic("staff").id ||
      detail.topic.title !== TOPIC_TITLE
    ) {
      problem("its case is about another topic");
    }
  });
  return checked;
}

/** A calendar day this many days from now, as a plan names it. */
const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const PLAN_16 = "/mediation/cases/16/coaching/plan.json";
const ANSWER_16 = "/mediation/cases/16/coaching/answer.json";

/** Coaching (cases 14 to 16), walked by both sides, refusals included. */
const COACHING_ACTIONS: [
  string,
  "member" | "staff",
  string,
  string,
  unknown,
  number,
][] = [
  [
    "agrees to the plan",
    "member",
    "POST",
    "/mediation/cases/15/coaching/answer.json",
    { answer: "agree" },
    200,
  ],
  [
    "agrees twice",
    "member",
    "POST",
    "/mediation/cases/15/coaching/answer.json",
    { answer: "agree" },
    409,
  ],
  [
    "proposes over an agreed plan",
    "staff",
    "POST",
    "/mediation/cases/15/coaching/plan.json",
    { plan: "Other", dates: ["2099-01-01"] },
    409,
  ],
  [
    "records a check-in before its day",
    "staff",
    "PUT",
    "/mediation/cases/15/coaching/check-ins/1.json",
    { status: "held" },
    409,
  ],
  [
    "records a check-in for the mediator",
    "member",
    "PUT",
    "/mediation/cases/14/coaching/check-ins/2.json",
    { status: "held" },
    403,
  ],
  [
    "writes the summary for the person",
    "staff",
    "POST",
    "/mediation/cases/14/coaching/summary.json",
    { summary: "Theirs." },
    403,
  ],
  [
    "writes the summary before the last check-in",
    "member",
    "POST",
    "/mediation/cases/15/coaching/summary.json",
    { summary: "Early." },
    409,
  ],
  [
    "completes before the check-ins",
    "staff",
    "POST",
    "/mediation/cases/14/coaching/result.json",
    { result: "completed" },
    409,
  ],
  [
    "records the due check-in",
    "staff",
    "PUT",
    "/mediation/cases/14/coaching/check-ins/2.json",
    { status: "missed", note: "Away." },
    200,
  ],
  [
    "records it twice",
    "staff",
    "PUT",
    "/mediation/cases/14/coaching/check-ins/2.json",
    { status: "held" },
    409,
  ],
  [
    "completes before the summary",
    "staff",
    "POST",
    "/mediation/cases/14/coaching/result.json",
    { result: "completed" },
    409,
  ],
  [
    "writes an empty summary",
    "member",
    "POST",
    "/mediation/cases/14/coaching/summary.json",
    { summary: " " },
    422,
  ],
  [
    "writes the summary",
    "member",
    "POST",
    "/mediation/cases/14/coaching/summary.json",
    { summary: "It helped." },
    200,
  ],
  [
    "records it completed",
    "staff",
    "POST",
    "/mediation/cases/14/coaching/result.json",
    { result: "completed" },
    200,
  ],
  [
    "proposes a plan without dates",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk weekly.", dates: [] },
    422,
  ],
  [
    "proposes a past date",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk weekly.", dates: [inDays(-1)] },
    422,
  ],
  [
    "proposes a date after the period",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk weekly.", dates: [inDays(40)] },
    422,
  ],
  [
    "proposes a day twice",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk weekly.", dates: [inDays(7), inDays(7)] },
    422,
  ],
  [
    "proposes an empty plan",
    "staff",
    "POST",
    PLAN_16,
    { plan: " ", dates: [inDays(7)] },
    422,
  ],
  [
    "proposes a plan",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk weekly.", dates: [inDays(7), inDays(14)] },
    200,
  ],
  [
    "asks for changes without saying which",
    "member",
    "POST",
    ANSWER_16,
    { answer: "change", comment: "" },
    422,
  ],
  [
    "asks for changes",
    "member",
    "POST",
    ANSWER_16,
    { answer: "change", comment: "Fortnightly, please." },
    200,
  ],
  [
    "proposes a new plan",
    "staff",
    "POST",
    PLAN_16,
    { plan: "Talk fortnightly.", dates: [inDays(14)] },
    200,
  ],
];

/** What the person concerned, someone affected and a moderator do on the preview's pages. */
const ACTIONS: [string, "member" | "staff", string, string, unknown, number][] =
  [
    [
      "asks for more time",
      "member",
      "POST",
      "/mediation/cases/78/extension.json",
      { reason: "I am away this week." },
      200,
    ],
    [
      "asks that a voter step aside",
      "member",
      "POST",
      "/mediation/cases/78/recusal-requests.json",
      { voter_id: LEE.id, reason: "We argued last month." },
      200,
    ],
    [
      "waives the rest of the time",
      "member",
      "POST",
      "/mediation/cases/78/waive.json",
      {},
      200,
    ],
    [
      "grants that request",
      "staff",
      "PUT",
      "/mediation/cases/78/recusal-requests/1.json",
      { decision: "granted", reason: "A fair point." },
      200,
    ],
    [
      "sends a statement",
      "member",
      "POST",
      "/mediation/cases/7/statement.json",
      { raw: "I did not mean to hurt anyone." },
      200,
    ],
    [
      "declines to add a view",
      "member",
      "POST",
      "/mediation/cases/77/statement/decline.json",
      {},
      200,
    ],
    [
      "appeals",
      "member",
      "POST",
      "/mediation/cases/12/appeal.json",
      { statement: "A warning is more than this deserved." },
      200,
    ],
    [
      "appeals twice",
      "member",
      "POST",
      "/mediation/cases/12/appeal.json",
      { statement: "Again." },
      409,
    ],
    ["opens a case page", "member", "GET", "/mediation/cases/7.json", {}, 403],
    [
      "decides an extension",
      "member",
      "PUT",
      "/mediation/cases/7/extension.json",
      { decision: "granted", reason: "Mine." },
      403,
    ],
    ["opens a ballot", "member", "GET", "/mediation/ballots/1.json", {}, 403],
    [
      "waives for the person concerned",
      "staff",
      "POST",
      "/mediation/cases/7/waive.json",
      {},
      403,
    ],
    ...COACHING_ACTIONS,
    ...RECOMMENDATION_ACTIONS,
  ];

export async function checkSamples() {
  installPreviewServer();
  const impossible: string[] = [];
  let checked = checkViews(await readViews(), impossible);
  for (const [what, who, method, url, data, status] of ACTIONS) {
    const answer = await call(who, method, url, data);
    checked++;
    if (answer.status !== status) {
      impossible.push(
        `the ${who} ${what} (${method} ${url}): ${answer.status}, not ${status}: ${JSON.stringify(answer.body)}`
      );
    }
  }
  checked += checkViews(await readViews(), impossible);
  return { checked, impossible };
}

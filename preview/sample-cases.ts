// Sample cases for the preview's mediation pages: enough to see every state
// in the queue, a case page, and each stepping-in form.
import { QUEUE_FILTERS } from "discourse/plugins/discourse-mediation/discourse/lib/choices";
import type {
  CaseReport,
  CaseState,
  MediationCaseDetail,
  MediationQueueCase,
  MediationUser,
  QueueFilter,
  RecusalRequestState,
  StatementPage,
  StatementWindowState,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { SAMPLE_ITEMS, SAMPLE_LADDER } from "./sample-list";

const HOUR = 60 * 60 * 1000;
const now = Date.now();
const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();

function user(id: number, username: string): MediationUser {
  return { id, username, name: null, avatar_template: "" };
}

const YOU = user(1, "you");
const NOOR = user(2, "noor");
const ALICE = user(3, "alice");
const BOB = user(4, "bob");

const SAMPLES: [CaseState, string, Partial<MediationQueueCase>][] = [
  [
    "requested",
    "Why was my pull request closed without a review?",
    { urgent: true, kinds: ["unsafe", "deescalate"], requests_count: 3 },
  ],
  ["requested", "Tabs versus spaces, again", {}],
  ["requested", "Proposal: a new logo for the project", { created_at: at(30) }],
  [
    "mediating",
    "Packaging proposal: drop the old installer",
    { mediator: YOU },
  ],
  [
    "mediating",
    "Release schedule for 4.2",
    { mediator: NOOR, created_at: at(24 * 16) },
  ],
  [
    "report_draft",
    "Governance vote: what counts as a quorum?",
    { mediator: YOU },
  ],
  [
    "awaiting_statements",
    "Code of conduct working group: call for volunteers",
    // Noor wrote its report, so you, as a moderator, decide on more time.
    { mediator: NOOR, urgent: true, kinds: ["unsafe"] },
  ],
  ["voting", "Mailing list migration", { mediator: NOOR }],
  [
    "decided",
    "Benchmarks that disagree",
    // Decided four days ago: past the three days to carry it out.
    { mediator: YOU, stage_due_at: at(24) },
  ],
  ["resolved", "Type hints in the standard library", { mediator: YOU }],
  ["withdrawn", "Documentation theme", {}],
  ["closed", "Issue tracker etiquette", { mediator: NOOR }],
];

const ENDED: CaseState[] = ["resolved", "withdrawn", "closed", "archived"];
const ESCALATED: CaseState[] = [
  "report_draft",
  "awaiting_statements",
  "voting",
  "decided",
];

const cases: MediationQueueCase[] = SAMPLES.map(
  ([state, title, extra], index): MediationQueueCase => {
    // Cases that went to a report opened two days or more before it was
    // submitted (30 hours ago); the others are recent.
    const longRunning = ESCALATED.includes(state) || state === "closed";
    const created = extra.created_at ?? at((longRunning ? 48 : 2) + index * 3);
    const responded = state !== "requested" && state !== "withdrawn";
    return {
      id: index + 1,
      state,
      urgent: false,
      kinds: ["deescalate"],
      requests_count: 1,
      created_at: created,
      first_response_due_at: new Date(
        Date.parse(created) + 24 * HOUR
      ).toISOString(),
      first_response_at: responded
        ? new Date(Date.parse(created) + 3 * HOUR).toISOString()
        : null,
      topic_title: title,
      post_excerpt:
        "I cannot believe anyone still suggests this. Have you even read the thread before posting?",
      post_url: "/t/sample/12/4",
      mediator: null,
      stage_due_at: stageDueAt(state, created, responded),
      overdue: false,
      can_claim: state === "requested",
      ...extra,
    };
  }
).map((c) => ({ ...c, overdue: isOverdue(c) }));

/** The targets of the stages carried out by hand, as the server sets them. */
function stageDueAt(state: CaseState, created: string, responded: boolean) {
  const start = Date.parse(created) + (responded ? 3 * HOUR : 0);
  switch (state) {
    case "mediating":
      return new Date(start + 14 * 24 * HOUR).toISOString();
    case "report_draft":
      return new Date(now + 5 * 24 * HOUR).toISOString();
    case "decided":
      return new Date(now + 2 * 24 * HOUR).toISOString();
    default:
      return null;
  }
}

function isOverdue(c: MediationQueueCase) {
  if (c.state === "requested") {
    return Date.parse(c.first_response_due_at) < now;
  }
  return Boolean(c.stage_due_at && Date.parse(c.stage_due_at) < now);
}

// What the mediators wrote when they resolved the sample cases.
const OUTCOME_NOTES: Record<number, string> = {
  10: "Both agreed the type hints proposal needs a PEP first; the thread calmed down.",
  90: "Both agreed to disagree.",
  91: "A reminder of the list was enough: the author apologised in the thread.",
};

const RESOLVED_WITH_REMINDER = new Set([91]);

// The sample ballots (sample-ballots.ts) of the cases they decide.
const BALLOT_OF_CASE: Record<number, number> = { 8: 1, 9: 4, 40: 6, 42: 5 };

// Ended cases the archive and a case's history link to; they are no longer in
// the queue.
const PAST_CASES: MediationQueueCase[] = [
  [40, "archived", "Mailing list migration, part one", 24 * 45],
  [41, "archived", "Benchmarks that disagree (2025)", 24 * 80],
  [42, "archived", "Release notes tone", 24 * 20],
  [90, "resolved", "Tabs versus spaces (the first time)", 24 * 90],
  // Long forgiven: the archive no longer names the person concerned.
  [43, "archived", "Licence change debate (2025)", 24 * 420],
  // Resolved with a private reminder of the published list.
  [91, "resolved", "Naming conventions for the new module", 24 * 12],
].map(([id, state, title, hoursAgo]) => ({
  ...cases[0],
  id: id as number,
  state: state as CaseState,
  urgent: false,
  kinds: ["deescalate"],
  created_at: at(hoursAgo as number),
  first_response_at: at((hoursAgo as number) - 3),
  topic_title: title as string,
  mediator: NOOR,
  can_claim: false,
}));

/** The title of a sample case, so other samples need not repeat it. */
export function caseTitle(id: number): string {
  const found = [...cases, ...PAST_CASES].find((c) => c.id === id);
  if (!found) {
    throw new Error(`No sample case ${id}`);
  }
  return found.topic_title;
}

// What the voters heard on the cases that reached a ballot (8, 9 and 12).
export const HEARD_STATEMENTS = [
  {
    role: "subject" as const,
    raw: "I was frustrated that the proposal ignored our users. I should have said so without the insults, and I apologise to those I hurt.",
    declined: false,
    created_at: at(28),
    user: ALICE,
  },
  {
    role: "affected" as const,
    raw: "",
    declined: true,
    created_at: at(26),
    user: BOB,
  },
];

function inFilter(filter: QueueFilter, c: MediationQueueCase) {
  switch (filter) {
    case "unassigned":
      return c.state === "requested" && !c.mediator;
    case "mine":
      return c.mediator?.id === YOU.id && !ENDED.includes(c.state);
    case "open":
      return !ENDED.includes(c.state);
    case "decided":
      return c.state === "decided";
    case "overdue":
      return c.overdue;
    case "escalated":
      return ESCALATED.includes(c.state);
    case "closed":
      return ENDED.includes(c.state);
  }
}

function detail(c: MediationQueueCase): MediationCaseDetail {
  const assigned = c.mediator?.id === YOU.id;
  const actions: MediationCaseDetail["available_actions"] = [];
  if (c.state === "requested") {
    actions.push("claim", "assign");
  } else if (c.state === "mediating") {
    actions.push(
      "assign",
      ...(assigned ? (["resolve", "escalate"] as const) : [])
    );
  }
  if (c.state !== "archived") {
    actions.push("add_note");
  }
  if (["requested", "mediating", "report_draft"].includes(c.state)) {
    actions.push("manage_people");
  }
  if (c.state === "mediating" && assigned) {
    actions.push("step_in");
  }
  if (c.state === "report_draft" && assigned) {
    actions.push("edit_report");
  }
  // Never the report's author (its assigned mediator, in these samples).
  if (c.state === "awaiting_statements" && !assigned) {
    actions.push("decide_extension");
  }
  if (ESCALATED.slice(0, 3).includes(c.state)) {
    actions.push("interim_suspend");
  }
  if (c.state === "decided") {
    actions.push("implement");
  }
  // Case 42's long suspension has reached its review date.
  if (c.id === 42) {
    actions.push("review");
  }
  return {
    id: c.id,
    state: c.state,
    urgent: c.urgent,
    created_at: c.created_at,
    first_response_due_at: c.first_response_due_at,
    first_response_at: c.first_response_at,
    ended_at: null,
    outcome_note: OUTCOME_NOTES[c.id] ?? null,
    outcome_note_shareable: false,
    topic: {
      id: 12,
      title: c.topic_title,
      url: "/t/sample/12",
      closed: false,
      slow_mode_seconds: 0,
    },
    post: {
      id: 41,
      post_number: 4,
      url: "/t/sample/12/4",
      cooked: `<p>${c.post_excerpt}</p>`,
      author: ALICE,
    },
    mediator: c.mediator,
    requesters: [
      {
        id: 1,
        kind: "deescalate",
        message: "It is getting heated, and newcomers are reading.",
        created_at: c.created_at,
        withdrawn: false,
        user: BOB,
      },
      {
        id: 2,
        kind: "unsafe",
        message: "",
        created_at: c.created_at,
        withdrawn: false,
        user: null,
      },
    ],
    people: [{ subject: true, user: ALICE }],
    timeline: [
      {
        id: 1,
        action: "case_opened",
        created_at: c.created_at,
        actor: BOB,
        data: { kind: "deescalate" },
      },
      {
        id: 2,
        action: "request_added",
        created_at: c.created_at,
        actor: null,
        data: { kind: "unsafe" },
      },
      ...(c.mediator
        ? [
            {
              id: 3,
              action: "claim",
              created_at: c.first_response_at ?? c.created_at,
              actor: c.mediator,
              data: {},
            },
          ]
        : []),
    ],
    notes: [
      {
        id: 1,
        raw: "Alice has been here for years; this is unlike her. A private word first?",
        created_at: at(1),
        user: NOOR,
      },
    ],
    history: [
      {
        id: 90,
        state: "resolved",
        topic_title: "Tabs versus spaces (the first time)",
        created_at: at(24 * 90),
        ended_at: at(24 * 88),
        outcome_note: "Both agreed to disagree.",
      },
    ],
    available_actions: actions,
    ...dueProcess(c),
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
    },
    resolution: RESOLVED_WITH_REMINDER.has(c.id) ? "private_reminder" : null,
    ...recusalsOf(c),
    contact: contactOf(c),
  };
}

const inDays = (days: number) => new Date(now + days * 24 * HOUR).toISOString();

// The core developers who may vote on case 7; Alice asked that Sam step aside.
const VOTERS = [
  user(11, "lee"),
  user(12, "maria"),
  user(13, "sam"),
  user(14, "tomasz"),
];
const SAM_REQUEST: RecusalRequestState = {
  kind: "asked",
  reason:
    "Sam and I have argued about the installer for two years; he called my proposal reckless last month.",
  decision: null,
  decision_reason: null,
};
// Tomasz is a voter the report names as affected: a moderator confirms it.
const TOMASZ_NAMING: RecusalRequestState = {
  kind: "named",
  reason: null,
  decision: null,
  decision_reason: null,
};

function recusalsOf(
  c: MediationQueueCase
): Pick<MediationCaseDetail, "recusal_requests" | "can_decide_recusals"> {
  return c.id === 7
    ? {
        recusal_requests: [
          { id: 1, voter: VOTERS[2], ...SAM_REQUEST },
          { id: 2, voter: VOTERS[3], ...TOMASZ_NAMING },
        ],
        can_decide_recusals: true,
      }
    : { recusal_requests: [], can_decide_recusals: false };
}

/**
 * Your own mediating case has not reached the person concerned yet, so
 * escalating asks why; every other case past requested has.
 */
function contactOf(c: MediationQueueCase): MediationCaseDetail["contact"] {
  const reached =
    c.first_response_at && c.id !== 4 && c.state !== "withdrawn"
      ? new Date(Date.parse(c.first_response_at) + 2 * HOUR).toISOString()
      : null;
  return { contacted_at: reached, told_at: reached, no_contact_reason: null };
}

export const SUBMITTED_REPORT: CaseReport = {
  what_happened:
    "Over two days, three replies in the thread called other members “clueless” and their proposal “embarrassing”. Two members said they would stop taking part.",
  mediation_course:
    "A mediator posted a summary of the views and asked everyone to keep to the proposal. When the remarks continued, the mediator opened a private conversation with the author, who did not reply.",
  why_unresolved:
    "The remarks continued after both steps, and a member who felt targeted asked for help a second time.",
  cited_keys: ["personal-attacks"],
  recommended_keys: ["formal_warning", "cool_down"],
  affected_user_ids: [BOB.id],
  submitted_at: at(30),
  cites_silence: true,
  contact: {
    contacted_at: at(24 * 4),
    told_at: at(24 * 4),
    no_contact_reason: null,
  },
  citations: [
    {
      key: "personal-attacks",
      version: 2,
      title: SAMPLE_ITEMS[0].title,
      description: SAMPLE_ITEMS[0].description,
    },
  ],
};

const WINDOW: StatementWindowState = {
  deadline: inDays(5),
  closes_at: inDays(5),
  open: true,
  waived_at: null,
  extension_requested_at: at(4),
  extension_reason:
    "I am travelling this week and would like to answer properly.",
  extension_decision: null,
  extension_decision_reason: null,
};

// Closed 22 hours ago; the ballot opened two hours later (sample-ballots.ts).
const CLOSED_WINDOW = {
  ...WINDOW,
  deadline: at(22),
  closes_at: at(22),
  open: false,
  extension_requested_at: null,
  extension_reason: null,
};

/** The report and statements of escalated samples, with the list and ladder. */
function dueProcess(
  c: MediationQueueCase
): Pick<
  MediationCaseDetail,
  | "report"
  | "statement_window"
  | "statements"
  | "next_step"
  | "interim_suspended_until"
  | "published_list"
  | "ladder"
  | "ballot_id"
  | "implementation"
  | "outcome_summary"
> {
  const base = {
    report: null,
    statement_window: null,
    statements: [],
    interim_suspended_until: null,
    published_list: [],
    ladder: [],
    ballot_id: BALLOT_OF_CASE[c.id] ?? null,
    implementation: null,
    outcome_summary: null,
  };
  switch (c.state) {
    case "requested":
      return {
        ...base,
        next_step: { key: "mediator_assigned", at: c.first_response_due_at },
      };
    case "mediating":
      return {
        ...base,
        // A private reminder chooses from the published list.
        published_list: SAMPLE_ITEMS.map(
          ({ versions: _versions, ...item }) => item
        ),
        next_step: { key: "mediation", at: c.stage_due_at },
      };
    case "report_draft":
      return {
        ...base,
        report: {
          ...SUBMITTED_REPORT,
          why_unresolved: "",
          cited_keys: [],
          submitted_at: null,
          citations: [],
        },
        published_list: SAMPLE_ITEMS.map(
          ({ versions: _versions, ...item }) => item
        ),
        ladder: SAMPLE_LADDER,
        next_step: { key: "report", at: c.stage_due_at },
      };
    case "awaiting_statements":
      return {
        ...base,
        report: SUBMITTED_REPORT,
        statement_window: WINDOW,
        next_step: { key: "vote_opens", at: WINDOW.closes_at },
      };
    case "voting":
      return {
        ...base,
        report: SUBMITTED_REPORT,
        statement_window: CLOSED_WINDOW,
        statements: HEARD_STATEMENTS,
        next_step: { key: "decision", at: inDays(2) },
      };
    case "decided":
      return {
        ...base,
        report: SUBMITTED_REPORT,
        statement_window: CLOSED_WINDOW,
        statements: HEARD_STATEMENTS,
        next_step: { key: "implementation", at: c.stage_due_at },
        // The ballot offered No action, a formal warning and a cool-down.
        implementation: {
          outcome: SAMPLE_LADDER[3],
          measure: "silence",
          needs_duration: true,
          needs_review: false,
          default_duration_days: SAMPLE_LADDER[3].duration_days,
          default_review_days: null,
          max_days: 365,
          lenient_steps: [
            {
              outcome: SAMPLE_LADDER[2],
              measure: "message",
              needs_duration: false,
              needs_review: false,
              default_duration_days: null,
              default_review_days: SAMPLE_LADDER[2].review_days,
              max_days: 365,
            },
            {
              outcome: SAMPLE_LADDER[0],
              measure: "none",
              needs_duration: false,
              needs_review: false,
              default_duration_days: null,
              default_review_days: null,
              max_days: 365,
            },
          ],
        },
      };
    case "closed":
      return {
        ...base,
        report: SUBMITTED_REPORT,
        statement_window: CLOSED_WINDOW,
        statements: HEARD_STATEMENTS,
        next_step: { key: "none", at: null },
        outcome_summary: {
          key: "formal_warning",
          title: "Formal warning",
          reason:
            "The insults continued after two attempts at mediation. The statement was heard; the voters chose a warning.",
          ends_at: null,
          review_at: inDays(170),
          archived_at: null,
          change_reason: null,
          review: null,
        },
      };
    default:
      if (c.id === 42) {
        return {
          ...base,
          next_step: { key: "none", at: null },
          outcome_summary: {
            key: "long_suspension",
            title: "Long suspension with a review",
            reason:
              "Threats after two attempts at mediation. The voters chose a long suspension, with a review at six months.",
            ends_at: inDays(180),
            review_at: at(24),
            archived_at: null,
            change_reason: null,
            review: null,
          },
        };
      }
      return { ...base, next_step: { key: "none", at: null } };
  }
}

function counts() {
  return Object.fromEntries(
    QUEUE_FILTERS.map((f) => [f, cases.filter((c) => inFilter(f, c)).length])
  ) as Record<QueueFilter, number>;
}

const answer = (c: MediationQueueCase) => ({
  status: 200,
  body: { mediation_case: detail(c) },
});

/** What the person concerned (case 7), someone affected (77) and, after the deadline, case 8 see. */
function statementPage(
  id: number,
  overrides: Partial<StatementPage>
): StatementPage {
  return {
    case_id: id,
    state: "awaiting_statements",
    role: "subject",
    topic_title: cases[6].topic_title,
    post_url: "/t/sample/12/4",
    report: SUBMITTED_REPORT,
    possible_outcomes: SAMPLE_LADDER.filter((step) =>
      ["no_action", ...SUBMITTED_REPORT.recommended_keys].includes(step.key)
    ),
    window: { ...WINDOW, extension_requested_at: null, extension_reason: null },
    my_statement: null,
    heard_statements: [],
    affected_closes_at: null,
    roll: [],
    can_request_recusal: false,
    appeal: null,
    can_submit: true,
    can_decline: false,
    can_request_extension: true,
    can_waive: true,
    next_step: { key: "vote_opens", at: WINDOW.closes_at },
    limits: { statement: 10000 },
    ...overrides,
  };
}

// The person concerned's page once the time for statements is over.
const AFTER_THE_WINDOW: Partial<StatementPage> = {
  window: CLOSED_WINDOW,
  my_statement: HEARD_STATEMENTS[0],
  heard_statements: HEARD_STATEMENTS.slice(1),
  can_submit: false,
  can_waive: false,
  can_request_extension: false,
};

function installStatementPages() {
  const pages: Record<number, StatementPage> = {
    // Bob, named as affected, has answered; Alice sees it at once.
    7: statementPage(7, {
      roll: VOTERS.map((voter) => ({
        user: voter,
        request:
          { sam: SAM_REQUEST, tomasz: TOMASZ_NAMING }[voter.username] ?? null,
      })),
      can_request_recusal: true,
      heard_statements: [
        {
          role: "affected",
          raw: "The remarks were aimed at my proposal and at me. I stopped posting in the thread after the second one.",
          declined: false,
          created_at: at(3),
          user: BOB,
        },
      ],
    }),
    77: statementPage(77, {
      role: "affected",
      affected_closes_at: inDays(2),
      can_decline: true,
      can_waive: false,
      can_request_extension: false,
    }),
    8: statementPage(8, {
      ...AFTER_THE_WINDOW,
      state: "voting",
      topic_title: cases[7].topic_title,
      next_step: { key: "decision", at: inDays(2) },
    }),
    ...Object.fromEntries(
      ([9, 12] as const).map((id) => [
        id,
        statementPage(id, {
          ...AFTER_THE_WINDOW,
          state: cases[id - 1].state,
          topic_title: cases[id - 1].topic_title,
          // Case 12's formal warning may still be appealed.
          next_step:
            id === 12
              ? { key: "appeal", at: inDays(11) }
              : { key: "none", at: null },
          appeal:
            id === 12
              ? {
                  sanctioned: true,
                  enabled: true,
                  can_appeal: true,
                  closes_at: inDays(11),
                  appealed_at: null,
                  statement: null,
                  ballot_closes_at: null,
                  decided: null,
                }
              : null,
        }),
      ])
    ),
  };
  for (const [id, page] of Object.entries(pages)) {
    const base = `/mediation/cases/${id}`;
    const answerPage = () => ({
      status: 200,
      body: { statement_page: pages[Number(id)] },
    });
    respondTo("GET", `${base}/statement.json`, answerPage);
    respondTo("POST", `${base}/statement.json`, (request) => {
      pages[Number(id)] = {
        ...page,
        can_submit: false,
        can_decline: false,
        my_statement: {
          role: page.role === "affected" ? "affected" : "subject",
          raw: (request.data as { raw: string }).raw,
          declined: false,
          created_at: new Date().toISOString(),
          user: ALICE,
        },
      };
      return answerPage();
    });
    respondTo("POST", `${base}/statement/decline.json`, () => {
      pages[Number(id)] = {
        ...page,
        can_submit: false,
        can_decline: false,
        my_statement: {
          role: "affected",
          raw: "",
          declined: true,
          created_at: new Date().toISOString(),
          user: BOB,
        },
      };
      return answerPage();
    });
    respondTo("POST", `${base}/appeal.json`, (request) => {
      const { statement } = request.data as { statement: string };
      pages[Number(id)] = {
        ...page,
        appeal: {
          ...page.appeal!,
          can_appeal: false,
          appealed_at: new Date().toISOString(),
          statement,
          ballot_closes_at: inDays(3),
        },
        next_step: { key: "appeal_decision", at: inDays(3) },
      };
      return answerPage();
    });
    respondTo("POST", `${base}/recusal-requests.json`, (request) => {
      const { voter_id, reason } = request.data as {
        voter_id: number;
        reason: string;
      };
      pages[Number(id)] = {
        ...page,
        roll: page.roll.map((entry) =>
          entry.user.id === voter_id
            ? {
                ...entry,
                request: {
                  kind: "asked",
                  reason,
                  decision: null,
                  decision_reason: null,
                },
              }
            : entry
        ),
      };
      return answerPage();
    });
    respondTo("POST", `${base}/extension.json`, (request) => {
      pages[Number(id)] = {
        ...page,
        can_request_extension: false,
        window: {
          ...page.window!,
          extension_requested_at: new Date().toISOString(),
          extension_reason: (request.data as { reason: string }).reason,
        },
      };
      return answerPage();
    });
    respondTo("POST", `${base}/waive.json`, () => {
      pages[Number(id)] = {
        ...page,
        state: "voting",
        can_submit: false,
        can_waive: false,
        can_request_extension: false,
        window: {
          ...page.window!,
          open: false,
          waived_at: new Date().toISOString(),
        },
        next_step: { key: "decision", at: inDays(3) },
      };
      return answerPage();
    });
  }
}

export function installSampleCases() {
  installStatementPages();
  respondTo("GET", "/mediation/cases.json", (request) => {
    const { filter } = request.data as { filter: QueueFilter };
    return {
      status: 200,
      body: {
        filter,
        page: 0,
        has_more: false,
        counts: counts(),
        cases: cases.filter((c) => inFilter(filter, c)),
        can_see_archive: true,
      },
    };
  });

  for (const c of PAST_CASES) {
    respondTo("GET", `/mediation/cases/${c.id}.json`, () => answer(c));
  }
  respondTo("POST", "/mediation/cases/42/review.json", () =>
    answer(PAST_CASES[2])
  );

  for (const c of cases) {
    const base = `/mediation/cases/${c.id}`;
    respondTo("GET", `${base}.json`, () => answer(c));
    respondTo("PUT", `${base}/claim.json`, () => {
      Object.assign(c, {
        state: "mediating",
        mediator: YOU,
        can_claim: false,
        first_response_at: new Date().toISOString(),
      });
      return answer(c);
    });
    respondTo("PUT", `${base}/resolve.json`, (request) => {
      const { private_reminder, outcome_note } = request.data as {
        private_reminder: boolean;
        outcome_note: string;
      };
      c.state = "resolved";
      OUTCOME_NOTES[c.id] = outcome_note;
      RESOLVED_WITH_REMINDER.add(c.id);
      if (!private_reminder) {
        RESOLVED_WITH_REMINDER.delete(c.id);
      }
      return answer(c);
    });
    respondTo("POST", `${base}/report/submit.json`, () => ({
      status: 422,
      body: {
        errors: [
          "The report is not complete yet. Still missing: why it did not resolve; at least one cited item of the published list.",
        ],
      },
    }));
    respondTo("PUT", `${base}/escalate.json`, () => {
      c.state = "report_draft";
      return answer(c);
    });
    for (const [method, path] of [
      ["PUT", "assign"],
      ["PUT", "report"],
      ["PUT", "extension"],
      ["POST", "interim-suspension"],
      ["POST", "notes"],
      ["POST", "people"],
      ["POST", "cool-down"],
    ]) {
      respondTo(method, `${base}/${path}.json`, () => answer(c));
    }
    respondTo("POST", `${base}/implementation/preview.json`, (request) => {
      const { reason, duration_days } = request.data as {
        reason: string;
        duration_days?: number;
      };
      return {
        status: 200,
        body: {
          subject_message: `Hello,\n\nThe core developers have decided on the report about your post in “${c.topic_title}”.\n\nThe outcome: Cool-down. For that time you can read everything but cannot post.\n\nThe reasons, as the moderators put them: ${reason}\n\nThe way back. It ends by itself in ${duration_days ?? 7} days. After that you take part as before, with nothing more to do.\n\nWhat the record keeps. Mediators see this case in your history for 12 months; after that it is forgiven and no longer shown to them. The moderators' archive names you in it until 12 months after the cool-down ends; after that it shows “a member”. The members who asked for help are told whether action was taken, not which.`,
          requester_message: `Thank you for asking for help with “${c.topic_title}”. The case has now concluded, and the decision has been carried out.`,
        },
      };
    });
    [SAM_REQUEST, TOMASZ_NAMING].forEach((state, index) => {
      respondTo(
        "PUT",
        `${base}/recusal-requests/${index + 1}.json`,
        (request) => {
          const { decision, reason } = request.data as {
            decision: "granted" | "declined";
            reason: string;
          };
          Object.assign(state, { decision, decision_reason: reason });
          return answer(c);
        }
      );
    });
    respondTo("POST", `${base}/implement.json`, () => {
      c.state = "closed";
      return answer(c);
    });
    respondTo("POST", `${base}/conversation.json`, () => ({
      status: 200,
      body: {
        mediation_case: detail(c),
        conversation_url: "/t/a-conversation/99",
      },
    }));
  }
}

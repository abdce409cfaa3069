// Sample cases for the preview's mediation pages: enough to see every state
// in the queue, a case page, and each stepping-in form.
import type {
  CaseState,
  MediationCaseDetail,
  MediationQueueCase,
  MediationUser,
  QueueFilter,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/harness/fake-server";

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
  ["mediating", "Release schedule for 4.2", { mediator: NOOR }],
  [
    "report_draft",
    "Governance vote: what counts as a quorum?",
    { mediator: NOOR },
  ],
  [
    "awaiting_statements",
    "Code of conduct working group: call for volunteers",
    { mediator: YOU },
  ],
  ["voting", "Mailing list migration", { mediator: NOOR }],
  ["decided", "Benchmarks that disagree", { mediator: YOU }],
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
  ([state, title, extra], index) => {
    const created = extra.created_at ?? at(2 + index * 3);
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
      can_claim: state === "requested",
      ...extra,
    };
  }
);

function inFilter(filter: QueueFilter, c: MediationQueueCase) {
  switch (filter) {
    case "unassigned":
      return c.state === "requested" && !c.mediator;
    case "mine":
      return c.mediator?.id === YOU.id && !ENDED.includes(c.state);
    case "open":
      return !ENDED.includes(c.state);
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
  return {
    id: c.id,
    state: c.state,
    urgent: c.urgent,
    created_at: c.created_at,
    first_response_due_at: c.first_response_due_at,
    first_response_at: c.first_response_at,
    ended_at: null,
    outcome_note: null,
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
    },
  };
}

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
> {
  return {
    report: null,
    statement_window: null,
    statements: [],
    next_step: { key: "none", at: null },
    interim_suspended_until: null,
    published_list: [],
    ladder: [],
  };
}

function counts() {
  const filters: QueueFilter[] = [
    "unassigned",
    "mine",
    "open",
    "escalated",
    "closed",
  ];
  return Object.fromEntries(
    filters.map((f) => [f, cases.filter((c) => inFilter(f, c)).length])
  ) as Record<QueueFilter, number>;
}

const answer = (c: MediationQueueCase) => ({
  status: 200,
  body: { mediation_case: detail(c) },
});

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
        cases: cases.filter((c) => inFilter(filter, c)),
      },
    };
  });

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
    respondTo("PUT", `${base}/resolve.json`, () => {
      c.state = "resolved";
      return answer(c);
    });
    respondTo("PUT", `${base}/escalate.json`, () => {
      c.state = "report_draft";
      return answer(c);
    });
    for (const [method, path] of [
      ["PUT", "assign"],
      ["POST", "notes"],
      ["POST", "people"],
      ["POST", "cool-down"],
    ]) {
      respondTo(method, `${base}/${path}.json`, () => answer(c));
    }
    respondTo("POST", `${base}/conversation.json`, () => ({
      status: 200,
      body: {
        mediation_case: detail(c),
        conversation_url: "/t/a-conversation/99",
      },
    }));
  }
}

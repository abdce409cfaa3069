import type {
  ArchivePage,
  BallotState,
  CoachingView,
  EvidenceLimits,
  HelpRequestCreated,
  MediationCaseDetail,
  MediationErrorBody,
  MediationPost,
  MediationQueueCase,
  MediationQueuePage,
  MediationUser,
  MyHelpRequest,
  PublishedListPage,
  StatementPage,
  TransparencyPage,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";

export function postFixture(
  overrides: Partial<MediationPost> = {}
): MediationPost {
  return {
    id: 41,
    post_number: 4,
    username: "alice",
    topic_id: 12,
    can_request_mediation: true,
    mediation_replaces_flag: true,
    ...overrides,
  };
}

export function myRequestFixture(
  overrides: Partial<MyHelpRequest> = {}
): MyHelpRequest {
  return {
    id: 7,
    kind: "deescalate",
    status: "waiting",
    created_at: "2026-11-20T10:00:00Z",
    topic_title: "Packaging proposal",
    post_url: "/t/packaging-proposal/12/4",
    conduct_place: "forum",
    can_withdraw: true,
    outcome_note: null,
    next_step: { key: "mediator_assigned", at: "2026-11-21T10:00:00Z" },
    ...overrides,
  };
}

export function createdFixture(
  overrides: Partial<HelpRequestCreated> = {}
): HelpRequestCreated {
  return {
    help_request: myRequestFixture(),
    joined_existing_case: false,
    ...overrides,
  };
}

export function errorBody(message: string): MediationErrorBody {
  return { errors: [message] };
}

export function userFixture(
  username: string,
  id = username.length * 10
): MediationUser {
  return { id, username, name: null, avatar_template: "/a/{size}.png" };
}

/** The limits the server applies to evidence, at their defaults. */
export function evidenceLimitsFixture(): EvidenceLimits {
  return {
    evidence: 20,
    evidence_note: 1000,
    evidence_quote: 5000,
    evidence_link: 2000,
    evidence_upload_kb: 4096,
    conduct_where: 100,
    case_note: 5000,
  };
}

/** A case in the queue, opened two hours before `NOW`. */
export const NOW = new Date("2026-11-23T12:00:00Z");

export function queueCaseFixture(
  overrides: Partial<MediationQueueCase> = {}
): MediationQueueCase {
  return {
    id: 1,
    state: "requested",
    urgent: false,
    kinds: ["deescalate"],
    requests_count: 1,
    created_at: "2026-11-23T10:00:00Z",
    first_response_due_at: "2026-11-24T10:00:00Z",
    first_response_at: null,
    topic_title: "Packaging proposal",
    post_excerpt: "I cannot believe anyone would still suggest this.",
    post_url: "/t/packaging-proposal/12/4",
    conduct_place: "forum",
    mediator: null,
    stage_due_at: null,
    extension_decision_due_at: null,
    overdue: false,
    can_claim: true,
    ...overrides,
  };
}

export function queuePageFixture(
  overrides: Partial<MediationQueuePage> = {}
): MediationQueuePage {
  return {
    filter: "unassigned",
    page: 0,
    has_more: false,
    counts: {
      unassigned: 1,
      mine: 0,
      open: 1,
      escalated: 0,
      decided: 0,
      overdue: 0,
      closed: 0,
    },
    counts_capped: [],
    cases: [queueCaseFixture()],
    can_see_archive: false,
    evidence_limits: evidenceLimitsFixture(),
    ...overrides,
  };
}

export function caseFixture(
  overrides: Partial<MediationCaseDetail> = {}
): MediationCaseDetail {
  return {
    id: 5,
    conduct_place: "forum",
    state: "mediating",
    urgent: false,
    created_at: "2026-11-23T10:00:00Z",
    first_response_due_at: "2026-11-24T10:00:00Z",
    first_response_at: "2026-11-23T11:00:00Z",
    ended_at: null,
    outcome_note: null,
    outcome_note_shareable: false,
    topic: {
      id: 12,
      title: "Packaging proposal",
      url: "/t/packaging-proposal/12",
      closed: false,
      slow_mode_seconds: 0,
    },
    post: {
      id: 41,
      post_number: 4,
      url: "/t/packaging-proposal/12/4",
      cooked: "<p>I cannot believe anyone would still suggest this.</p>",
      author: userFixture("alice", 1),
    },
    attached_posts: [],
    conduct_elsewhere: null,
    evidence: [],
    recommendations: [],
    coaching: null,
    mediator: userFixture("mia", 3),
    requesters: [
      {
        id: 70,
        kind: "deescalate",
        message: "It is getting heated.",
        created_at: "2026-11-23T10:00:00Z",
        withdrawn: false,
        shared_message: null,
        user: userFixture("bob", 2),
      },
      {
        id: 71,
        kind: "unsafe",
        message: "",
        created_at: "2026-11-23T10:30:00Z",
        withdrawn: false,
        shared_message: null,
        user: null,
      },
    ],
    people: [{ subject: true, user: userFixture("alice", 1) }],
    timeline: [
      {
        id: 1,
        action: "case_opened",
        created_at: "2026-11-23T10:00:00Z",
        actor: userFixture("bob", 2),
        data: { kind: "deescalate" },
      },
      {
        id: 2,
        action: "request_added",
        created_at: "2026-11-23T10:30:00Z",
        actor: null,
        data: { kind: "unsafe" },
      },
      {
        id: 3,
        action: "claim",
        created_at: "2026-11-23T11:00:00Z",
        actor: userFixture("mia", 3),
        data: {},
      },
    ],
    notes: [],
    history: [],
    available_actions: [
      "assign",
      "resolve",
      "escalate",
      "add_note",
      "manage_people",
      "step_in",
    ],
    mediators: [userFixture("mia", 3), userFixture("noor", 4)],
    cool_down_options: {
      slow_mode_intervals: [600, 3600],
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
      attached_posts: 20,
      recommendation_text: 2000,
      recommendation_space: 60,
      recommendation_spaces: 5,
      recommendations: 5,
      ...evidenceLimitsFixture(),
    },
    report: null,
    statement_window: null,
    statements: [],
    next_step: { key: "mediation", at: null },
    interim_suspended_until: null,
    published_list: [],
    ladder: [],
    ballot_id: null,
    implementation: null,
    outcome_summary: null,
    resolution: null,
    contact: { contacted_at: null, told_at: null, no_contact_reason: null },
    recusal_requests: [],
    can_decide_recusals: false,
    questions: [],
    ...overrides,
  };
}

export function publishedListFixture(
  overrides: Partial<PublishedListPage> = {}
): PublishedListPage {
  return {
    items: [
      {
        key: "personal-attacks",
        version: 2,
        title: "Attacking the person instead of the argument",
        description: "Insults and remarks about someone's character.",
        retired: false,
      },
      {
        key: "threats",
        version: 1,
        title: "Threats and intimidation",
        description: "Threatening to harm someone or to expose them.",
        retired: false,
      },
    ],
    ladder: [
      {
        key: "no_action",
        kind: "no_action",
        title: "No action",
        description: "Nothing is done.",
        duration_days: null,
        review_days: null,
      },
      {
        key: "formal_warning",
        kind: "formal_warning",
        title: "Formal warning",
        description: "A recorded warning.",
        duration_days: null,
        review_days: 180,
      },
      {
        key: "suspension",
        kind: "suspension",
        title: "Temporary suspension",
        description: "Suspended, then restored.",
        duration_days: 30,
        review_days: null,
      },
    ],
    ...overrides,
  };
}

/** The report as the person concerned and the voters read it. */
function submittedReportFixture(): NonNullable<StatementPage["report"]> {
  return {
    what_happened: "Three replies called other members clueless.",
    mediation_course: "A public reminder, then a private conversation.",
    why_unresolved: "The remarks continued the next day.",
    recommended_keys: ["formal_warning"],
    submitted_at: "2026-11-20T10:00:00Z",
    cites_silence: false,
    contact: {
      contacted_at: "2026-11-18T09:00:00Z",
      told_at: "2026-11-18T09:00:00Z",
      no_contact_reason: null,
    },
    citations: [
      {
        key: "personal-attacks",
        version: 2,
        title: "Attacking the person instead of the argument",
        description: "Insults and remarks about someone's character.",
      },
    ],
    posts: [],
    conduct_elsewhere: null,
    evidence: [],
  };
}

export function statementPageFixture(
  overrides: Partial<StatementPage> = {}
): StatementPage {
  return {
    case_id: 5,
    state: "awaiting_statements",
    role: "subject",
    topic_title: "Packaging proposal",
    post_url: "/t/packaging-proposal/12/4",
    report: submittedReportFixture(),
    possible_outcomes: publishedListFixture().ladder.slice(0, 2),
    window: {
      deadline: "2026-11-27T10:00:00Z",
      closes_at: "2026-11-27T10:00:00Z",
      open: true,
      waived_at: null,
      extension_requested_at: null,
      extension_reason: null,
      extension_decision: null,
      extension_decision_reason: null,
      extension_decision_due_at: null,
    },
    my_statement: null,
    affected_closes_at: null,
    roll: [],
    can_request_recusal: false,
    appeal: null,
    can_submit: true,
    can_decline: false,
    can_request_extension: true,
    can_waive: true,
    next_step: { key: "vote_opens", at: "2026-11-27T10:00:00Z" },
    limits: {
      statement: 10000,
      review_statement: 2000,
      reminder_answer: 2000,
      recommendation_answer: 2000,
    },
    case_file: {
      title: "Packaging proposal",
      report: submittedReportFixture(),
      statements: [],
      earlier_outcomes: [],
      appeal_statement: null,
    },
    can_answer: false,
    answer_until: null,
    decision: null,
    outcome: null,
    review: null,
    reminder: null,
    recommendations: [],
    coaching: null,
    ...overrides,
  };
}

export function ballotFixture(
  overrides: Partial<BallotState> = {}
): BallotState {
  return {
    id: 3,
    kind: "decision",
    case_id: 5,
    topic_url: "/t/report-for-your-decision/40",
    open: true,
    opens_at: "2026-11-21T12:00:00Z",
    closes_at: "2026-11-24T12:00:00Z",
    options: publishedListFixture().ladder,
    case_file: {
      title: "Packaging proposal",
      report: submittedReportFixture(),
      statements: [
        {
          role: "subject",
          kind: "statement",
          question: null,
          raw: "I was frustrated, and I said so badly.",
          declined: false,
          created_at: "2026-11-21T09:00:00Z",
          user: userFixture("alice", 2),
        },
      ],
      earlier_outcomes: [
        {
          title: "Formal warning",
          ended_at: "2026-08-01T10:00:00Z",
          answer: null,
          coaching: null,
        },
      ],
      appeal_statement: null,
    },
    voter_status: "eligible",
    recusal_reason: null,
    results: null,
    can_ask_question: true,
    questions: [],
    limits: { question: 1000 },
    ...overrides,
  };
}

export function archivePage(overrides: Partial<ArchivePage> = {}): ArchivePage {
  return {
    page: 0,
    has_more: false,
    outcomes: [
      { key: "no_action", title: "No action" },
      { key: "suspension", title: "Temporary suspension" },
    ],
    cases: [
      {
        id: 11,
        state: "archived",
        topic_title: "Tabs versus spaces",
        subject_username: "alice",
        resolution: null,
        outcome: "suspension",
        outcome_title: "Temporary suspension",
        ended_at: "2026-09-01T10:00:00Z",
        recommended_spaces: [],
      },
      {
        id: 12,
        state: "resolved",
        topic_title: "Release plan",
        subject_username: null,
        resolution: "private_reminder",
        outcome: null,
        outcome_title: null,
        ended_at: "2026-08-01T10:00:00Z",
        recommended_spaces: [],
      },
    ],
    ...overrides,
  };
}

export function transparencyPage(
  overrides: Partial<TransparencyPage> = {}
): TransparencyPage {
  return {
    period: "month",
    outcomes: [
      { key: "no_action", title: "No action" },
      { key: "suspension", title: "Temporary suspension" },
    ],
    rows: [
      {
        period: "2026-10",
        requests: 14,
        resolved: 9,
        escalated: "fewer_than_3",
        outcomes: { no_action: "fewer_than_3", suspension: 0 },
        cases_by_place: {
          forum: 11,
          private_message: "fewer_than_3",
          elsewhere: 0,
        },
        median_first_response_hours: 5.5,
        median_days_to_decision: null,
      },
      {
        period: "2026-11",
        requests: 20,
        resolved: 12,
        escalated: 3,
        outcomes: { no_action: 0, suspension: 3 },
        cases_by_place: { forum: 15, private_message: 0, elsewhere: 0 },
        median_first_response_hours: 3,
        median_days_to_decision: 11.5,
      },
    ],
    counted_at: "2026-11-24T12:00:00Z",
    can_publish: true,
    publish_category: "Announcements",
    ...overrides,
  };
}

/** A coaching outcome mid-way: the plan agreed, one check-in held, one due. */
export function coachingFixture(
  overrides: Partial<CoachingView> = {}
): CoachingView {
  return {
    period_ends_on: "2099-02-07",
    coach: userFixture("mia", 3),
    plan: "Weekly talks about tone.",
    plan_status: "agreed",
    change_comment: null,
    agreed_at: "2026-11-24T10:00:00Z",
    check_ins: [
      {
        id: 7,
        due_on: "2020-01-10",
        status: "held",
        note: "A good talk.",
        recorded_at: "2020-01-10T10:00:00Z",
        can_record: false,
      },
      {
        id: 8,
        due_on: "2020-01-24",
        status: null,
        note: null,
        recorded_at: null,
        can_record: true,
      },
    ],
    summary: null,
    summary_at: null,
    result: null,
    finished_at: null,
    can_propose: false,
    can_answer: false,
    can_write_summary: false,
    can_finish: true,
    limits: {
      plan: 3000,
      comment: 1000,
      note: 500,
      summary: 3000,
      check_ins: 12,
    },
    ...overrides,
  };
}

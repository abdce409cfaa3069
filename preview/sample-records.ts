// The preview's sample cases as the server keeps them: who, what, and the
// pace of the steps people took. Every page derives from these records (the
// queue, the case page, the statement page, the ballots, the archive, a
// member's requests), so that no two pages tell a case differently. Dates come
// from preview/sample-timeline.ts, outcomes from the ballot count
// (preview/tally.ts). The scripted server's actions change the records.
import type {
  CaseReview,
  CaseState,
  HelpRequestKind,
  LadderStep,
  MediationUser,
  RecusalRequestState,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import {
  CASE_4_POSTS,
  CASE_7_POSTS,
  type SampleAttachment,
} from "./sample-attachments";
import {
  PRIVATE_MESSAGE,
  PRIVATE_MESSAGE_LABEL,
  TOPIC_TITLE,
} from "./sample-data";
import {
  CASE_50,
  CASE_50_EVIDENCE,
  CASE_51,
  CASE_51_EVIDENCE,
  CASE_52,
  CASE_52_EVIDENCE,
  elsewhereTitle,
  type SampleElsewhere,
  type SampleEvidence,
} from "./sample-elsewhere";
import { SAMPLE_LADDER } from "./sample-list";
import {
  ALICE,
  BOB,
  CAROL,
  DMITRI,
  LEE,
  MARIA,
  NOOR,
  SAM,
  TOMASZ,
  YOU,
} from "./sample-people";
import {
  CASE_12_RECOMMENDATIONS,
  CASE_41_RECOMMENDATIONS,
  CASE_42_RECOMMENDATIONS,
  type SampleRecommendation,
} from "./sample-recommendation-data";
import {
  type CaseDates,
  caseDates,
  type CasePlan,
  SETTINGS,
} from "./sample-timeline";
import { ABSTAIN, decide, type TallyResult } from "./tally";

/** A statement, sent a number of hours after the report was submitted. */
export interface PlannedStatement {
  user: MediationUser;
  role: "subject" | "affected";
  after: number;
  raw: string;
  declined: boolean;
}

export interface SampleBallot {
  id: number;
  eligible: number;
  /** How many chose each option (and `abstain`); null while it is open. */
  papers: Record<string, number> | null;
  reasons: string[];
  /** Whether the staff viewer is on its roll and voted. */
  viewer: "eligible" | "voted" | "not_a_voter";
}

export interface SampleRecusal extends RecusalRequestState {
  id: number;
  voter: MediationUser;
  /** Hours after submission. */
  after: number;
}

export interface SampleCase {
  id: number;
  /** Where the case stands now; test/preview/samples.mjs checks it against its dates. */
  state: CaseState;
  title: string;
  topicId: number;
  postNumber: number;
  excerpt: string;
  subject: MediationUser;
  mediator: MediationUser | null;
  /** The kind of each request, in the order made; the first is Bob's. */
  requests: HelpRequestKind[];
  plan: CasePlan;
  recommended: string[];
  cited: string[];
  statements: PlannedStatement[];
  recusals: SampleRecusal[];
  extensionReason: string | null;
  extensionDecisionReason: string | null;
  ballot: SampleBallot | null;
  appeal: { ballot: SampleBallot; statement: string } | null;
  /** A step carried out more leniently than decided, chosen by the moderator. */
  carriedOutKey: string | null;
  outcomeReason: string | null;
  outcomeNote: string | null;
  outcomeNoteShareable: boolean;
  privateReminder: boolean;
  /** The moderators' review at the review date, once done. */
  review: CaseReview | null;
  /** Further posts attached to the case, oldest first. */
  attached: SampleAttachment[];
  /** Recommendations to other spaces, once a sanction is carried out. */
  recommendations: SampleRecommendation[];
  /** About a private message, shared by the member who asked. */
  privateMessage: boolean;
  /** About conduct outside the forum: no topic or post. */
  elsewhere: SampleElsewhere | null;
  evidence: SampleEvidence[];
}

const EXCERPT =
  "I cannot believe anyone still suggests this. Have you even read the thread before posting?";

const SUBJECT_STATEMENT =
  "I was frustrated that the proposal ignored our users. I should have said so without the insults, and I apologise to those I hurt.";

const REASONS = [
  "A first time, and an apology in the statement: a warning is enough.",
  "The remarks were repeated after two attempts at mediation.",
];

function subjectSays(user: MediationUser, after: number): PlannedStatement {
  return {
    user,
    role: "subject",
    after,
    raw: SUBJECT_STATEMENT,
    declined: false,
  };
}

const BOB_DECLINED: PlannedStatement = {
  user: BOB,
  role: "affected",
  after: 60,
  raw: "",
  declined: true,
};

/** What a case has unless it says otherwise. */
function sample(
  id: number,
  state: CaseState,
  title: string,
  subject: MediationUser,
  plan: CasePlan,
  extra: Partial<SampleCase> = {}
): SampleCase {
  return {
    id,
    state,
    title,
    topicId: 100 + id,
    postNumber: 4,
    excerpt: EXCERPT,
    subject,
    mediator: plan.claimed === undefined ? null : NOOR,
    requests: ["deescalate"],
    plan,
    recommended: ["formal_warning", "cool_down"],
    cited: ["personal-attacks"],
    statements: [],
    recusals: [],
    extensionReason: null,
    extensionDecisionReason: null,
    ballot: null,
    appeal: null,
    carriedOutKey: null,
    outcomeReason: null,
    outcomeNote: null,
    outcomeNoteShareable: false,
    privateReminder: false,
    review: null,
    attached: [],
    recommendations: [],
    privateMessage: false,
    elsewhere: null,
    evidence: [],
    ...extra,
  };
}

// Hours: a mediator claims 3 hours after opening and reaches the person
// concerned 2 hours later; escalating and writing the report take a day
// each; statements take the statement days, the ballot its hours.
const ESCALATED = { claimed: 3, contacted: 2, escalated: 24, submitted: 24 };
/** Hours from opening to the ballot's close, on that pace. */
const TO_BALLOT_CLOSE =
  3 + 24 + 24 + SETTINGS.statementDays * 24 + SETTINGS.ballotHours;

function ballot(
  id: number,
  eligible: number,
  papers: Record<string, number> | null,
  viewer: SampleBallot["viewer"] = "voted"
): SampleBallot {
  return { id, eligible, papers, reasons: papers ? REASONS : [], viewer };
}

export const RECORDS: SampleCase[] = [
  sample(
    1,
    "requested",
    "Why was my pull request closed without a review?",
    LEE,
    { opened: 2 },
    {
      requests: ["unsafe", "deescalate", "deescalate"],
    }
  ),
  sample(2, "requested", "Tabs versus spaces, again", MARIA, { opened: 5 }),
  // Unclaimed past the first-response time.
  sample(3, "requested", "Proposal: a new logo for the project", SAM, {
    opened: 30,
  }),
  // Conduct outside the forum: Bob asked about a code review; yours.
  sample(
    50,
    "mediating",
    elsewhereTitle(CASE_50.where),
    DMITRI,
    { opened: 26, claimed: 2, contacted: 3 },
    {
      mediator: YOU,
      excerpt: "",
      elsewhere: CASE_50,
      evidence: [...CASE_50_EVIDENCE],
    }
  ),
  // Outside the forum, opened by you from the queue; the report is being written.
  sample(
    51,
    "report_draft",
    elsewhereTitle(CASE_51.where),
    CAROL,
    { opened: 70, claimed: 0, contacted: 20, escalated: 30 },
    {
      mediator: YOU,
      requests: [],
      excerpt: "",
      elsewhere: CASE_51,
      evidence: [...CASE_51_EVIDENCE],
    }
  ),
  // Outside the forum, urgent; the ballot opened 6 hours ago.
  sample(
    52,
    "voting",
    elsewhereTitle(CASE_52.where),
    SAM,
    { opened: TO_BALLOT_CLOSE - SETTINGS.ballotHours + 6, ...ESCALATED },
    {
      requests: ["unsafe"],
      excerpt: "",
      elsewhere: CASE_52,
      evidence: [...CASE_52_EVIDENCE],
      statements: [subjectSays(SAM, SETTINGS.statementDays * 24 - 4)],
      ballot: ballot(30, 9, null, "eligible"),
    }
  ),
  // The sample topic's own case: yours, and the person not reached yet.
  sample(
    4,
    "mediating",
    TOPIC_TITLE,
    TOMASZ,
    { opened: 11, claimed: 3 },
    {
      mediator: YOU,
      topicId: 12,
      postNumber: 2,
      attached: [...CASE_4_POSTS],
      excerpt:
        "Anyone who still thinks the legacy parser is fine clearly hasn't read the bug tracker. This is embarrassing.",
    }
  ),
  // About a private message Tomasz sent Bob: yours, in a private conversation.
  sample(
    13,
    "mediating",
    PRIVATE_MESSAGE_LABEL,
    TOMASZ,
    { opened: 20, claimed: 2, contacted: 1 },
    {
      mediator: YOU,
      requests: ["unsafe"],
      privateMessage: true,
      excerpt: PRIVATE_MESSAGE.excerpt,
    }
  ),
  // Mediating past its target.
  sample(5, "mediating", "Release schedule for 4.2", CAROL, {
    opened: 16 * 24,
    claimed: 3,
    contacted: 2,
  }),
  sample(
    6,
    "report_draft",
    "Governance vote: what counts as a quorum?",
    SAM,
    {
      opened: 63,
      claimed: 3,
      contacted: 2,
      escalated: 12,
    },
    { mediator: YOU }
  ),
  // Noor wrote its report, so you, as a moderator, decide on more time.
  sample(
    7,
    "awaiting_statements",
    "Code of conduct working group: call for volunteers",
    ALICE,
    {
      opened: 120,
      ...ESCALATED,
      submitted: 45,
      extensionAsked: 44,
    },
    {
      requests: ["unsafe"],
      attached: [...CASE_7_POSTS],
      extensionReason:
        "I am travelling this week and would like to answer properly.",
      statements: [
        {
          user: BOB,
          role: "affected",
          after: 45,
          raw: "The remarks were aimed at my proposal and at me. I stopped posting in the thread after the second one.",
          declined: false,
        },
      ],
      recusals: [
        {
          id: 1,
          voter: SAM,
          after: 30,
          kind: "asked",
          reason:
            "Sam and I have argued about the installer for two years; he called my proposal reckless last month.",
          decision: null,
          decision_reason: null,
        },
        // Tomasz is a voter the report names as affected: a moderator confirms it.
        {
          id: 2,
          voter: TOMASZ,
          after: 0,
          kind: "named",
          reason: null,
          decision: null,
          decision_reason: null,
        },
      ],
    }
  ),
  // Bob, named as affected, has not answered yet.
  sample(
    77,
    "awaiting_statements",
    "Code of conduct working group: call for volunteers",
    LEE,
    {
      opened: 100,
      claimed: 3,
      contacted: 2,
      escalated: 20,
      submitted: 15,
    },
    { topicId: 107, postNumber: 6 }
  ),
  // Told six hours ago: the person concerned has done nothing yet.
  sample(
    78,
    "awaiting_statements",
    "Continuous integration: who pays for the runners?",
    TOMASZ,
    { opened: 40, claimed: 3, contacted: 2, escalated: 20, submitted: 9 }
  ),
  // The ballot opened 20 hours ago.
  sample(
    8,
    "voting",
    "Mailing list migration",
    MARIA,
    {
      opened: TO_BALLOT_CLOSE - SETTINGS.ballotHours + 20,
      ...ESCALATED,
    },
    {
      statements: [
        subjectSays(MARIA, SETTINGS.statementDays * 24 - 8),
        BOB_DECLINED,
      ],
      ballot: ballot(1, 9, null, "eligible"),
    }
  ),
  // Decided four days ago: past the days to carry it out.
  sample(
    9,
    "decided",
    "Benchmarks that disagree",
    LEE,
    {
      opened: TO_BALLOT_CLOSE + 96,
      ...ESCALATED,
    },
    {
      statements: [subjectSays(LEE, 100), BOB_DECLINED],
      ballot: ballot(4, 9, {
        no_action: 1,
        formal_warning: 1,
        cool_down: 4,
        [ABSTAIN]: 1,
      }),
    }
  ),
  sample(
    10,
    "resolved",
    "Type hints in the standard library",
    TOMASZ,
    {
      opened: 8 * 24,
      claimed: 3,
      contacted: 2,
      resolved: 67,
    },
    {
      mediator: YOU,
      outcomeNote:
        "Both agreed the type hints proposal needs a PEP first; the thread calmed down.",
      outcomeNoteShareable: true,
    }
  ),
  sample(11, "withdrawn", "Documentation theme", CAROL, {
    opened: 9 * 24 + 5,
    withdrawn: 5,
  }),
  // Carried out three days ago: the formal warning may still be appealed.
  sample(
    12,
    "closed",
    "Issue tracker etiquette",
    ALICE,
    {
      opened: TO_BALLOT_CLOSE + 96,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      statements: [subjectSays(ALICE, 100), BOB_DECLINED],
      ballot: ballot(10, 9, {
        no_action: 2,
        formal_warning: 3,
        cool_down: 1,
        [ABSTAIN]: 1,
      }),
      outcomeReason:
        "The insults continued after two attempts at mediation. The statement was heard; the voters chose a warning.",
      recommendations: [...CASE_12_RECOMMENDATIONS],
    }
  ),
  // Coaching carried out 22 days ago: the plan agreed, the first check-in
  // held, the second due and not recorded yet (preview/sample-coaching.ts).
  sample(
    14,
    "closed",
    "Review etiquette for first-time contributors",
    MARIA,
    {
      opened: TO_BALLOT_CLOSE + 24 + 22 * 24,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      recommended: ["formal_warning", "coaching"],
      statements: [subjectSays(MARIA, 100), BOB_DECLINED],
      ballot: ballot(21, 9, { no_action: 2, formal_warning: 1, coaching: 5 }),
      outcomeReason:
        "Curt reviews that drove newcomers away, and a wish to do better in the statement: the voters chose coaching.",
    }
  ),
  // Coaching carried out yesterday: the plan waits for the person concerned.
  sample(
    15,
    "closed",
    "Deprecation policy for the old parser",
    DMITRI,
    {
      opened: TO_BALLOT_CLOSE + 48,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      recommended: ["formal_warning", "coaching"],
      statements: [subjectSays(DMITRI, 100), BOB_DECLINED],
      ballot: ballot(22, 9, { no_action: 1, formal_warning: 2, coaching: 4 }),
      outcomeReason:
        "Dismissive replies after a reminder; the voters chose coaching over a warning.",
    }
  ),
  // Coaching carried out two hours ago: no plan yet, the mediator's to propose.
  sample(
    16,
    "closed",
    "Roadmap thread: who decides the next release?",
    CAROL,
    {
      opened: TO_BALLOT_CLOSE + 4,
      ...ESCALATED,
      carriedOut: 2,
    },
    {
      recommended: ["formal_warning", "coaching"],
      statements: [subjectSays(CAROL, 100), BOB_DECLINED],
      ballot: ballot(23, 9, { no_action: 1, formal_warning: 1, coaching: 5 }),
      outcomeReason:
        "Sweeping judgements of other people's work; the voters chose coaching.",
    }
  ),
  sample(
    40,
    "archived",
    "Mailing list migration, part one",
    TOMASZ,
    {
      opened: TO_BALLOT_CLOSE + 24 + 45 * 24,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      statements: [subjectSays(TOMASZ, 100), BOB_DECLINED],
      ballot: ballot(6, 9, { no_action: 4, formal_warning: 1, cool_down: 1 }),
      outcomeReason: "The voters found nothing to act on.",
    }
  ),
  // A cool-down carried out four days ago, appealed 20 hours ago.
  sample(
    41,
    "closed",
    "Benchmark results in the release notes",
    CAROL,
    {
      opened: TO_BALLOT_CLOSE + 24 + 4 * 24,
      ...ESCALATED,
      carriedOut: 24,
      appealed: 4 * 24 - 20,
    },
    {
      statements: [subjectSays(CAROL, 100), BOB_DECLINED],
      ballot: ballot(
        8,
        8,
        { no_action: 1, formal_warning: 1, cool_down: 3 },
        "not_a_voter"
      ),
      appeal: {
        ballot: ballot(7, 7, null, "eligible"),
        statement:
          "I accept that my replies were unkind, and I apologised in the thread the next day. A week without posting stops me from fixing the benchmark script people rely on; I ask for a warning instead.",
      },
      outcomeReason:
        "Unkind replies repeated after a reminder. The voters chose a week's cool-down.",
      recommendations: [...CASE_41_RECOMMENDATIONS],
    }
  ),
  // A long suspension whose review date came yesterday.
  sample(
    42,
    "archived",
    "Release notes tone",
    DMITRI,
    {
      opened: TO_BALLOT_CLOSE + 24 + 181 * 24,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      recommended: ["suspension", "long_suspension"],
      cited: ["threats"],
      statements: [subjectSays(DMITRI, 100), BOB_DECLINED],
      ballot: ballot(9, 9, { no_action: 1, suspension: 2, long_suspension: 4 }),
      outcomeReason:
        "Threats after two attempts at mediation. The voters chose a long suspension, with a review at six months.",
      recommendations: [...CASE_42_RECOMMENDATIONS],
    }
  ),
  // Ended long ago with No action (the ballot missed its quorum): forgiven.
  sample(
    43,
    "archived",
    "Licence change debate (2025)",
    LEE,
    {
      opened: TO_BALLOT_CLOSE + 24 + 420 * 24,
      ...ESCALATED,
      carriedOut: 24,
    },
    {
      statements: [subjectSays(LEE, 100), BOB_DECLINED],
      ballot: ballot(5, 9, { formal_warning: 1, cool_down: 2 }),
      outcomeReason: "The ballot did not reach its quorum.",
    }
  ),
  sample(
    90,
    "resolved",
    "Tabs versus spaces (the first time)",
    ALICE,
    {
      opened: 90 * 24,
      claimed: 3,
      contacted: 2,
      resolved: 43,
    },
    { outcomeNote: "Both agreed to disagree." }
  ),
  sample(
    91,
    "resolved",
    "Naming conventions for the new module",
    MARIA,
    {
      opened: 14 * 24,
      claimed: 3,
      contacted: 2,
      resolved: 43,
    },
    {
      outcomeNote:
        "A reminder of the list was enough: the author apologised in the thread.",
      privateReminder: true,
    }
  ),
];

export function findRecord(id: number) {
  const found = RECORDS.find((record) => record.id === id);
  if (!found) {
    throw new Error(`No sample case ${id}`);
  }
  return found;
}

/** The title of a sample case, so other samples need not repeat it. */
export function caseTitle(id: number) {
  return findRecord(id).title;
}

/** No action first, then the steps the report recommends, least severe first. */
export function ballotOptions(record: SampleCase): LadderStep[] {
  return SAMPLE_LADDER.filter(
    (step) => step.kind === "no_action" || record.recommended.includes(step.key)
  );
}

/** The ballot's count, once it has closed, as the server counts it. */
export function countOf(
  sampleBallot: SampleBallot,
  options: string[],
  kept: string | null = null
): TallyResult | null {
  if (!sampleBallot.papers) {
    return null;
  }
  const papers = Object.entries(sampleBallot.papers).flatMap(
    ([choice, count]) => Array<string>(count).fill(choice)
  );
  return decide({
    options,
    ballots: papers,
    eligible: sampleBallot.eligible,
    quorum_percent: SETTINGS.quorumPercent,
    minimum: SETTINGS.minBallots,
    kept,
  });
}

/** What the ballot decided, and the step carried out. */
export function outcomeOf(record: SampleCase) {
  const options = ballotOptions(record);
  const tally = record.ballot
    ? countOf(
        record.ballot,
        options.map((step) => step.key)
      )
    : null;
  const decided = tally
    ? (SAMPLE_LADDER.find((step) => step.key === tally.outcome) ?? null)
    : null;
  const carriedOut = record.carriedOutKey
    ? (SAMPLE_LADDER.find((step) => step.key === record.carriedOutKey) ??
      decided)
    : decided;
  return { options, tally, decided, carriedOut };
}

/** Every date of a case, from its plan and what its ballot decided. */
export function datesOf(record: SampleCase): CaseDates {
  return caseDates(record.plan, outcomeOf(record).carriedOut);
}

/** Hours from `from` to now: what an action taken now adds to a plan. */
export function hoursSince(from: number | null) {
  return from === null ? 0 : (Date.now() - from) / (60 * 60 * 1000);
}

/** An appeal's options: No action up to the step carried out. */
export function appealOptions(record: SampleCase) {
  const carried = outcomeOf(record).carriedOut?.key;
  const options = ballotOptions(record);
  return options.slice(
    0,
    options.findIndex((step) => step.key === carried) + 1
  );
}

/** What an appeal's ballot decided, once it has closed. */
export function appealCountOf(record: SampleCase) {
  if (!record.appeal) {
    return null;
  }
  const keys = appealOptions(record).map((step) => step.key);
  return countOf(
    record.appeal.ballot,
    keys,
    outcomeOf(record).carriedOut?.key ?? null
  );
}

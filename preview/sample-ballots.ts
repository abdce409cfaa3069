// Ballots for the preview, one in each state a voter can meet.
import type {
  BallotResults,
  BallotState,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { caseTitle, HEARD_STATEMENTS, SUBMITTED_REPORT } from "./sample-cases";
import { SAMPLE_LADDER } from "./sample-list";

const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const OPTIONS = SAMPLE_LADDER.filter((step) =>
  ["no_action", "formal_warning", "cool_down"].includes(step.key)
);

// What voters read: the report as submitted, and the statements.
// The same report and statements as the case pages show (sample-cases.ts),
// without the editor's keys.
const {
  cited_keys: _cited,
  affected_user_ids: _affected,
  ...REPORT
} = SUBMITTED_REPORT;

const CASE_FILE: BallotState["case_file"] = {
  title: "",
  report: REPORT,
  statements: HEARD_STATEMENTS,
  earlier_outcomes: [],
  appeal_statement: null,
};

function results(overrides: Partial<BallotResults>): BallotResults {
  return {
    outcome: "formal_warning",
    quorum_met: true,
    eligible: 9,
    cast: 7,
    abstentions: 1,
    required: 5,
    quorum_percent: 50,
    reasons: [
      "A first time, and an apology in the statement: a warning is enough.",
      "The remarks were repeated after two attempts at mediation.",
    ],
    counts: [
      { key: "no_action", count: 2 },
      { key: "formal_warning", count: 3 },
      { key: "cool_down", count: 1 },
    ],
    ...overrides,
  };
}

// Which case each sample ballot decides: the open ones are case 8's (being
// voted on); 4 decided case 9's cool-down; 5 and 6 ended past cases.
const CASE_OF_BALLOT: Record<number, number> = { 4: 9, 5: 42, 6: 40, 7: 41 };

function ballot(id: number, overrides: Partial<BallotState>): BallotState {
  const caseId = CASE_OF_BALLOT[id] ?? 8;
  return {
    id,
    kind: "decision",
    case_id: caseId,
    topic_url: null,
    open: true,
    opens_at: at(-20),
    closes_at: at(52),
    options: OPTIONS,
    case_file: { ...CASE_FILE, title: caseTitle(caseId) },
    voter_status: "eligible",
    recusal_reason: null,
    results: null,
    ...overrides,
  };
}

/**
 * 1 eligible, 2 voted, 3 recused, 4 decided, 5 quorum missed, 6 no action,
 * 7 an appeal's ballot: the decided cool-down and the less severe steps.
 */
export const SAMPLE_BALLOTS: BallotState[] = [
  ballot(1, {}),
  ballot(2, { voter_status: "voted" }),
  ballot(3, { voter_status: "recused", recusal_reason: "mediator" }),
  ballot(4, {
    open: false,
    closes_at: at(-2),
    voter_status: "voted",
    results: results({
      outcome: "cool_down",
      counts: [
        { key: "no_action", count: 2 },
        { key: "formal_warning", count: 1 },
        { key: "cool_down", count: 3 },
      ],
    }),
  }),
  ballot(5, {
    open: false,
    closes_at: at(-2),
    voter_status: "voted",
    results: results({
      outcome: "no_action",
      quorum_met: false,
      cast: 3,
      abstentions: 0,
      counts: [
        { key: "no_action", count: 0 },
        { key: "formal_warning", count: 1 },
        { key: "cool_down", count: 2 },
      ],
    }),
  }),
  ballot(6, {
    open: false,
    closes_at: at(-2),
    voter_status: "voted",
    results: results({
      outcome: "no_action",
      counts: [
        { key: "no_action", count: 4 },
        { key: "formal_warning", count: 1 },
        { key: "cool_down", count: 1 },
      ],
    }),
  }),
  ballot(7, {
    kind: "appeal",
    case_file: {
      ...CASE_FILE,
      title: caseTitle(41),
      appeal_statement:
        "I accept that my replies were unkind, and I apologised in the thread the next day. A week without posting stops me from fixing the benchmark script people rely on; I ask for a warning instead.",
    },
  }),
];

export function installSampleBallots() {
  for (const sample of SAMPLE_BALLOTS) {
    const base = `/mediation/ballots/${sample.id}`;
    respondTo("GET", `${base}.json`, () => ({
      status: 200,
      body: { ballot: sample },
    }));
    respondTo("POST", `${base}/vote.json`, () => ({
      status: 200,
      body: {
        ballot: { ...sample, voter_status: "voted" },
        receipt: "K7QP-3XMA-9TRD-WE4H",
      },
    }));
    respondTo("POST", `${base}/verify.json`, (request) => ({
      status: 200,
      body: {
        counted:
          (request.data as { receipt: string }).receipt
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, "") === "K7QP3XMA9TRDWE4H",
      },
    }));
  }
}

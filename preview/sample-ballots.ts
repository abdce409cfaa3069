// Ballots for the preview, one in each state a voter can meet. Each is the
// ballot of a sample case (preview/sample-records.ts): its dates are the
// case's, its case file the one the person concerned reads, and its outcome
// the server's count of its papers (preview/tally.ts).
import type {
  BallotCaseFile,
  BallotResults,
  BallotState,
  EarlierOutcome,
  RecusalReason,
  VoterStatus,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { coachingViewOf } from "./sample-coaching";
import { statementsOf, submittedReport } from "./sample-file";
import {
  appealOptions,
  ballotOptions,
  countOf,
  datesOf,
  outcomeOf,
  RECORDS,
  type SampleBallot,
  type SampleCase,
} from "./sample-records";
import { isoOrNull, remembered, SETTINGS } from "./sample-timeline";

/**
 * Case 8's open ballot as two other voters see it: one who voted, and its
 * mediator, who is not on the roll. The preview shows each at its own id.
 */
const OTHER_VIEWS: Record<
  number,
  { of: number; status: VoterStatus; reason: RecusalReason | null }
> = {
  2: { of: 1, status: "voted", reason: null },
  3: { of: 1, status: "recused", reason: "mediator" },
};

/** The case and ballot behind a ballot id, decision or appeal. */
export function findBallot(id: number) {
  for (const record of RECORDS) {
    if (record.ballot?.id === id) {
      return { record, ballot: record.ballot, kind: "decision" as const };
    }
    if (record.appeal?.ballot.id === id) {
      return { record, ballot: record.appeal.ballot, kind: "appeal" as const };
    }
  }
  return null;
}

/** Every ballot id the preview answers for. */
export function ballotIds() {
  const ids = RECORDS.flatMap((record) => [
    record.ballot?.id,
    record.appeal?.ballot.id,
  ]);
  return [
    ...ids.filter((id): id is number => id !== undefined),
    ...Object.keys(OTHER_VIEWS).map(Number),
  ];
}

/** What the voters read: the case's own file. */
export function caseFileOf(record: SampleCase): BallotCaseFile {
  return {
    title: record.title,
    report: submittedReport(record),
    statements: statementsOf(record),
    earlier_outcomes: earlierOutcomes(record),
    appeal_statement: null,
  };
}

/**
 * BallotView.earlier_outcomes: the subject's other ended cases still
 * remembered, with an outcome or a private reminder.
 */
function earlierOutcomes(record: SampleCase): EarlierOutcome[] {
  return RECORDS.filter(
    (other) =>
      other.id !== record.id &&
      other.subject.id === record.subject.id &&
      (other.privateReminder || outcomeOf(other).carriedOut) &&
      datesOf(other).ended !== null &&
      remembered(datesOf(other).ended)
  ).map((other) => ({
    title: other.privateReminder
      ? "Private reminder (by a mediator)"
      : outcomeOf(other).carriedOut!.title,
    ended_at: isoOrNull(datesOf(other).ended)!,
    answer: null,
    coaching:
      outcomeOf(other).carriedOut?.kind === "coaching"
        ? (coachingViewOf(other, "staff")?.result ?? "ongoing")
        : null,
  }));
}

function results(
  sample: SampleBallot,
  options: string[],
  kept: string | null
): BallotResults | null {
  const tally = countOf(sample, options, kept);
  if (!tally) {
    return null;
  }
  return {
    outcome: tally.outcome,
    quorum_met: tally.quorum_met,
    eligible: tally.eligible,
    cast: tally.cast,
    abstentions: tally.abstentions,
    required: tally.required,
    quorum_percent: SETTINGS.quorumPercent,
    counts: options.map((key) => ({ key, count: tally.counts[key] })),
    reasons: [...sample.reasons].sort(),
  };
}

/** GET /mediation/ballots/:id.json, as the staff viewer sees it. */
export function ballotState(id: number): BallotState | null {
  const view = OTHER_VIEWS[id];
  const found = findBallot(view?.of ?? id);
  if (!found) {
    return null;
  }
  const { record, ballot, kind } = found;
  const dates = datesOf(record);
  const appeal = kind === "appeal";
  const options = appeal ? appealOptions(record) : ballotOptions(record);
  const opensAt = appeal ? dates.appealed : dates.ballotOpens;
  const closesAt = appeal ? dates.appealBallotCloses : dates.ballotCloses;
  const keys = options.map((step) => step.key);
  const kept = appeal ? (outcomeOf(record).carriedOut?.key ?? null) : null;
  const open = closesAt !== null && Date.now() < closesAt;
  const status = view?.status ?? ballot.viewer;
  return {
    id,
    kind,
    case_id: record.id,
    topic_url: null,
    open,
    opens_at: isoOrNull(opensAt)!,
    closes_at: isoOrNull(closesAt)!,
    options,
    case_file: {
      ...caseFileOf(record),
      appeal_statement: appeal ? (record.appeal?.statement ?? null) : null,
    },
    voter_status: status,
    recusal_reason: view?.reason ?? null,
    results: results(ballot, keys, kept),
    // On the roll of an open first ballot, voted or not.
    can_ask_question:
      open && !appeal && (status === "eligible" || status === "voted"),
    questions: [],
    limits: { question: 1000 },
  };
}

export function installSampleBallots() {
  for (const id of ballotIds()) {
    installBallot(id);
  }
}

/** The ballot's endpoints; also for a ballot a preview action opens. */
export function installBallot(id: number) {
  const base = `/mediation/ballots/${id}`;
  respondTo("GET", `${base}.json`, () => ({
    status: 200,
    body: { ballot: ballotState(id) },
  }));
  respondTo("POST", `${base}/vote.json`, () => {
    const found = findBallot(id);
    if (found && !OTHER_VIEWS[id]) {
      found.ballot.viewer = "voted";
    }
    return {
      status: 200,
      body: {
        ballot: { ...ballotState(id)!, voter_status: "voted" },
        receipt: "K7QP-3XMA-9TRD-WE4H",
      },
    };
  });
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

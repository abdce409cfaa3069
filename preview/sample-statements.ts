// The statement page of each sample case past its report (GET
// /mediation/cases/:id/statement.json), for the person it is about, for
// someone named as affected (case 77, Bob) and for staff, who read it as
// the person concerned does. It is read from the same record as the case
// page, and the member's actions change that record, answered as the server
// answers them (app/services/discourse_mediation/statement).
import type {
  AppealState,
  RollEntry,
  StatementDecision,
  StatementPage,
  StatementReview,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import type { FakeResponse } from "../test/javascripts/helpers/fake-server";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { caseFileOf, installBallot } from "./sample-ballots";
import { coachingViewOf } from "./sample-coaching";
import type { Viewer } from "./sample-data";
import {
  appealOpen,
  nextStepOf,
  outcomeSummary,
  postUrl,
} from "./sample-detail";
import {
  statementsOf,
  submittedReport,
  windowOf,
  windowOpen,
} from "./sample-file";
import { BOB, VOTERS } from "./sample-people";
import {
  installRecommendationAnswers,
  statementRecommendationsOf,
} from "./sample-recommendations";
import {
  appealCountOf,
  appealOptions,
  ballotOptions,
  datesOf,
  hoursSince,
  outcomeOf,
  RECORDS,
  type SampleCase,
} from "./sample-records";
import { iso, isoOrNull } from "./sample-timeline";

type Role = StatementPage["role"];

/** Who the preview's member is on each page: the person concerned, but on case 77 Bob, named as affected. */
const MEMBER_ROLES: Record<number, Role> = { 77: "affected" };

export function memberRole(caseId: number): Role {
  return MEMBER_ROLES[caseId] ?? "subject";
}

function reader(record: SampleCase, role: Role) {
  if (role === "subject") {
    return record.subject;
  }
  return role === "affected" ? BOB : null;
}

/** Before the ballot opens, who may vote, and what became of each request. */
function rollOf(record: SampleCase): RollEntry[] {
  return VOTERS.filter((voter) => voter.id !== record.subject.id).map(
    (user) => {
      const request = record.recusals.find((r) => r.voter.id === user.id);
      return {
        user,
        request: request
          ? {
              kind: request.kind,
              reason: request.reason,
              decision: request.decision,
              decision_reason: request.decision_reason,
            }
          : null,
      };
    }
  );
}

/** The step an appeal's ballot decided, once it has closed. */
function decidedOnAppeal(record: SampleCase) {
  const closes = datesOf(record).appealBallotCloses;
  const count = appealCountOf(record);
  if (closes === null || Date.now() < closes || !count) {
    return null;
  }
  return (
    appealOptions(record).find((step) => step.key === count.outcome)?.title ??
    null
  );
}

function appealOf(record: SampleCase): AppealState {
  const dates = datesOf(record);
  const carried = outcomeOf(record).carriedOut;
  return {
    sanctioned: carried?.kind !== "no_action" || dates.appealed !== null,
    enabled: true,
    can_appeal: record.state === "closed" && appealOpen(record),
    closes_at: isoOrNull(dates.appealCloses),
    appealed_at: isoOrNull(dates.appealed),
    statement:
      dates.appealed === null ? null : (record.appeal?.statement ?? null),
    ballot_closes_at: isoOrNull(dates.appealBallotCloses),
    decided: decidedOnAppeal(record),
  };
}

/** What the closed ballot decided, with the voters' reasons. */
function decisionOf(record: SampleCase): StatementDecision | null {
  const { tally, decided } = outcomeOf(record);
  const closes = datesOf(record).ballotCloses;
  if (!tally || !decided || closes === null || closes > Date.now()) {
    return null;
  }
  return {
    outcome: decided.title,
    decided_at: iso(closes),
    quorum_met: tally.quorum_met,
    reasons: [...(record.ballot?.reasons ?? [])].sort(),
  };
}

/** Until the review is done: its date, and a word for it before then. */
function reviewOf(
  record: SampleCase,
  subject: boolean
): StatementReview | null {
  const at = datesOf(record).reviewAt;
  if (
    at === null ||
    record.review ||
    !["closed", "archived"].includes(record.state)
  ) {
    return null;
  }
  return { at: iso(at), statement: null, can_send: subject && at > Date.now() };
}

/** StatementPageSerializer, for one reader. */
export function statementPage(record: SampleCase, role: Role): StatementPage {
  const dates = datesOf(record);
  const me = reader(record, role);
  const statements = statementsOf(record);
  const mine = me
    ? (statements.find((s) => s.user?.id === me.id) ?? null)
    : null;
  const open = windowOpen(record);
  const awaiting = record.state === "awaiting_statements";
  const subject = role === "subject";
  return {
    case_id: record.id,
    state: record.state,
    role,
    topic_title: record.title,
    post_url: postUrl(record),
    report: submittedReport(record),
    possible_outcomes: ballotOptions(record),
    window: windowOf(record, { reason: role !== "affected" }),
    my_statement: mine,
    affected_closes_at:
      role === "affected" ? isoOrNull(dates.affectedCloses) : null,
    roll: subject && awaiting ? rollOf(record) : [],
    can_request_recusal: open && subject,
    appeal:
      subject && ["closed", "archived"].includes(record.state)
        ? appealOf(record)
        : null,
    can_submit: open && !mine && role !== "reader",
    can_decline: open && !mine && role === "affected",
    can_request_extension:
      open && !mine && subject && dates.extensionAsked === null,
    can_waive: open && !mine && subject,
    next_step: nextStepOf(record),
    limits: {
      statement: 10000,
      review_statement: 2000,
      reminder_answer: 2000,
      recommendation_answer: 2000,
    },
    case_file:
      role !== "affected" && submittedReport(record)
        ? caseFileOf(record)
        : null,
    can_answer: false,
    answer_until: null,
    decision: role === "affected" ? null : decisionOf(record),
    outcome: role === "affected" ? null : outcomeSummary(record),
    review: role === "affected" ? null : reviewOf(record, subject),
    reminder:
      role !== "affected" && record.privateReminder
        ? {
            at: isoOrNull(dates.ended)!,
            answer: null,
            answered_at: null,
            can_answer: subject,
          }
        : null,
    coaching: coachingViewOf(record, subject ? "subject" : "other"),
    recommendations: statementRecommendationsOf(record, subject),
  };
}

const refused = (status: number, error: string): FakeResponse => ({
  status,
  body: { errors: [error] },
});

const WINDOW_CLOSED =
  "The time for statements has ended, so this can no longer be done. The vote follows; you will be told the outcome.";

/** A ballot a member's action opens gets the next free id. */
let nextBallotId = 11;

/** Opens the vote once the window is over, unless a request that a voter step aside waits (BallotBox.hold_reason). */
export function openVoteIfDue(record: SampleCase) {
  const dates = datesOf(record);
  const over = !windowOpen(record) && dates.windowCloses !== null;
  if (record.state !== "awaiting_statements" || !over) {
    return;
  }
  if (record.recusals.some((request) => request.decision === null)) {
    record.plan.voteHeld = true;
    return;
  }
  record.plan.heldFor = record.plan.voteHeld
    ? hoursSince(dates.windowCloses)
    : 0;
  record.plan.voteHeld = false;
  record.state = "voting";
  record.ballot = {
    id: nextBallotId++,
    eligible: VOTERS.length,
    papers: null,
    reasons: [],
    viewer: "eligible",
  };
  installBallot(record.ballot.id);
}

type Action = (
  record: SampleCase,
  data: Record<string, string>,
  page: StatementPage
) => FakeResponse | null;

/** The member's actions: what the page offers, or the server's refusal. */
const ACTIONS: Record<string, Action> = {
  statement(record, { raw }, page) {
    if (!page.can_submit) {
      return refused(
        409,
        page.my_statement
          ? "You have already sent your statement. It cannot be changed, so that everyone reads the same text."
          : WINDOW_CLOSED
      );
    }
    const user = reader(record, page.role)!;
    const role = page.role === "affected" ? "affected" : "subject";
    const after = hoursSince(datesOf(record).submitted);
    record.statements.push({ user, role, after, raw, declined: false });
    return null;
  },
  "statement/decline"(record, _data, page) {
    if (page.role !== "affected") {
      return refused(
        403,
        "Only the people the report names as affected can decline to add their view."
      );
    }
    if (!page.can_decline) {
      return refused(409, WINDOW_CLOSED);
    }
    const after = hoursSince(datesOf(record).submitted);
    record.statements.push({
      user: BOB,
      role: "affected",
      after,
      raw: "",
      declined: true,
    });
    return null;
  },
  extension(record, { reason }, page) {
    if (page.window?.extension_requested_at) {
      return refused(
        409,
        "You have already asked for an extension. It can be asked for once."
      );
    }
    if (!page.can_request_extension) {
      return refused(409, WINDOW_CLOSED);
    }
    record.plan.extensionAsked = hoursSince(datesOf(record).submitted);
    record.extensionReason = reason;
    return null;
  },
  waive(record, _data, page) {
    if (!page.can_waive) {
      return refused(409, WINDOW_CLOSED);
    }
    record.plan.waived = hoursSince(datesOf(record).submitted);
    openVoteIfDue(record);
    return null;
  },
  "recusal-requests"(record, data, page) {
    const voterId = Number(data.voter_id);
    if (!page.can_request_recusal) {
      return refused(409, WINDOW_CLOSED);
    }
    if (!page.roll.some((entry) => entry.user.id === voterId)) {
      return refused(422, "That member is not among the voters of this case.");
    }
    if (record.recusals.some((request) => request.voter.id === voterId)) {
      return refused(409, "You have already asked that this voter step aside.");
    }
    const cap = Math.max(Math.floor(page.roll.length / 3), 1);
    if (record.recusals.filter((r) => r.kind === "asked").length >= cap) {
      return refused(
        422,
        `You may ask that at most ${cap} of the voters step aside on this case (a third of them, and at least one).`
      );
    }
    const voter = page.roll.find((entry) => entry.user.id === voterId)!.user;
    record.recusals.push({
      id: record.recusals.length + 1,
      voter,
      after: hoursSince(datesOf(record).submitted),
      kind: "asked",
      reason: data.reason,
      decision: null,
      decision_reason: null,
    });
    return null;
  },
  appeal(record, { statement }, page) {
    if (!page.appeal?.can_appeal) {
      return refused(
        409,
        page.appeal?.appealed_at
          ? "You have already appealed this decision: an appeal is once."
          : "The time to appeal this decision has passed."
      );
    }
    record.plan.appealed = hoursSince(datesOf(record).carriedOut);
    record.appeal = {
      statement,
      ballot: {
        id: nextBallotId++,
        eligible: 7,
        papers: null,
        reasons: [],
        viewer: "eligible",
      },
    };
    installBallot(record.appeal.ballot.id);
    return null;
  },
};

/** Staff read every statement page; a member only their own (the member gate refuses the rest). */
export function installSampleStatements(viewer: () => Viewer) {
  for (const record of RECORDS) {
    const base = `/mediation/cases/${record.id}`;
    const role = () =>
      viewer() === "staff" ? "reader" : memberRole(record.id);
    const answer = (): FakeResponse =>
      submittedReport(record)
        ? {
            status: 200,
            body: { statement_page: statementPage(record, role()) },
          }
        : {
            status: 404,
            body: {
              errors: ["The requested URL or resource could not be found."],
              error_type: "not_found",
            },
          };
    respondTo("GET", `${base}/statement.json`, answer);
    installRecommendationAnswers(record, () => role() === "subject", answer);
    for (const [path, act] of Object.entries(ACTIONS)) {
      respondTo("POST", `${base}/${path}.json`, (request) => {
        const page = statementPage(record, role());
        if (!submittedReport(record) || page.role === "reader") {
          return refused(403, "You are not allowed to do that on this case.");
        }
        return (
          act(record, (request.data ?? {}) as Record<string, string>, page) ??
          answer()
        );
      });
    }
  }
}

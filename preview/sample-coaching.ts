// Coaching as a carried-out outcome (cases 14 to 16): the plan, the
// check-ins, the person's summary and the result, as CoachingView gives them
// (lib/discourse_mediation/coaching_view.rb), and how the scripted server
// answers each step with the server's own checks and words
// (Rules::DueProcess::Coaching, config/locales/server.en.yml).
import type {
  CoachingCheckInStatus,
  CoachingPlanStatus,
  CoachingResult,
  CoachingView,
  MediationUser,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import type { FakeResponse } from "../test/javascripts/helpers/fake-server";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import type { Viewer } from "./sample-data";
import { caseDetail } from "./sample-detail";
import { NOOR, YOU } from "./sample-people";
import { datesOf, findRecord, type SampleCase } from "./sample-records";
import { statementPage } from "./sample-statements";
import { HOUR, iso } from "./sample-timeline";

const DAY = 24 * HOUR;
const LIMITS = { plan: 3000, comment: 1000, note: 500, summary: 3000 };
const MAX_CHECK_INS = 12;

interface SampleCheckIn {
  id: number;
  /** Days after the outcome was carried out. */
  day: number;
  status: CoachingCheckInStatus | null;
  note: string | null;
}

interface SampleCoaching {
  coach: MediationUser;
  plan: string;
  status: CoachingPlanStatus;
  changeComment: string | null;
  checkIns: SampleCheckIn[];
  summary: string | null;
  result: CoachingResult | null;
}

const PLAN =
  "Each week we read one heated thread together and talk about where a reply could have asked a question instead of judging. Before each check-in, rewrite one of your own replies from the thread.";

/** The coaching of each sample case carried out as coaching; null: no plan yet. */
const COACHINGS: Record<number, SampleCoaching | null> = {
  // Four weeks, three check-ins: the second is due and not recorded yet.
  14: {
    coach: NOOR,
    plan: PLAN,
    status: "agreed",
    changeComment: null,
    checkIns: [
      { id: 1, day: 7, status: "held", note: "A good talk; two rewrites." },
      { id: 2, day: 20, status: null, note: null },
    ],
    summary: null,
    result: null,
  },
  // Carried out yesterday: the plan waits for the person concerned.
  15: {
    coach: NOOR,
    plan: PLAN,
    status: "proposed",
    changeComment: null,
    checkIns: [
      { id: 1, day: 7, status: null, note: null },
      { id: 2, day: 14, status: null, note: null },
      { id: 3, day: 25, status: null, note: null },
    ],
    summary: null,
    result: null,
  },
  // Carried out two hours ago: the mediator has yet to propose a plan.
  16: null,
};

export const COACHING_CASES = Object.keys(COACHINGS).map(Number);

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const today = () => dayOf(Date.now());

function start(record: SampleCase) {
  return datesOf(record).carriedOut ?? Date.now();
}

function dueOn(record: SampleCase, checkIn: SampleCheckIn) {
  return dayOf(start(record) + checkIn.day * DAY);
}

function periodEndsOn(record: SampleCase) {
  const ends = datesOf(record).sanctionEnds;
  return ends === null ? null : dayOf(ends);
}

/** CoachingView.for: the person concerned, or staff (who mediate). */
export function coachingViewOf(
  record: SampleCase,
  reader: "staff" | "subject" | "other"
): CoachingView | null {
  if (!(record.id in COACHINGS) || reader === "other") {
    return null;
  }
  const coaching = COACHINGS[record.id];
  const coach = reader === "staff";
  const open = !coaching?.result;
  const lastDue = coaching?.checkIns
    .map((c) => dueOn(record, c))
    .sort()
    .pop();
  return {
    period_ends_on: periodEndsOn(record),
    coach: coaching?.coach ?? null,
    plan: coaching?.plan ?? null,
    plan_status: coaching?.status ?? null,
    change_comment: coaching?.changeComment ?? null,
    agreed_at:
      coaching?.status === "agreed" ? iso(start(record) + 6 * HOUR) : null,
    check_ins: (coaching?.checkIns ?? []).map((checkIn) => ({
      id: checkIn.id,
      due_on: dueOn(record, checkIn),
      status: checkIn.status,
      note: checkIn.note,
      recorded_at: checkIn.status
        ? iso(start(record) + checkIn.day * DAY)
        : null,
      can_record:
        coach &&
        open &&
        coaching?.status === "agreed" &&
        !checkIn.status &&
        dueOn(record, checkIn) <= today(),
    })),
    summary: coaching?.summary ?? null,
    summary_at: coaching?.summary ? new Date().toISOString() : null,
    result: coaching?.result ?? null,
    finished_at: coaching?.result ? new Date().toISOString() : null,
    can_propose:
      coach && open && (!coaching || coaching.status === "changes_requested"),
    can_answer: !coach && open && coaching?.status === "proposed",
    can_write_summary:
      !coach &&
      open &&
      coaching?.status === "agreed" &&
      !coaching.summary &&
      lastDue !== undefined &&
      lastDue <= today(),
    can_finish: coach && open && !!coaching,
    limits: { ...LIMITS, check_ins: MAX_CHECK_INS },
  };
}

const refused = (status: number, error: string): FakeResponse => ({
  status,
  body: { errors: [error] },
});

/** Rules::DueProcess::Coaching.plan_errors, first problem first. */
function planRefusal(record: SampleCase, plan: string, dates: string[]) {
  const ends = periodEndsOn(record) ?? "";
  if (!plan.trim()) {
    return refused(422, "Write the plan: what you will work on together.");
  }
  if (plan.length > LIMITS.plan) {
    return refused(422, `Keep the plan to ${LIMITS.plan} characters.`);
  }
  if (dates.length === 0) {
    return refused(422, "Choose at least one check-in date.");
  }
  if (dates.length > MAX_CHECK_INS) {
    return refused(422, `A plan can have at most ${MAX_CHECK_INS} check-ins.`);
  }
  if (dates.some((date) => date < today())) {
    return refused(422, "Check-in dates cannot be in the past.");
  }
  if (dates.some((date) => date > ends)) {
    return refused(
      422,
      `Check-in dates must fall within the coaching period, which ends on ${ends}.`
    );
  }
  if (new Set(dates).size !== dates.length) {
    return refused(422, "Two check-ins share a date: choose different days.");
  }
  return null;
}

type Data = Record<string, string | string[] | undefined>;

/** The mediator's steps, each answering with the case page. */
function caseSteps(record: SampleCase) {
  const coaching = () => COACHINGS[record.id];
  const base = `/mediation/cases/${record.id}/coaching`;
  const answer = (): FakeResponse => ({
    status: 200,
    body: { mediation_case: caseDetail(record) },
  });
  respondTo("POST", `${base}/plan.json`, (request) => {
    const { plan = "", dates = [] } = (request.data ?? {}) as Data;
    const days = [dates].flat().filter((date): date is string => !!date);
    const status = coaching()?.status;
    if (status === "proposed" || status === "agreed") {
      return refused(
        409,
        "A plan is already waiting for the person concerned's answer."
      );
    }
    const problem = planRefusal(record, String(plan), days);
    if (problem) {
      return problem;
    }
    COACHINGS[record.id] = {
      coach: YOU,
      plan: String(plan),
      status: "proposed",
      changeComment: null,
      checkIns: days.sort().map((day, index) => ({
        id: index + 1,
        day: Math.round((Date.parse(`${day}T12:00:00Z`) - start(record)) / DAY),
        status: null,
        note: null,
      })),
      summary: null,
      result: null,
    };
    return answer();
  });
  for (let id = 1; id <= MAX_CHECK_INS; id++) {
    respondTo("PUT", `${base}/check-ins/${id}.json`, (request) => {
      const checkIn = coaching()?.checkIns.find((c) => c.id === id);
      const { status, note } = (request.data ?? {}) as Data;
      if (!checkIn) {
        return refused(404, "That check-in is not part of this coaching.");
      }
      if (coaching()?.status !== "agreed") {
        return refused(
          409,
          "The plan has not been agreed yet, so no check-in can be recorded."
        );
      }
      if (checkIn.status) {
        return refused(409, "That check-in has already been recorded.");
      }
      if (dueOn(record, checkIn) > today()) {
        return refused(409, "That check-in's date has not come yet.");
      }
      checkIn.status = status === "missed" ? "missed" : "held";
      checkIn.note = note ? String(note) : null;
      return answer();
    });
  }
  respondTo("POST", `${base}/result.json`, (request) => {
    const { result } = (request.data ?? {}) as Data;
    const current = coaching();
    if (!current) {
      return refused(
        409,
        "No plan has been proposed yet, so there is no coaching to record."
      );
    }
    const pending = current.checkIns.some((c) => !c.status);
    if (result === "completed" && !current.summary) {
      return refused(
        409,
        pending
          ? "Record every check-in first (or wait until the coaching period has ended)."
          : "The person concerned has not written their summary yet."
      );
    }
    if (pending) {
      return refused(
        409,
        "Record every check-in first (or wait until the coaching period has ended)."
      );
    }
    current.result = result === "completed" ? "completed" : "not_completed";
    return answer();
  });
}

/** The person concerned's steps, each answering with their page. */
function subjectSteps(record: SampleCase, viewer: () => Viewer) {
  const base = `/mediation/cases/${record.id}/coaching`;
  const page = (): FakeResponse => ({
    status: 200,
    body: { statement_page: statementPage(record, "subject") },
  });
  const mine = () =>
    viewer() === "member"
      ? null
      : refused(403, "You are not allowed to do that on this case.");
  respondTo("POST", `${base}/answer.json`, (request) => {
    const { answer, comment = "" } = (request.data ?? {}) as Data;
    const coaching = COACHINGS[record.id];
    if (mine()) {
      return mine()!;
    }
    if (coaching?.status !== "proposed") {
      return refused(409, "There is no plan waiting for an answer.");
    }
    if (answer === "change" && !String(comment).trim()) {
      return refused(422, "Say what you would like changed in the plan.");
    }
    coaching.status = answer === "change" ? "changes_requested" : "agreed";
    coaching.changeComment = answer === "change" ? String(comment) : null;
    return page();
  });
  respondTo("POST", `${base}/summary.json`, (request) => {
    const { summary = "" } = (request.data ?? {}) as Data;
    if (mine()) {
      return mine()!;
    }
    if (!coachingViewOf(record, "subject")?.can_write_summary) {
      return refused(
        409,
        "The summary can be written once the plan is agreed and its last check-in date has come, and only once."
      );
    }
    if (!String(summary).trim()) {
      return refused(422, "Write your summary of how the coaching went.");
    }
    COACHINGS[record.id]!.summary = String(summary);
    return page();
  });
}

export function installSampleCoaching(viewer: () => Viewer) {
  for (const id of COACHING_CASES) {
    const record = findRecord(id);
    caseSteps(record);
    subjectSteps(record, viewer);
  }
}

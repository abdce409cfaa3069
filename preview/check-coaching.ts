// Coaching in the preview's samples, against what the server can produce
// (Rules::DueProcess::Coaching, CoachingView): shown only on a case carried
// out as coaching, to the staff and the person concerned alike and to nobody
// else, its check-ins inside the coaching period, each recorded only once
// its day has come, the summary only after the last check-in day, and a
// completed coaching only with every check-in recorded and the summary.
import type {
  CoachingView,
  MediationCaseDetail,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import type { Views } from "./check-views";

const today = () => new Date().toISOString().slice(0, 10);

function checkView(
  view: CoachingView,
  carriedOut: string | null,
  problem: (message: string) => void
) {
  const days = view.check_ins.map((c) => c.due_on);
  const from = carriedOut?.slice(0, 10) ?? "";
  if (days.some((day, i) => i > 0 && day <= days[i - 1])) {
    problem("check-in days out of order or repeated");
  }
  if (days.length > view.limits.check_ins) {
    problem(`${days.length} check-ins, more than ${view.limits.check_ins}`);
  }
  if (days.some((day) => day < from || day > (view.period_ends_on ?? ""))) {
    problem("a check-in outside the coaching period");
  }
  if (view.plan && days.length === 0) {
    problem("a plan without check-ins");
  }
  for (const checkIn of view.check_ins) {
    if (checkIn.status && checkIn.due_on > today()) {
      problem(`the check-in of ${checkIn.due_on} recorded before its day`);
    }
    if (
      checkIn.can_record &&
      (checkIn.status ||
        checkIn.due_on > today() ||
        view.plan_status !== "agreed")
    ) {
      problem(`the check-in of ${checkIn.due_on} offered when it cannot be`);
    }
  }
  const lastDay = days[days.length - 1] ?? "";
  if (view.summary && (view.plan_status !== "agreed" || lastDay > today())) {
    problem("a summary before the last check-in day");
  }
  const allRecorded = view.check_ins.every((c) => c.status);
  if (view.result === "completed" && (!view.summary || !allRecorded)) {
    problem("completed without every check-in and the summary");
  }
}

function carriedOutAt(detail: MediationCaseDetail) {
  return (
    detail.timeline.find((event) => event.action === "implement")?.created_at ??
    null
  );
}

export function checkCoaching(
  detail: MediationCaseDetail,
  views: Views,
  problem: (message: string) => void
) {
  const key = detail.outcome_summary?.key;
  const kind = views.ladder.find((step) => step.key === key)?.kind;
  const view = detail.coaching;
  if ((kind === "coaching") !== (view !== null)) {
    problem(
      "coaching shown on a case not carried out as coaching, or not shown"
    );
  }
  if (!view) {
    return;
  }
  checkView(view, carriedOutAt(detail), problem);
  const member = views.memberPages.get(detail.id)?.coaching ?? null;
  const same = (v: CoachingView | null) =>
    JSON.stringify([
      v?.plan,
      v?.plan_status,
      v?.check_ins.map((c) => [c.due_on, c.status]),
      v?.summary,
      v?.result,
    ]);
  if (same(member) !== same(view)) {
    problem("the person concerned reads another coaching than the case page");
  }
  if (views.readerPages.get(detail.id)?.coaching) {
    problem("the statement page shows the coaching to someone else");
  }
  const secret = view.plan ?? "";
  for (const ballot of views.ballots.values()) {
    if (secret && JSON.stringify(ballot).includes(secret)) {
      problem(`ballot ${ballot.id} shows the plan`);
    }
  }
}

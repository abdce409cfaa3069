import { i18n } from "discourse-i18n";
import { formatDate } from "../common/age";
import type {
  CoachingCheckIn,
  CoachingView,
  EarlierCoaching,
} from "../types/index";

const SCOPE = "discourse_mediation.coaching";

// Calendar days are the plan's own ("2027-01-15"): shown as that day
// wherever the reader is.
const dayFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeZone: "UTC",
});

export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** Today as the plan's calendar counts it (UTC), "2027-01-15". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function periodText(view: CoachingView): string | null {
  return view.period_ends_on
    ? i18n(`${SCOPE}.period`, { date: formatDay(view.period_ends_on) })
    : null;
}

export function planStatusText(view: CoachingView): string | null {
  switch (view.plan_status) {
    case "proposed":
    case "changes_requested":
      return i18n(`${SCOPE}.plan_status.${view.plan_status}`);
    case "agreed":
      return i18n(`${SCOPE}.plan_status.agreed`, {
        date: view.agreed_at ? formatDate(view.agreed_at) : "",
      });
    default:
      return null;
  }
}

/**
 * What the person concerned asked to change, only while the plan waits for
 * a new one: under the plan status that says so ("asked for changes:").
 */
export function changeComment(view: CoachingView): string | null {
  return view.plan_status === "changes_requested"
    ? (view.change_comment ?? null)
    : null;
}

/** A check-in not recorded is "to come" until its date, then "due". */
export function checkInText(checkIn: CoachingCheckIn, today: string): string {
  const status =
    checkIn.status ?? (checkIn.due_on <= today ? "due" : "pending");
  return i18n(`${SCOPE}.check_in`, {
    date: formatDay(checkIn.due_on),
    status: i18n(`${SCOPE}.check_in_status.${status}`),
  });
}

export function resultText(view: CoachingView): string | null {
  return view.result && view.finished_at
    ? i18n(`${SCOPE}.result.${view.result}`, {
        date: formatDate(view.finished_at),
      })
    : null;
}

/** What voters of a later case read of an earlier coaching. */
export function earlierCoachingText(
  coaching: EarlierCoaching | null | undefined
): string | null {
  return coaching
    ? i18n(`discourse_mediation.ballot.earlier_coaching.${coaching}`)
    : null;
}

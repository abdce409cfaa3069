import { i18n } from "discourse-i18n";
import { charactersLeft } from "../common/message-limit";
import type { CoachingLimits, CoachingView } from "../types/index";

/** The plan form's fields, by id (the modal's field errors name them). */
export const PLAN = "mediation-coaching-plan-text";
export const DATES = "mediation-coaching-plan-dates";

export interface DateRow {
  index: number;
  id: string;
  value: string;
  label: string;
  removeLabel: string;
}

/**
 * What the plan form starts from: the plan the person concerned asked to
 * change, with those of its dates still to come, so the mediator edits it;
 * an empty form for the first plan.
 */
export function startingPlan(
  view: CoachingView | null | undefined,
  today: string
): { plan: string; dates: string[] } {
  const dates = (view?.check_ins ?? [])
    .map((checkIn) => checkIn.due_on)
    .filter((day) => day >= today);
  return { plan: view?.plan ?? "", dates: dates.length ? dates : [""] };
}

/** One row per check-in date, each with its label and its remove button's. */
export function dateRows(dates: string[]): DateRow[] {
  return dates.map((value, index) => ({
    index,
    id: `mediation-coaching-date-${index}`,
    value,
    label: i18n("discourse_mediation.coaching_plan.date_label", {
      number: index + 1,
    }),
    removeLabel: i18n("discourse_mediation.coaching_plan.remove_date", {
      number: index + 1,
    }),
  }));
}

/**
 * The first thing wrong with the plan before asking the server: its field
 * and the words. The server checks the dates themselves.
 */
export function planProblem(
  plan: string,
  dates: string[],
  limits: CoachingLimits
): [string, string] | null {
  if (!plan.trim()) {
    return [PLAN, i18n("discourse_mediation.coaching_plan.plan_required")];
  }
  if (charactersLeft(plan, limits.plan) < 0) {
    return [PLAN, i18n("discourse_mediation.too_long", { count: limits.plan })];
  }
  if (!dates.some((date) => date)) {
    return [DATES, i18n("discourse_mediation.coaching_plan.dates_required")];
  }
  return null;
}

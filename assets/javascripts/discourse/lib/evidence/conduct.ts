import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import { charactersLeft } from "../common/message-limit";
import type { EvidenceLimits } from "../types/index";
import type { FieldProblem } from "./draft";

/** The ids of the fields saying who, where and when. */
export const CONDUCT_FIELD = {
  person: "mediation-conduct-person",
  where: "mediation-conduct-where",
  when: "mediation-conduct-when",
} as const;

/** The user chooser's own control, which takes the focus for its field. */
const PERSON_CONTROL = [
  `#${CONDUCT_FIELD.person} .filter-input`,
  `#${CONDUCT_FIELD.person} .select-kit-header`,
];

/** Who, where and when, for conduct outside the forum. */
export class ConductDraft {
  @tracked subjectUsername = "";
  @tracked where = "";
  /** "YYYY-MM-DD", as a date input gives it; empty until chosen. */
  @tracked happenedOn = "";
}

/** The last day the server accepts: tomorrow in UTC, for the time zones ahead. */
export function latestDay(now: Date): string {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  return tomorrow.toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** What stops who, where and when from being sent, or null. */
export function conductProblem(
  draft: ConductDraft,
  limits: EvidenceLimits,
  now: Date
): FieldProblem | null {
  if (!draft.subjectUsername) {
    return [
      CONDUCT_FIELD.person,
      i18n("discourse_mediation.evidence.person_required"),
      PERSON_CONTROL,
    ];
  }
  const where = draft.where.trim();
  if (!where) {
    return [
      CONDUCT_FIELD.where,
      i18n("discourse_mediation.evidence.where_required"),
    ];
  }
  if (charactersLeft(where, limits.conduct_where) < 0) {
    const count = limits.conduct_where;
    return [
      CONDUCT_FIELD.where,
      i18n("discourse_mediation.too_long", { count }),
    ];
  }
  if (!isDay(draft.happenedOn)) {
    return [
      CONDUCT_FIELD.when,
      i18n("discourse_mediation.evidence.when_required"),
    ];
  }
  return draft.happenedOn > latestDay(now)
    ? [CONDUCT_FIELD.when, i18n("discourse_mediation.evidence.when_future")]
    : null;
}

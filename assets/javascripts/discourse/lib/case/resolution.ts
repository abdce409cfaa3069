import { i18n } from "discourse-i18n";
import { charactersLeft } from "../common/message-limit";
import type { MediationCaseDetail } from "../types/index";

export type Resolution = "resolved" | "private_reminder";

export const RESOLUTIONS: readonly Resolution[] = [
  "resolved",
  "private_reminder",
];

/** The person concerned, while their account exists. */
export function subjectUsername(mediationCase: MediationCaseDetail) {
  return mediationCase.people.find((person) => person.subject)?.user.username;
}

/** The ways to end this case, as radio choices; a reminder needs someone to go to. */
export function resolutionChoices(
  mediationCase: MediationCaseDetail,
  chosen: Resolution
) {
  const canRemind = Boolean(subjectUsername(mediationCase));
  return RESOLUTIONS.filter((r) => r === "resolved" || canRemind).map(
    (resolution) => ({
      resolution,
      inputId: `mediation-resolution-${resolution}`,
      label: i18n(`discourse_mediation.resolve.resolutions.${resolution}`),
      isChosen: resolution === chosen,
    })
  );
}

/** What the person concerned will be told, said before the mediator resolves. */
export function subjectToldText(
  mediationCase: MediationCaseDetail,
  resolution: Resolution
): string | null {
  const username = subjectUsername(mediationCase);
  if (!username) {
    return null;
  }
  if (resolution === "private_reminder") {
    return i18n("discourse_mediation.resolve.subject_reminded", { username });
  }
  return mediationCase.contact.contacted_at
    ? i18n("discourse_mediation.resolve.subject_told", { username })
    : i18n("discourse_mediation.resolve.subject_not_told", { username });
}

export interface ResolutionForm {
  note: string;
  resolution: Resolution;
  reminderKeys: string[];
  reminderMessage: string;
}

/** The first thing wrong with the resolve form, in words, or null. */
export function resolutionProblem(
  form: ResolutionForm,
  limits: MediationCaseDetail["limits"]
): string | null {
  if (!form.note.trim()) {
    return i18n("discourse_mediation.resolve.note_required");
  }
  if (charactersLeft(form.note, limits.outcome_note) < 0) {
    return i18n("discourse_mediation.too_long", { count: limits.outcome_note });
  }
  if (form.resolution !== "private_reminder") {
    return null;
  }
  if (form.reminderKeys.length === 0) {
    return i18n("discourse_mediation.resolve.reminder_items_required");
  }
  if (!form.reminderMessage.trim()) {
    return i18n("discourse_mediation.resolve.reminder_message_required");
  }
  if (charactersLeft(form.reminderMessage, limits.reminder_message) < 0) {
    return i18n("discourse_mediation.too_long", {
      count: limits.reminder_message,
    });
  }
  return null;
}

import { i18n } from "discourse-i18n";
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

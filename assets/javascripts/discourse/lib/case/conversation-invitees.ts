import { i18n } from "discourse-i18n";
import type { MediationCaseDetail, MediationUser } from "../types/index";

type InviteReason = "involved" | "requester";

const REASON_TEXT: Record<InviteReason, string> = {
  involved: "discourse_mediation.conversation.why_involved",
  requester: "discourse_mediation.conversation.why_requester",
};

export interface Invitee {
  user: MediationUser;
  /** Why they may be invited: involved in the case, or a named requester. */
  reason: InviteReason;
}

/** The people involved, then the requesters who agreed to be named. */
export function invitees(mediationCase: MediationCaseDetail): Invitee[] {
  const list: Invitee[] = mediationCase.people.map((person) => ({
    user: person.user,
    reason: "involved",
  }));
  for (const requester of mediationCase.requesters) {
    const user = requester.user;
    if (
      user &&
      !requester.withdrawn &&
      !list.some((invitee) => invitee.user.id === user.id)
    ) {
      list.push({ user, reason: "requester" });
    }
  }
  return list;
}

export function inviteeRows(list: Invitee[], chosenIds: number[]) {
  return list.map((invitee) => ({
    ...invitee,
    inputId: `mediation-invitee-${invitee.user.id}`,
    isChosen: chosenIds.includes(invitee.user.id),
    reasonText: i18n(REASON_TEXT[invitee.reason]),
  }));
}

/** Requesters left out because they did not consent: counted, never named. */
export function unnamedRequesterCount(mediationCase: MediationCaseDetail) {
  return mediationCase.requesters.filter(
    (requester) => !requester.user && !requester.withdrawn
  ).length;
}

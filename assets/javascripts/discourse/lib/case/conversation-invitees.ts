import { i18n } from "discourse-i18n";
import type { MediationCaseDetail, MediationUser } from "../types/index";
import { isElsewhereCase } from "./actions";

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

/** Requesters who did not agree to be named are counted, never listed. */
export function unnamedRequestersText(
  mediationCase: MediationCaseDetail
): string | null {
  const count = unnamedRequesterCount(mediationCase);
  return count
    ? i18n("discourse_mediation.conversation.unnamed_requesters", { count })
    : null;
}

/**
 * The server opens the first message to the person concerned with what the
 * case is and what may follow; the mediator is told before sending.
 */
export function firstContactText(
  mediationCase: MediationCaseDetail,
  chosenIds: number[]
): string | null {
  const subject = mediationCase.people.find((person) => person.subject);
  if (
    !subject ||
    mediationCase.contact.told_at ||
    !chosenIds.includes(subject.user.id)
  ) {
    return null;
  }
  const scope = isElsewhereCase(mediationCase)
    ? "elsewhere_case"
    : "conversation";
  return i18n(`discourse_mediation.${scope}.first_contact`, {
    username: subject.user.username,
  });
}

/** Why talk privately: about a topic's thread, or conduct outside the forum. */
export function conversationIntro(mediationCase: MediationCaseDetail): string {
  return isElsewhereCase(mediationCase)
    ? i18n("discourse_mediation.elsewhere_case.conversation_intro")
    : i18n("discourse_mediation.conversation.intro");
}

/**
 * The conversation's title and first message, as the modal offers them: about
 * the topic, or about conduct outside the forum, named by the case's title.
 */
export function conversationStart(mediationCase: MediationCaseDetail) {
  if (isElsewhereCase(mediationCase)) {
    const where = mediationCase.conduct_elsewhere?.where ?? "";
    const title = i18n("discourse_mediation.elsewhere_case.title", { where });
    return {
      title: i18n("discourse_mediation.conversation.default_title", { title }),
      message: i18n("discourse_mediation.elsewhere_case.conversation_message"),
    };
  }
  return {
    title: i18n("discourse_mediation.conversation.default_title", {
      title: mediationCase.topic?.title ?? "",
    }),
    message: i18n("discourse_mediation.conversation.default_message"),
  };
}

/** What is missing before the conversation can start, in words, or null. */
export function conversationProblem({
  chosenIds,
  title,
  message,
}: {
  chosenIds: number[];
  title: string;
  message: string;
}): string | null {
  if (chosenIds.length === 0) {
    return i18n("discourse_mediation.conversation.people_required");
  }
  if (!title.trim() || !message.trim()) {
    return i18n("discourse_mediation.conversation.text_required");
  }
  return null;
}

/** Who the conversation starts with: the people involved, not the requesters. */
export function involvedIds(list: Invitee[]): number[] {
  return list
    .filter((invitee) => invitee.reason === "involved")
    .map((invitee) => invitee.user.id);
}

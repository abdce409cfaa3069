import { i18n } from "discourse-i18n";
import { formatDateTime } from "../common/age";
import { kindText } from "../help-request/kinds";
import type {
  CaseAction,
  CaseRequester,
  MediationCaseDetail,
} from "../types/index";

/** The buttons in a case page's header, in the order they show. */
export type CaseButtonKey =
  | "claim"
  | "assign"
  | "post"
  | "conversation"
  | "cool_down"
  | "resolve"
  | "escalate"
  | "suspend";

export interface CaseButton {
  key: CaseButtonKey;
  label: string;
  className: string;
  icon?: string;
  /** A link instead of an action. */
  href?: string;
}

interface ButtonRule {
  key: CaseButtonKey;
  /** The server's action that offers the button. */
  action: CaseAction;
  label: string;
  className: string;
  icon?: string;
}

const BUTTONS: ButtonRule[] = [
  {
    key: "claim",
    action: "claim",
    label: "discourse_mediation.queue.claim",
    className: "btn-primary mediation-case__claim",
  },
  {
    key: "assign",
    action: "assign",
    label: "discourse_mediation.case.assign",
    className: "mediation-case__assign",
  },
  {
    key: "post",
    action: "step_in",
    label: "discourse_mediation.case.post_in_thread",
    className: "mediation-case__post",
    icon: "life-ring",
  },
  {
    key: "conversation",
    action: "step_in",
    label: "discourse_mediation.case.private_conversation",
    className: "mediation-case__conversation",
  },
  {
    key: "cool_down",
    action: "step_in",
    label: "discourse_mediation.case.cool_down",
    className: "mediation-case__cool-down",
  },
  {
    key: "resolve",
    action: "resolve",
    label: "discourse_mediation.case.resolve",
    className: "btn-primary mediation-case__resolve",
  },
  {
    key: "escalate",
    action: "escalate",
    label: "discourse_mediation.case.escalate",
    className: "btn-danger mediation-case__escalate",
  },
  {
    key: "suspend",
    action: "interim_suspend",
    label: "discourse_mediation.interim.open",
    className: "btn-danger mediation-case__suspend",
  },
];

/** Stepping in on the forum: possible only in a public topic. */
const IN_PUBLIC: CaseButtonKey[] = ["post", "cool_down"];

/** A private message's case is mediated in a private conversation only. */
export function isPrivateMessageCase(
  mediationCase: MediationCaseDetail
): boolean {
  return mediationCase.conduct_place === "private_message";
}

/** Conduct outside the forum: no topic or post, where and when instead. */
export function isElsewhereCase(mediationCase: MediationCaseDetail): boolean {
  return mediationCase.conduct_place === "elsewhere";
}

/** Only conduct in a public topic can be stepped into, or cooled down, in public. */
export function inPublicTopic(mediationCase: MediationCaseDetail): boolean {
  return mediationCase.conduct_place === "forum";
}

/** Whether the case page offers a button the server's action allows. */
function fits(key: CaseButtonKey, mediationCase: MediationCaseDetail) {
  if (key === "suspend") {
    return mediationCase.urgent && !mediationCase.interim_suspended_until;
  }
  return inPublicTopic(mediationCase) || !IN_PUBLIC.includes(key);
}

/**
 * The header's buttons for the actions the server offers. The interim
 * measure is for urgent cases only, and once: until the decision, never
 * open-ended. Only a public topic is stepped into in public.
 */
export function caseButtons(mediationCase: MediationCaseDetail): CaseButton[] {
  const offered = new Set(mediationCase.available_actions);
  return BUTTONS.filter(
    (rule) => offered.has(rule.action) && fits(rule.key, mediationCase)
  ).map(({ key, label, className, icon }) => ({
    key,
    label,
    className,
    icon,
    href:
      key === "post"
        ? (mediationCase.post?.url ?? mediationCase.topic?.url ?? undefined)
        : undefined,
  }));
}

/** A requester as the case page lists them: named only with consent. */
export interface RequesterEntry {
  requester: CaseRequester;
  name: string;
  kind: string;
  at: string;
}

export function requesterEntries(
  requesters: CaseRequester[],
  elsewhere = false
): RequesterEntry[] {
  return requesters.map((requester) => ({
    requester,
    name: requester.user
      ? `@${requester.user.username}`
      : i18n("discourse_mediation.a_member"),
    kind: i18n(kindText(requester.kind, elsewhere).label),
    at: formatDateTime(requester.created_at),
  }));
}

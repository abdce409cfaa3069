import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import { messageCounter } from "../common/message-limit";
import type { HelpRequestKind, NewHelpRequest } from "../types/index";

/** What the member has filled in so far in the help modal. */
export interface HelpRequestDraft {
  kind: HelpRequestKind | null;
  behaviourKey: string;
  message: string;
  consentToBeNamed: boolean;
  /** On a private message: the asker lets the mediators read it. */
  sharePrivateMessage: boolean;
}

/** The id of the message field (components/help-request/message-field). */
export const MESSAGE_FIELD = "mediation-help-message";

/** The id of the checkbox that lets the mediators read a private message. */
export const SHARE_FIELD = "mediation-help-share";

/** The draft as the modal's fields change it. */
export class EditableHelpRequestDraft implements HelpRequestDraft {
  @tracked kind: HelpRequestKind | null = null;
  @tracked behaviourKey = "";
  @tracked message = "";
  @tracked consentToBeNamed = false;
  @tracked sharePrivateMessage = false;
}

/** The choices every request has: the private-message one is a post's only. */
export type RequestChoices = Omit<HelpRequestDraft, "sharePrivateMessage">;

/** "This breaks an item of the published list" names the item. */
export function needsBehaviour(draft: RequestChoices): boolean {
  return draft.kind === "breaks_list";
}

/** What stops the draft from being sent, in words, or null when it may go. */
export function draftProblem(
  draft: RequestChoices,
  maxLength: number
): string | null {
  if (!draft.kind) {
    return i18n("discourse_mediation.help_modal.kind_required");
  }
  if (needsBehaviour(draft) && !draft.behaviourKey) {
    return i18n("discourse_mediation.help_modal.behaviour_required");
  }
  const counter = messageCounter(draft.message, maxLength);
  return counter.isOverLimit ? counter.text : null;
}

/**
 * A private message goes to the mediators only when the asker lets them read
 * it; the words for the checkbox when they have not, or null.
 */
export function shareProblem(
  draft: HelpRequestDraft,
  isPrivateMessage: boolean
): string | null {
  return isPrivateMessage && !draft.sharePrivateMessage
    ? i18n("discourse_mediation.help_modal.share_required")
    : null;
}

/** The request the server receives for a complete draft. */
export function newHelpRequest(
  postId: number,
  draft: HelpRequestDraft & { kind: HelpRequestKind }
): NewHelpRequest {
  return {
    post_id: postId,
    kind: draft.kind,
    message: draft.message,
    consent_to_be_named: draft.consentToBeNamed,
    share_private_message: draft.sharePrivateMessage,
    ...(needsBehaviour(draft) ? { behaviour_key: draft.behaviourKey } : {}),
  };
}

/** Where the focus goes to mend the draft's problem (see `draftProblem`). */
export function problemField(draft: RequestChoices): string {
  if (!draft.kind) {
    return ".mediation-help-modal__kinds input";
  }
  return needsBehaviour(draft) && !draft.behaviourKey
    ? "#mediation-help-behaviour"
    : "#mediation-help-message";
}

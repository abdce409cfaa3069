import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import { messageCounter } from "../common/message-limit";
import { ConductDraft } from "../evidence/conduct";
import { EvidenceDraft, type FieldProblem } from "../evidence/draft";
import { type HelpRequestDraft, MESSAGE_FIELD } from "../help-request/draft";
import type { HelpRequestKind, NewElsewhereHelpRequest } from "../types/index";

/**
 * What a member has filled in so far when asking about conduct outside the
 * forum: who, where and when, the kind of help, what happened, evidence and
 * consent. Kept as typed when the server refuses it.
 */
export class ElsewhereRequestDraft implements Omit<
  HelpRequestDraft,
  "sharePrivateMessage"
> {
  @tracked kind: HelpRequestKind | null = null;
  @tracked behaviourKey = "";
  @tracked message = "";
  @tracked consentToBeNamed = false;
  conduct = new ConductDraft();
  evidence = new EvidenceDraft();
}

/** What happened: required here, since there is no post to read. */
export function messageProblem(
  draft: ElsewhereRequestDraft,
  maxLength: number
): FieldProblem | null {
  if (!draft.message.trim()) {
    return [
      MESSAGE_FIELD,
      i18n("discourse_mediation.elsewhere_request.message_required"),
    ];
  }
  const counter = messageCounter(draft.message, maxLength);
  return counter.isOverLimit ? [MESSAGE_FIELD, counter.text] : null;
}

/** The request the server receives for a complete draft. */
export function newElsewhereRequest(
  draft: ElsewhereRequestDraft,
  kind: NewElsewhereHelpRequest["kind"]
): NewElsewhereHelpRequest {
  const { subjectUsername, where, happenedOn } = draft.conduct;
  return {
    subject_username: subjectUsername,
    where: where.trim(),
    happened_on: happenedOn,
    kind,
    message: draft.message,
    consent_to_be_named: draft.consentToBeNamed,
    ...(kind === "breaks_list" ? { behaviour_key: draft.behaviourKey } : {}),
    evidence: draft.evidence.evidence,
  };
}

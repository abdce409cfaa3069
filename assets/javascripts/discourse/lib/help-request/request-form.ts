import Component from "@glimmer/component";
import { action } from "@ember/object";
import { messageCounter } from "../common/message-limit";
import type Pending from "../common/pending";
import type { HelpRequestKind } from "../types/index";
import { needsBehaviour, type RequestChoices } from "./draft";

/** What every help request form is given. */
export interface RequestFormArgs {
  draft: RequestChoices;
  maxLength: number;
  /** The modal's request in flight: its refusal marks a missing choice. */
  sending: Pending;
}

/**
 * The choices both help request forms share (on a post, and about conduct
 * outside the forum): the kind of help, the item of the list, the message
 * and consent to be named. Each form adds its own fields and template.
 */
export default class RequestForm<
  Args extends RequestFormArgs,
> extends Component<{ Args: Args }> {
  get counter() {
    return messageCounter(this.args.draft.message, this.args.maxLength);
  }

  get kindMissing() {
    return !this.args.draft.kind && Boolean(this.args.sending.error);
  }

  get behaviourMissing() {
    return !this.args.draft.behaviourKey && Boolean(this.args.sending.error);
  }

  get needsBehaviour() {
    return needsBehaviour(this.args.draft);
  }

  @action
  chooseKind(kind: HelpRequestKind) {
    this.args.draft.kind = kind;
    this.args.sending.clear();
  }

  @action
  chooseBehaviour(event: Event) {
    this.args.draft.behaviourKey = (event.target as HTMLSelectElement).value;
  }

  @action
  updateMessage(event: Event) {
    this.args.draft.message = (event.target as HTMLTextAreaElement).value;
  }

  @action
  updateConsent(event: Event) {
    this.args.draft.consentToBeNamed = (
      event.target as HTMLInputElement
    ).checked;
  }
}

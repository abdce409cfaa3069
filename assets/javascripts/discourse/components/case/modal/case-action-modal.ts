import Component from "@glimmer/component";
import type { FocusTarget } from "../../../lib/common/announce";
import Pending from "../../../lib/common/pending";
import type {
  MediationCaseDetail,
  MediationCaseResponse,
} from "../../../lib/types";

export interface CaseActionModalArgs {
  model: {
    mediationCase: MediationCaseDetail;
    /** Receives the case as the server now has it. */
    onSaved: (response: MediationCaseResponse) => void;
  };
  closeModal: () => void;
}

/**
 * What every case action's modal shares: one submission at a time, the
 * server's refusal shown in the modal's flash with the form kept as it was,
 * and the case handed back to the page on success, said in the shared live
 * region (`discourse_mediation.case.done.<done>`), with the focus on the
 * button that opened the modal or, when it went away, the case's title.
 */
export default class CaseActionModal<
  S extends { Args: CaseActionModalArgs },
> extends Component<S> {
  saving = new Pending();
  /** What the modal does: its button's key, as in `lib/case/actions`. */
  done = "";

  get mediationCase() {
    return this.args.model.mediationCase;
  }

  /** Returns the response, or null when it failed (the flash says why). */
  async submit(
    request: () => Promise<MediationCaseResponse>,
    { close = true, focus }: { close?: boolean; focus?: FocusTarget } = {}
  ): Promise<MediationCaseResponse | null> {
    const button = `.mediation-case__${this.done.replace("_", "-")}`;
    let response: MediationCaseResponse | null = null;
    await this.saving.run(
      async () => {
        response = await request();
        this.args.model.onSaved(response);
        if (close) {
          this.args.closeModal();
        }
      },
      {
        success: `discourse_mediation.case.done.${this.done}`,
        focus: focus ?? [button, ".mediation-case__title"],
      }
    );
    return response;
  }
}

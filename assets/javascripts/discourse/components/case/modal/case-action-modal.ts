import Component from "@glimmer/component";
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
 * and the case handed back to the page on success.
 */
export default class CaseActionModal<
  S extends { Args: CaseActionModalArgs },
> extends Component<S> {
  saving = new Pending();

  get mediationCase() {
    return this.args.model.mediationCase;
  }

  /** Returns the response, or null when it failed (the flash says why). */
  async submit(
    request: () => Promise<MediationCaseResponse>,
    { close = true } = {}
  ): Promise<MediationCaseResponse | null> {
    let response: MediationCaseResponse | null = null;
    await this.saving.run(async () => {
      response = await request();
      this.args.model.onSaved(response);
      if (close) {
        this.args.closeModal();
      }
    });
    return response;
  }
}

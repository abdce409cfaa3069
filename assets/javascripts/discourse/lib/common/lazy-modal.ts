import type DialogService from "discourse/dialog-holder/services/dialog";
import type ModalService from "discourse/services/modal";
import { i18n } from "discourse-i18n";
import type { LazyModule } from "./lazy-module";

/**
 * Opens a modal whose code is fetched on first use. A press while the fetch
 * is on its way does nothing more; a failed fetch is said in a dialog, and
 * the next press tries again. The model is taken before the wait, so the
 * modal is about what was pressed even if the page has moved on.
 */
export async function showLazyModal(
  services: { modal: ModalService; dialog: DialogService },
  lazy: LazyModule<unknown>,
  model: object
) {
  if (lazy.loading) {
    return;
  }
  let modal: unknown;
  try {
    modal = await lazy.load();
  } catch {
    void services.dialog.alert(
      i18n("discourse_mediation.failure.part_not_loaded")
    );
    return;
  }
  // Core's declaration types the component argument as an instance; the
  // service really takes the class.
  void services.modal.show(modal as never, { model });
}

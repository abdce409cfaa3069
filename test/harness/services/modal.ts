import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import type RealModalService from "discourse/services/modal";

interface ShownModal {
  component: unknown;
  model: unknown;
}

/** Core's modal service: shows one modal at a time, `close` resolves `show`. */
export default class ModalService
  extends Service
  implements Pick<RealModalService, "show" | "close">
{
  @tracked activeModal: ShownModal | null = null;

  close = (data?: unknown) => {
    this.activeModal = null;
    this.#resolve?.(data);
    this.#resolve = null;
  };
  #resolve: ((data: unknown) => void) | null = null;

  show(...[modal, opts]: Parameters<RealModalService["show"]>) {
    this.activeModal = {
      component: modal,
      model: (opts as { model?: unknown } | undefined)?.model,
    };
    return new Promise((resolve) => (this.#resolve = resolve));
  }
}

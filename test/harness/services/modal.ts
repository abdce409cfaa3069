import { tracked } from "@glimmer/tracking";
import Service from "@ember/service";
import type RealModalService from "discourse/services/modal";

interface ShownModal {
  component: unknown;
  model: unknown;
}

/**
 * Core's modal service (frontend/discourse/app/services/modal.js): one modal at
 * a time, `close` resolves `show`, and focus returns to the element that had
 * it when the modal opened.
 */
export default class ModalService
  extends Service
  implements Pick<RealModalService, "show" | "close">
{
  @tracked activeModal: ShownModal | null = null;

  close = (data?: unknown) => {
    this.activeModal = null;
    this.#resolve?.(data);
    this.#resolve = null;
    this.#triggerElement?.focus();
    this.#triggerElement = null;
  };
  #triggerElement: HTMLElement | null = null;
  #resolve: ((data: unknown) => void) | null = null;

  show(...[modal, opts]: Parameters<RealModalService["show"]>) {
    this.close();
    this.activeModal = {
      component: modal,
      model: (opts as { model?: unknown } | undefined)?.model,
    };
    this.#triggerElement = document.activeElement as HTMLElement | null;
    return new Promise((resolve) => (this.#resolve = resolve));
  }
}

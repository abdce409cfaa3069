import { tracked } from "@glimmer/tracking";
import { registerDestructor } from "@ember/destroyable";
import Service from "@ember/service";

const MINUTE = 60_000;

/**
 * One clock for every page that shows an age, a response clock or time
 * left: `now` moves once a minute while at least one of them is on screen,
 * through a single timer that stops when the last one goes.
 */
export default class MediationClock extends Service {
  @tracked now = new Date();

  #watchers = 0;
  #timer: ReturnType<typeof setInterval> | null = null;

  willDestroy() {
    super.willDestroy();
    if (this.#timer !== null) {
      clearInterval(this.#timer);
    }
  }

  /** Keeps the clock running for as long as `owner` (a component) lives. */
  watch(owner: object) {
    this.#watchers++;
    if (this.#timer === null) {
      this.now = new Date();
      this.#timer = setInterval(() => (this.now = new Date()), MINUTE);
    }
    registerDestructor(owner, () => this.#unwatch());
  }

  get isRunning() {
    return this.#timer !== null;
  }

  #unwatch() {
    this.#watchers--;
    if (this.#watchers === 0 && this.#timer !== null) {
      clearInterval(this.#timer);
      this.#timer = null;
    }
  }
}

import { tracked } from "@glimmer/tracking";
import { announce, type FocusTarget } from "./announce";
import { clearFieldError } from "./field-error";
import { errorNotice, type Notice, successNotice } from "./notice";

interface RunOptions {
  /** Say so when it worked (a translation key). */
  success?: string;
  successOptions?: object;
  /** Which row is busy, when one form serves many (a case id, a request id). */
  for?: unknown;
  /** Where the focus goes when it worked (see `announce`). */
  focus?: FocusTarget;
  /** Where it goes when it failed; it stays put by default. */
  errorFocus?: FocusTarget;
}

/**
 * One request at a time, and what became of it. `isPending` drives
 * DButton's `@isLoading`; `notice` holds the server's refusal in its own
 * words (or the success line); `error` is the refusal alone, for forms that
 * show it beside a field. Both are said in the shared live region, and the
 * focus goes where the caller asks (`announce`).
 */
export default class Pending {
  @tracked isPending = false;
  @tracked notice: Notice | null = null;
  @tracked private subject: unknown = null;

  /** An arrow function, so templates can call it as a helper. */
  isPendingFor = (subject: unknown): boolean =>
    this.isPending && this.subject === subject;

  constructor(private readonly fallbackKey?: string) {}

  get error(): string | undefined {
    return this.notice?.type === "error" ? this.notice.text : undefined;
  }

  /** Runs `work` unless a request is already under way; true when it worked. */
  async run(work: () => Promise<unknown>, options: RunOptions = {}) {
    if (this.isPending) {
      return false;
    }
    this.isPending = true;
    this.subject = options.for ?? null;
    this.notice = null;
    clearFieldError();
    try {
      await work();
      if (options.success) {
        this.notice = successNotice(options.success, options.successOptions);
        announce(this.notice.text, options.focus);
      } else if (options.focus) {
        announce("", options.focus);
      }
      return true;
    } catch (error) {
      this.notice = errorNotice(error, this.fallbackKey);
      announce(this.notice.text, options.errorFocus);
      return false;
    } finally {
      this.isPending = false;
      this.subject = null;
    }
  }

  /** A problem found before asking the server, shown the same way. */
  refuse(text: string, focus?: FocusTarget) {
    this.notice = { type: "error", text };
    announce(text, focus);
  }

  clear() {
    this.notice = null;
  }
}

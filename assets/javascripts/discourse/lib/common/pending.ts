import { tracked } from "@glimmer/tracking";
import { errorNotice, type Notice, successNotice } from "./notice";

interface RunOptions {
  /** Say so when it worked (a translation key). */
  success?: string;
  successOptions?: object;
  /** Which row is busy, when one form serves many (a case id, a request id). */
  for?: unknown;
}

/**
 * One request at a time, and what became of it. `isPending` drives
 * DButton's `@isLoading`; `notice` holds the server's refusal in its own
 * words (or the success line); `error` is the refusal alone, for forms that
 * show it beside a field.
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
    try {
      await work();
      if (options.success) {
        this.notice = successNotice(options.success, options.successOptions);
      }
      return true;
    } catch (error) {
      this.notice = errorNotice(error, this.fallbackKey);
      return false;
    } finally {
      this.isPending = false;
      this.subject = null;
    }
  }

  /** A problem found before asking the server, shown the same way. */
  refuse(text: string) {
    this.notice = { type: "error", text };
  }

  clear() {
    this.notice = null;
  }
}

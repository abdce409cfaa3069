import { waitForPromise } from "@ember/test-waiters";
import type { ajax as discourseAjax } from "discourse/lib/ajax";
import { FakeAjaxError, handle } from "../../javascripts/helpers/fake-server";

interface AjaxOptions {
  type?: string;
  data?: unknown;
  ignoreUnsent?: boolean;
}

/**
 * Discourse's ajax (frontend/discourse/app/lib/ajax.js), answered by the fake
 * server. As in core, `ignoreUnsent` is true unless set to false, and then a
 * request that got no answer at all (status 0, `xhr.readyState === 0`) neither
 * resolves nor rejects: its promise stays pending.
 */
export const ajax: typeof discourseAjax = (...args: unknown[]) => {
  const [url, options = {}] = args as [string, AjaxOptions?];
  const answer = handle({
    method: options.type ?? "GET",
    url,
    data: options.data,
  });
  return new Promise((resolve, reject) => {
    waitForPromise(
      answer.then(resolve, (error: unknown) => {
        const unsent =
          error instanceof FakeAjaxError && error.jqXHR.status === 0;
        if (!unsent || options.ignoreUnsent === false) {
          reject(error);
        }
      })
    );
  });
};

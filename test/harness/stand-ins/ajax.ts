import { waitForPromise } from "@ember/test-waiters";
import type { ajax as discourseAjax } from "discourse/lib/ajax";
import { handle } from "../fake-server";

interface AjaxOptions {
  type?: string;
  data?: unknown;
}

export const ajax: typeof discourseAjax = (...args: unknown[]) => {
  const [url, options = {}] = args as [string, AjaxOptions?];
  return waitForPromise(
    handle({ method: options.type ?? "GET", url, data: options.data })
  );
};

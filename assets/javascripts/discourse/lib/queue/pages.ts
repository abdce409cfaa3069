import type { MediationQueueCase, MediationQueuePage } from "../types";

/** The queue's pages loaded since the first: the latest answer, and every case so far. */
export interface QueueLoaded {
  page: MediationQueuePage;
  cases: MediationQueueCase[];
}

/** After another answer: a first page starts the list again, a later one adds to it. */
export function withPage(
  cases: MediationQueueCase[],
  answer: MediationQueuePage,
  page: number
): QueueLoaded {
  return {
    page: answer,
    cases: page === 0 ? answer.cases : [...cases, ...answer.cases],
  };
}

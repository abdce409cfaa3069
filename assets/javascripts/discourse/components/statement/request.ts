import type { FocusTarget } from "../../lib/common/announce";
import type { StatementPageResponse } from "../../lib/types";

/**
 * How the statement page's forms send a request: the page shows the answer
 * (or the refusal) in its one notice region and keeps the updated page. It
 * resolves to whether the request succeeded.
 */
export type SendStatementRequest = (
  request: () => Promise<StatementPageResponse>,
  success: string,
  focus?: FocusTarget
) => Promise<boolean>;

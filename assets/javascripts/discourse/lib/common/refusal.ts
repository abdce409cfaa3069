import { extractError } from "discourse/lib/ajax-error";
import { i18n } from "discourse-i18n";

/**
 * What a mediators' page shows when the server refuses it: members who are
 * not mediators get a plain sentence, not a broken page.
 */
export interface Refused {
  refused: string;
}

export async function orRefused<T>(
  load: () => Promise<T>
): Promise<T | Refused> {
  try {
    return await load();
  } catch (error) {
    return {
      refused: extractError(error, i18n("discourse_mediation.not_for_you")),
    };
  }
}

export function isRefused(model: unknown): model is Refused {
  return typeof model === "object" && model !== null && "refused" in model;
}

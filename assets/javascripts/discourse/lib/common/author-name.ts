import { i18n } from "discourse-i18n";
import type { MediationUser } from "../types/index";

/** "@name", or "a former member" once the account is deleted. */
export function authorName(
  user: Pick<MediationUser, "username"> | null
): string {
  return user ? `@${user.username}` : i18n("discourse_mediation.former_member");
}

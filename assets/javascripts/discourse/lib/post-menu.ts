import type { MediationCurrentUser, MediationPost } from "./types";

// The server decides who may ask for help and whose flag button is replaced
// (see the current user serializer); these read its answer.

export function showsHelpButton(
  user: MediationCurrentUser | null | undefined,
  post: MediationPost
): boolean {
  return Boolean(user?.can_request_mediation) && !post.deleted_at;
}

export function keepsFlagButton(
  user: MediationCurrentUser | null | undefined
): boolean {
  return !user?.mediation_replaces_flag;
}

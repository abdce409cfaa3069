import type { MediationPost } from "../types/index";

// Both answers come with the post from the server, so the post menu needs no
// request of its own.

export function showsHelpButton(post: MediationPost): boolean {
  return post.can_request_mediation;
}

export function keepsFlagButton(post: MediationPost): boolean {
  return !post.mediation_replaces_flag;
}

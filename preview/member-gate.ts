import {
  gateRequests,
  type SentRequest,
} from "../test/javascripts/helpers/fake-server";
import type { Viewer } from "./sample-data";

// What the server refuses a member (trust level 1, in no mediator or voter
// group): the queue and case pages, staff pages and ballots they are not on.
// Their requests, the published list and their own statement page stay open,
// with what they may do there (config/routes.rb, StatementsController): send
// a statement or decline, ask for more time, waive the rest of it, ask that a
// voter step aside, appeal. Deciding an extension or a request that a voter
// step aside (PUT) is the staff's.
const REFUSED_TO_MEMBERS = [
  /^\/mediation\/cases(\/.*)?\.json$/,
  /^\/mediation\/(archive|transparency)/,
  /^\/mediation\/admin\//,
  /^\/mediation\/ballots\//,
];

const MEMBERS_OWN: [string, RegExp][] = [
  ["GET", /^\/mediation\/cases\/\d+\/statement\.json$/],
  [
    "POST",
    /^\/mediation\/cases\/\d+\/(statement|statement\/decline|extension|waive|recusal-requests|appeal)\.json$/,
  ],
  ["POST", /^\/mediation\/cases\/\d+\/coaching\/(answer|summary)\.json$/],
  ["POST", /^\/mediation\/cases\/\d+\/recommendations\/\d+\/answer\.json$/],
];

// Discourse's answer to Discourse::InvalidAccess, in its own words.
const INVALID_ACCESS = {
  status: 403,
  body: {
    errors: ["You are not permitted to view the requested resource."],
    error_type: "invalid_access",
  },
};

/** Whether the server refuses this request to a member. */
export function refusedToMembers({ method, url }: SentRequest) {
  const own = MEMBERS_OWN.some(
    ([ownMethod, pattern]) =>
      method.toUpperCase() === ownMethod && pattern.test(url)
  );
  return !own && REFUSED_TO_MEMBERS.some((pattern) => pattern.test(url));
}

export function refuseMembersStaffPages(viewer: () => Viewer) {
  gateRequests((request) =>
    viewer() === "member" && refusedToMembers(request) ? INVALID_ACCESS : null
  );
}

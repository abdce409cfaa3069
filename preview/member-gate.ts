import { gateRequests } from "../test/javascripts/helpers/fake-server";
import type { Viewer } from "./sample-data";

// What the server refuses a member (trust level 1, in no mediator or voter
// group): the queue and case pages, staff pages and ballots they are not on.
// Their own statement page, their requests and the published list stay open.
const REFUSED_TO_MEMBERS = [
  /^\/mediation\/cases(\/\d+)?\.json$/,
  /^\/mediation\/cases\/\d+\/(?!statement)/,
  /^\/mediation\/(archive|transparency)/,
  /^\/mediation\/admin\//,
  /^\/mediation\/ballots\//,
];

// Discourse's answer to Discourse::InvalidAccess, in its own words.
const INVALID_ACCESS = {
  status: 403,
  body: {
    errors: ["You are not permitted to view the requested resource."],
    error_type: "invalid_access",
  },
};

export function refuseMembersStaffPages(viewer: () => Viewer) {
  gateRequests(({ url }) =>
    viewer() === "member" &&
    REFUSED_TO_MEMBERS.some((pattern) => pattern.test(url))
      ? INVALID_ACCESS
      : null
  );
}

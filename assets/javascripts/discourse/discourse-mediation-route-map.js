// @ts-check
// Plain .js, as core's own plugins write their route maps (chat-route-map.js).
// The staff-only pages are mapped by the admin bundle's route map.

/** @this {{ route: (name: string, opts: object) => void }} */
export default function () {
  this.route("mediation-queue", { path: "/mediation" });
  this.route("mediation-case", { path: "/mediation/cases/:case_id" });
  this.route("mediation-statement", {
    path: "/mediation/cases/:case_id/statement",
  });
  this.route("mediation-transparency", { path: "/mediation/transparency" });
  this.route("mediation-ballot", { path: "/mediation/ballots/:ballot_id" });
  this.route("mediation-my-requests", { path: "/mediation/my-requests" });
  this.route("mediation-published-list", {
    path: "/mediation/published-list",
  });
}

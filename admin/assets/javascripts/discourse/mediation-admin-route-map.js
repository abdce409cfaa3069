// @ts-check
// Staff-only pages. This file is in the admin bundle, which Discourse loads for
// staff alone, so other members download neither these routes nor their pages.

/** @this {{ route: (name: string, opts: object) => void }} */
export default function () {
  this.route("mediation-archive", { path: "/mediation/archive" });
  this.route("mediation-list-editor", {
    path: "/mediation/admin/published-list",
  });
}

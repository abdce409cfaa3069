export default function (this: {
  route: (name: string, opts: object) => void;
}) {
  this.route("mediation-queue", { path: "/mediation" });
  this.route("mediation-case", { path: "/mediation/cases/:case_id" });
  this.route("mediation-my-requests", { path: "/mediation/my-requests" });
}

export default function (this: {
  route: (name: string, opts: object) => void;
}) {
  this.route("mediation-my-requests", { path: "/mediation/my-requests" });
}

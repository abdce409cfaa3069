// The JSON contract between the server and the front end. The Ruby
// serializers produce exactly these shapes; the browser tests' fixtures are
// typed with them, and spec/requests checks the same fields on the server.
// Each feature's shapes live in their own file; runtime constants are in
// lib/choices.ts.

export type * from "./shared";
export type * from "./help-request";
export type * from "./queue";
export type * from "./case";
export type * from "./outcome";
export type * from "./published-list";
export type * from "./statement";
export type * from "./ballot";
export type * from "./archive";
export type * from "./transparency";
export type * from "./coaching";
export type * from "./recommendation";
export type * from "./evidence";

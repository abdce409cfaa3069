// Recommendations to other spaces, checked on each case page the preview's
// scripted server answers: only on a sanction carried out, made after it,
// within the server's limits, answered within their time, and passed on
// only after an answer or the end of that time (Rules::Record::Recommendation).
import type { MediationCaseDetail } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { at, type Problem } from "./check-case";
import { LIMITS } from "./sample-recommendations";
import { HOUR } from "./sample-timeline";

export function checkRecommendations(
  detail: MediationCaseDetail,
  problem: Problem
) {
  const list = detail.recommendations;
  if (list.length === 0) {
    return;
  }
  const now = Date.now();
  const carried = at(
    detail.timeline.find((e) => e.action === "implement")?.created_at
  );
  const outcome = detail.outcome_summary?.key;
  if (carried === null || !outcome || outcome === "no_action") {
    problem("a recommendation to other spaces without a sanction carried out");
    return;
  }
  if (list.length > LIMITS.perCase) {
    problem(`${list.length} recommendations, more than ${LIMITS.perCase}`);
  }
  for (const rec of list) {
    const made = at(rec.created_at)!;
    const until = at(rec.answer_until)!;
    const answered = at(rec.answered_at);
    const passed = at(rec.passed_on_at);
    const name = `recommendation ${rec.id}`;
    if (made < carried || made > now) {
      problem(`${name} was made outside the time after carrying out`);
    }
    if (until !== made + LIMITS.answerHours * HOUR) {
      problem(`${name}'s time to answer is not the rule's`);
    }
    const spacesSound =
      rec.spaces.length > 0 &&
      rec.spaces.length <= LIMITS.spaces &&
      rec.spaces.every((s) => s && [...s].length <= LIMITS.space);
    if (!rec.text || [...rec.text].length > LIMITS.text || !spacesSound) {
      problem(`${name} breaks the server's limits`);
    }
    if ((answered === null) !== (rec.answer === null)) {
      problem(`${name} has an answer without its date, or a date without it`);
    }
    if (
      answered !== null &&
      (answered < made || answered > Math.min(until, now))
    ) {
      problem(`${name} was answered outside its time`);
    }
    if ((passed === null) !== (rec.passed_on_by === null)) {
      problem(`${name} is passed on without who, or who without when`);
    }
    if (passed !== null && (passed > now || passed < (answered ?? until))) {
      problem(`${name} was passed on before an answer or the end of its time`);
    }
    const passable = passed === null && (answered !== null || until <= now);
    if (rec.can_pass_on !== passable) {
      problem(
        `${name} offers passing on when the rule does not, or not when it does`
      );
    }
  }
}

type Action = [string, "member" | "staff", string, string, unknown, number];

const CASE_12 = "/mediation/cases/12/recommendations";

/** Recommendations walked by both sides (cases 12, 41 and 42), refusals included. */
export const RECOMMENDATION_ACTIONS: Action[] = [
  [
    "answers with nothing",
    "member",
    "POST",
    `${CASE_12}/1/answer.json`,
    { reason: " " },
    422,
  ],
  [
    "passes on before the answer",
    "staff",
    "PUT",
    `${CASE_12}/1/passed-on.json`,
    {},
    409,
  ],
  [
    "answers a recommendation",
    "member",
    "POST",
    `${CASE_12}/1/answer.json`,
    { reason: "I will keep to the guidelines." },
    200,
  ],
  [
    "answers it twice",
    "member",
    "POST",
    `${CASE_12}/1/answer.json`,
    { reason: "Again." },
    409,
  ],
  ["passes it on", "staff", "PUT", `${CASE_12}/1/passed-on.json`, {}, 200],
  [
    "passes it on twice",
    "staff",
    "PUT",
    `${CASE_12}/1/passed-on.json`,
    {},
    409,
  ],
  [
    "passes on an answered one",
    "staff",
    "PUT",
    "/mediation/cases/41/recommendations/2/passed-on.json",
    {},
    200,
  ],
  [
    "recommends without spaces",
    "staff",
    "POST",
    `${CASE_12}.json`,
    { text: "Tell the chat.", spaces: [] },
    422,
  ],
  [
    "recommends",
    "staff",
    "POST",
    `${CASE_12}.json`,
    { text: "Tell the chat.", spaces: ["Matrix chat"] },
    200,
  ],
  [
    "recommends the same twice",
    "staff",
    "POST",
    `${CASE_12}.json`,
    { text: "Tell the chat.", spaces: ["Matrix chat"] },
    409,
  ],
  [
    "recommends on an archived case",
    "staff",
    "POST",
    "/mediation/cases/42/recommendations.json",
    { text: "Later.", spaces: ["Chat"] },
    409,
  ],
  [
    "recommends",
    "member",
    "POST",
    `${CASE_12}.json`,
    { text: "Mine.", spaces: ["Chat"] },
    403,
  ],
  [
    "passes one on",
    "member",
    "PUT",
    "/mediation/cases/41/recommendations/2/passed-on.json",
    {},
    403,
  ],
];

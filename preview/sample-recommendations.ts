// Recommendations to other spaces on the sample cases, and how the scripted
// server answers recording one, the person concerned's answer and marking
// one passed on, as the server's services do (Case::Recommend,
// Statement::AnswerRecommendation, Case::PassOnRecommendation).
import type {
  CaseEventData,
  CaseRecommendation,
  MediationUser,
  StatementRecommendation,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import { YOU } from "./sample-people";
import type { SampleRecommendation } from "./sample-recommendation-data";
import {
  datesOf,
  hoursSince,
  outcomeOf,
  RECORDS,
  type SampleCase,
} from "./sample-records";
import { HOUR, iso, isoOrNull } from "./sample-timeline";

/** Rules::Record::Recommendation, as config and the server have them. */
export const LIMITS = {
  text: 2000,
  space: 60,
  spaces: 5,
  perCase: 5,
  answer: 2000,
  answerHours: 3 * 24,
};

interface Times {
  made: number;
  until: number;
  answered: number | null;
  passedOn: number | null;
}

export function timesOf(record: SampleCase, rec: SampleRecommendation): Times {
  const made = (datesOf(record).carriedOut ?? 0) + rec.made * HOUR;
  return {
    made,
    until: made + LIMITS.answerHours * HOUR,
    answered: rec.answered === null ? null : made + rec.answered * HOUR,
    passedOn: rec.passedOn === null ? null : made + rec.passedOn * HOUR,
  };
}

/** Answered or its time over, and not passed on yet. */
function passable(record: SampleCase, rec: SampleRecommendation) {
  const times = timesOf(record, rec);
  return (
    times.passedOn === null &&
    (rec.answered !== null || times.until <= Date.now())
  );
}

function answerable(record: SampleCase, rec: SampleRecommendation) {
  const times = timesOf(record, rec);
  return (
    rec.answered === null && rec.passedOn === null && Date.now() < times.until
  );
}

/** A sanction carried out and not yet archived: recommending is open. */
export function mayRecommend(record: SampleCase) {
  const carried = outcomeOf(record).carriedOut;
  return record.state === "closed" && !!carried && carried.kind !== "no_action";
}

function shown(record: SampleCase, rec: SampleRecommendation) {
  const times = timesOf(record, rec);
  return {
    id: rec.id,
    text: rec.text,
    spaces: rec.spaces,
    created_at: iso(times.made),
    answer_until: iso(times.until),
    answer: rec.answer,
    answered_at: isoOrNull(times.answered),
    passed_on_at: isoOrNull(times.passedOn),
    // No sample's appeal lifts a sanction that carries a recommendation.
    withdrawn: false,
  };
}

/** The case page's, for you: a moderator and the staff viewer. */
export function caseRecommendationsOf(
  record: SampleCase
): CaseRecommendation[] {
  const closed = ["closed", "archived"].includes(record.state);
  return record.recommendations.map((rec) => ({
    ...shown(record, rec),
    created_by: rec.madeBy,
    passed_on_by: rec.passedOnBy,
    can_pass_on: closed && passable(record, rec),
  }));
}

/** The person concerned's page: never who recorded or passed it on. */
export function statementRecommendationsOf(
  record: SampleCase,
  subject: boolean
): StatementRecommendation[] {
  if (!subject) {
    return [];
  }
  return record.recommendations.map((rec) => ({
    ...shown(record, rec),
    created_by: null,
    passed_on_by: null,
    can_answer: answerable(record, rec),
  }));
}

/** Their timeline entries: made, answered, passed on. */
type Entry = [number | null, string, MediationUser | null, CaseEventData];

export function recommendationEvents(record: SampleCase): Entry[] {
  return record.recommendations.flatMap((rec): Entry[] => {
    const times = timesOf(record, rec);
    const data = { recommendation_id: rec.id, spaces: rec.spaces };
    return [
      [times.made, "recommendation_made", rec.madeBy, data],
      [times.answered, "recommendation_answered", record.subject, data],
      [times.passedOn, "recommendation_passed_on", rec.passedOnBy, data],
    ];
  });
}

const refused = (status: number, message: string) => ({
  status,
  body: { errors: [message] },
});

type Answer = () => { status: number; body: unknown };

function spacesOf(names: unknown): string[] {
  const seen = new Set<string>();
  return (Array.isArray(names) ? names : [])
    .map((name) => String(name).trim().replace(/\s+/g, " "))
    .filter((name) => {
      const key = name.toLowerCase();
      const fresh = name !== "" && !seen.has(key);
      seen.add(key);
      return fresh;
    });
}

/** The server's checks, in its order; null when it may be recorded. */
function refusal(record: SampleCase, text: string, spaces: string[]) {
  if (!text) {
    return refused(
      422,
      "Write the recommendation: the person concerned reads it first."
    );
  }
  if ([...text].length > LIMITS.text) {
    return refused(
      422,
      `Keep the recommendation to ${LIMITS.text} characters.`
    );
  }
  if (spaces.length === 0) {
    return refused(
      422,
      "Name at least one space it is for, such as “GitHub repository”."
    );
  }
  if (spaces.length > LIMITS.spaces) {
    return refused(
      422,
      `A recommendation can be for at most ${LIMITS.spaces} spaces.`
    );
  }
  if (spaces.some((name) => [...name].length > LIMITS.space)) {
    return refused(
      422,
      `Keep each space's name to ${LIMITS.space} characters.`
    );
  }
  if (record.state !== "closed") {
    return refused(409, "That cannot be done now: the case is archived.");
  }
  if (!mayRecommend(record)) {
    return refused(
      422,
      "Only a sanction that was carried out can carry a recommendation to other spaces."
    );
  }
  if (record.recommendations.some((rec) => rec.text === text)) {
    return refused(409, "This recommendation is on the case already.");
  }
  if (record.recommendations.length >= LIMITS.perCase) {
    return refused(
      422,
      `A case can have at most ${LIMITS.perCase} recommendations.`
    );
  }
  return null;
}

function nextId() {
  return (
    1 +
    Math.max(
      0,
      ...RECORDS.flatMap((r) => r.recommendations.map((rec) => rec.id))
    )
  );
}

/** The staff's routes on a sample case; `answer` is the case's JSON. */
export function installRecommendations(
  record: SampleCase,
  answer: (record: SampleCase) => { status: number; body: unknown }
) {
  const base = `/mediation/cases/${record.id}/recommendations`;
  respondTo("POST", `${base}.json`, (request) => {
    const data = (request.data ?? {}) as { text?: string; spaces?: unknown };
    const text = (data.text ?? "").trim();
    const spaces = spacesOf(data.spaces);
    const problem = refusal(record, text, spaces);
    if (problem) {
      return problem;
    }
    record.recommendations.push({
      id: nextId(),
      text,
      spaces,
      madeBy: YOU,
      made: hoursSince(datesOf(record).carriedOut),
      answered: null,
      answer: null,
      passedOn: null,
      passedOnBy: null,
    });
    return answer(record);
  });
  for (let id = 1; id <= 20; id++) {
    respondTo("PUT", `${base}/${id}/passed-on.json`, () => {
      const rec = record.recommendations.find((r) => r.id === id);
      if (!rec) {
        return refused(404, "That recommendation is not on this case.");
      }
      if (rec.passedOn !== null) {
        return refused(409, "This recommendation has been passed on already.");
      }
      if (!passable(record, rec)) {
        return refused(
          409,
          `The person concerned still has time to answer it: it can be passed on once they answer or their time ends, on ${new Date(timesOf(record, rec).until).toUTCString()}.`
        );
      }
      rec.passedOn = hoursSince(timesOf(record, rec).made);
      rec.passedOnBy = YOU;
      return answer(record);
    });
  }
}

/** The person concerned's answer, on their page; `answer` is that page's JSON. */
export function installRecommendationAnswers(
  record: SampleCase,
  isSubject: () => boolean,
  answer: Answer
) {
  const base = `/mediation/cases/${record.id}/recommendations`;
  for (let id = 1; id <= 20; id++) {
    respondTo("POST", `${base}/${id}/answer.json`, (request) => {
      if (!isSubject()) {
        return refused(403, "You are not allowed to do that on this case.");
      }
      const rec = record.recommendations.find((r) => r.id === id);
      if (!rec) {
        return refused(404, "That recommendation is not on this case.");
      }
      const reason = String(
        (request.data as { reason?: string })?.reason ?? ""
      ).trim();
      if (!reason || [...reason].length > LIMITS.answer) {
        return refused(
          422,
          `Write your answer to the recommendation (at most ${LIMITS.answer} characters).`
        );
      }
      if (!answerable(record, rec)) {
        return refused(
          409,
          "Your time to answer this recommendation has ended, or you have answered it already."
        );
      }
      rec.answer = reason;
      rec.answered = hoursSince(timesOf(record, rec).made);
      return answer();
    });
  }
}

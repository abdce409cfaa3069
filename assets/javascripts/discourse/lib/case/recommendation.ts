import { i18n } from "discourse-i18n";
import { formatDateTime } from "../common/age";
import { authorName } from "../common/author-name";
import { charactersLeft } from "../common/message-limit";
import type { CaseLimits, CaseRecommendation } from "../types";

/** The form's fields, by id: where a problem is shown. */
export const TEXT = "mediation-recommend-text";
export const SPACES = "mediation-recommend-spaces";

/**
 * The spaces typed one per line, as the server reads them
 * (Rules::Record::Recommendation.spaces): trimmed, blanks dropped, each
 * named once whatever its case, in the order typed.
 */
export function parseSpaces(lines: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of lines.split(/\r\n?|\n/)) {
    const name = line.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

/**
 * The first thing wrong with a recommendation, as the server would say it:
 * the field and the words. The server checks again; this only saves a trip.
 */
export function recommendationProblem(
  text: string,
  spaces: string[],
  limits: CaseLimits
): [string, string] | null {
  if (!text.trim()) {
    return [TEXT, i18n("discourse_mediation.recommend.text_required")];
  }
  if (charactersLeft(text.trim(), limits.recommendation_text) < 0) {
    const count = limits.recommendation_text;
    return [TEXT, i18n("discourse_mediation.too_long", { count })];
  }
  if (spaces.length === 0) {
    return [SPACES, i18n("discourse_mediation.recommend.spaces_required")];
  }
  if (spaces.length > limits.recommendation_spaces) {
    const count = limits.recommendation_spaces;
    return [
      SPACES,
      i18n("discourse_mediation.recommend.too_many_spaces", { count }),
    ];
  }
  const max = limits.recommendation_space;
  if (spaces.some((name) => charactersLeft(name, max) < 0)) {
    return [
      SPACES,
      i18n("discourse_mediation.recommend.space_too_long", { count: max }),
    ];
  }
  return null;
}

/** One recommendation on the case page, in words. */
export interface RecommendationEntry {
  recommendation: CaseRecommendation;
  madeBy: string;
  /** Where the person concerned's answer stands, when they have not answered. */
  answerState: string;
  answeredOn: string | null;
  /** Who passed it on and when, or that it is not passed on yet. */
  passedOn: string;
  /** The pass-on button's name for screen readers. */
  passOnLabel: string;
}

const KEY = "discourse_mediation.recommendations";

/** The case page's recommendations, in words, as they stand at `now`. */
export function recommendationEntries(
  recommendations: CaseRecommendation[],
  now: number
): RecommendationEntry[] {
  return recommendations.map((recommendation) => {
    const until = recommendation.answer_until;
    const passedOnAt = recommendation.passed_on_at;
    return {
      recommendation,
      madeBy: i18n(`${KEY}.made_by`, {
        name: authorName(recommendation.created_by),
        date: formatDateTime(recommendation.created_at),
      }),
      answerState: recommendation.withdrawn
        ? i18n(`${KEY}.not_answered`)
        : new Date(until).getTime() > now
          ? i18n(`${KEY}.answer_until`, { date: formatDateTime(until) })
          : i18n(`${KEY}.answer_ended`),
      answeredOn: recommendation.answered_at
        ? i18n(`${KEY}.answered`, {
            date: formatDateTime(recommendation.answered_at),
          })
        : null,
      passedOn: recommendation.withdrawn
        ? i18n(`${KEY}.withdrawn`)
        : passedOnAt
          ? i18n(`${KEY}.passed_on`, {
              name: authorName(recommendation.passed_on_by),
              date: formatDateTime(passedOnAt),
            })
          : i18n(`${KEY}.waiting`),
      passOnLabel: i18n(`${KEY}.pass_on_named`, {
        spaces: recommendation.spaces.join(", "),
      }),
    };
  });
}

/** The archive's line under a case's outcome, or null without recommendations. */
export function recommendedTo(spaces?: string[]): string | null {
  return spaces?.length
    ? i18n("discourse_mediation.archive.recommended", {
        spaces: spaces.join(", "),
      })
    : null;
}

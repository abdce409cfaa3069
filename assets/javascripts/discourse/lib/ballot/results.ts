import { i18n } from "discourse-i18n";
import type { BallotState, RecusalReason } from "../types/index";

/** One row of the closed ballot's table of counts. */
export interface BallotResultRow {
  key: string;
  title: string;
  count: number;
  isOutcome: boolean;
}

/** What the results of a closed ballot show, worded for the page. */
export interface BallotResultsView {
  outcomeTitle: string;
  isNoAction: boolean;
  rows: BallotResultRow[];
  abstentions: number;
  turnout: string;
  quorum: string;
  /** The voters' own reasons, unsigned. */
  reasons: string[];
}

const RECUSAL_TEXT: Record<RecusalReason, string> = {
  subject: "discourse_mediation.ballot.recused.subject",
  requester: "discourse_mediation.ballot.recused.requester",
  mediator: "discourse_mediation.ballot.recused.mediator",
  affected: "discourse_mediation.ballot.recused.affected",
  stepped_aside: "discourse_mediation.ballot.recused.stepped_aside",
  acted: "discourse_mediation.ballot.recused.acted",
};

/** Why someone in the voter groups is not on this ballot's roll. */
export function recusalText(reason: RecusalReason | null): string {
  return i18n(RECUSAL_TEXT[reason ?? "mediator"]);
}

/** The results of a closed ballot, or null while it is open. */
export function ballotResults(ballot: BallotState): BallotResultsView | null {
  const results = ballot.results;
  if (!results) {
    return null;
  }
  const titles = new Map(ballot.options.map((step) => [step.key, step.title]));
  return {
    outcomeTitle: titles.get(results.outcome) ?? results.outcome,
    isNoAction: results.outcome === ballot.options[0]?.key,
    rows: results.counts.map((row) => ({
      key: row.key,
      title: titles.get(row.key) ?? row.key,
      count: row.count,
      isOutcome: row.key === results.outcome,
    })),
    abstentions: results.abstentions,
    reasons: results.reasons,
    turnout: i18n("discourse_mediation.ballot.turnout", {
      cast: results.cast,
      eligible: results.eligible,
    }),
    quorum: i18n(
      results.quorum_met
        ? "discourse_mediation.ballot.quorum_met"
        : "discourse_mediation.ballot.quorum_not_met",
      { required: results.required, percent: results.quorum_percent }
    ),
  };
}

// The server's count of a secret ballot, for the preview's sample ballots:
// a port of DiscourseMediation::Rules::Ballot::Tally
// (lib/discourse_mediation/rules/ballot/tally.rb), checked against the same
// vectors as the Ruby rule (spec/fixtures/tally_vectors.json, read by
// spec/lib/ballot/tally_spec.rb and test/preview/samples.mjs).
//
// The options are in order of severity, No action first. Abstentions count
// towards quorum only. The outcome is the median of the ballots that chose an
// option; with an even number, the less severe of the two in the middle. A
// vote needs its quorum share of the eligible voters and never fewer than a
// minimum number of ballots: below either, the outcome is `kept` (an appeal
// keeps the step carried out) or No action.

export const ABSTAIN = "abstain";

export interface TallyInput {
  options: string[];
  ballots: string[];
  eligible: number;
  quorum_percent: number;
  minimum?: number;
  kept?: string | null;
}

export interface TallyResult {
  outcome: string;
  quorum_met: boolean;
  eligible: number;
  cast: number;
  abstentions: number;
  required: number;
  /** Every option, No action first, including those nobody chose. */
  counts: Record<string, number>;
}

export class RejectedBallot extends Error {}

export function validChoice(choice: string | null, options: string[]) {
  return choice === ABSTAIN || options.includes(String(choice));
}

/** Ballots needed for quorum: the share rounded up, and at least the minimum. */
export function required(eligible: number, quorumPercent: number, minimum = 1) {
  return Math.max(Math.ceil((eligible * quorumPercent) / 100), minimum);
}

/** Whether a roll of this size can reach both its quorum share and the minimum. */
export function canDecide(
  eligible: number,
  quorumPercent: number,
  minimum = 1
) {
  return eligible > 0 && required(eligible, quorumPercent, minimum) <= eligible;
}

export function decide({
  options,
  ballots,
  eligible,
  quorum_percent,
  minimum = 1,
  kept = null,
}: TallyInput): TallyResult {
  const rejected = ballots.filter((choice) => !validChoice(choice, options));
  if (rejected.length) {
    throw new RejectedBallot(
      `not an option of this ballot: ${[...new Set(rejected)].join(", ")}`
    );
  }
  const needed = required(eligible, quorum_percent, minimum);
  const quorumMet = eligible > 0 && ballots.length >= needed;
  const chosen = ballots
    .filter((choice) => choice !== ABSTAIN)
    .sort((a, b) => options.indexOf(a) - options.indexOf(b));
  const noAction = options[0];
  let outcome = kept ?? noAction;
  if (quorumMet) {
    outcome = chosen.length
      ? chosen[Math.floor((chosen.length - 1) / 2)]
      : noAction;
  }
  return {
    outcome,
    quorum_met: quorumMet,
    eligible,
    cast: ballots.length,
    abstentions: ballots.length - chosen.length,
    required: needed,
    counts: Object.fromEntries(
      options.map((option) => [
        option,
        chosen.filter((choice) => choice === option).length,
      ])
    ),
  };
}

// The dates of a sample case, derived from when it opened, the few steps
// people take at their own pace, and the plugin's settings at their defaults
// (config/settings.yml): the statement days, the affected share, the ballot
// hours, the appeal days, the cooling-off period, the stage targets. The rules
// are the server's (lib/discourse_mediation/rules), in the same words.
import defaults from "virtual:mediation-settings";
import type {
  CaseState,
  LadderStep,
  NextStepInfo,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";

function setting(name: string): number {
  const value = defaults[name];
  if (typeof value !== "number") {
    throw new Error(`config/settings.yml has no number ${name}`);
  }
  return value;
}

export const SETTINGS = {
  firstResponseHours: setting("mediation_first_response_hours"),
  forgivenessMonths: setting("mediation_forgiveness_months"),
  statementDays: setting("mediation_statement_days"),
  affectedPercent: setting("mediation_affected_window_percent"),
  extensionDays: setting("mediation_extension_days"),
  ballotHours: setting("mediation_ballot_hours"),
  quorumPercent: setting("mediation_quorum_percent"),
  minBallots: setting("mediation_min_ballots"),
  appealDays: setting("mediation_appeal_days"),
  maxSanctionDays: setting("mediation_max_sanction_days"),
  coolingOffDays: setting("mediation_cooling_off_days"),
  mediatingDays: setting("mediation_mediating_days"),
  reportDays: setting("mediation_report_days"),
  carryOutDays: setting("mediation_carry_out_days"),
  archiveNamesMonths: setting("mediation_archive_names_months"),
};

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** How soon a request for more time should be decided (StatementWindow). */
export const EXTENSION_DECISION_WITHIN = DAY;
/** Every sample is dated from the moment the preview loads. */
export const NOW = Date.now();

export const iso = (time: number) => new Date(time).toISOString();
export const isoOrNull = (time: number | null) =>
  time === null ? null : iso(time);

/**
 * What people did, and after how many hours: the pace of the steps nobody
 * times. Everything else follows from the settings.
 */
export interface CasePlan {
  /** Hours before now that the first request opened the case. */
  opened: number;
  /** Hours after opening that a mediator claimed it. */
  claimed?: number;
  /** Hours after the claim that the mediator reached the person concerned. */
  contacted?: number;
  /** Hours after the claim that the mediator resolved it. */
  resolved?: number;
  /** Hours after opening that the last request was withdrawn. */
  withdrawn?: number;
  /** Hours after the claim that the mediator escalated it to a report. */
  escalated?: number;
  /** Hours after escalating that the report was submitted. */
  submitted?: number;
  /** Hours after submission that the person concerned asked for more time. */
  extensionAsked?: number;
  /** How a moderator decided it, if they have. */
  extensionDecision?: "granted" | "declined";
  /** Hours after submission that the person concerned waived the rest of their time. */
  waived?: number;
  /** The time for statements is over, but a request that a voter step aside waits: the vote is held. */
  voteHeld?: boolean;
  /** Hours the vote was held after the window closed, before it opened. */
  heldFor?: number;
  /** Hours after the ballot closed that a moderator carried out the outcome. */
  carriedOut?: number;
  /** Hours after being told the outcome that the person concerned appealed. */
  appealed?: number;
}

/** Every date of a case, in milliseconds; null where it has not happened. */
export interface CaseDates {
  opened: number;
  firstResponseDue: number;
  claimed: number | null;
  contacted: number | null;
  resolved: number | null;
  withdrawn: number | null;
  /** Resolved, withdrawn, or carried out (closed). */
  ended: number | null;
  escalated: number | null;
  submitted: number | null;
  deadline: number | null;
  affectedCloses: number | null;
  extensionAsked: number | null;
  extensionDecisionDue: number | null;
  waived: number | null;
  windowCloses: number | null;
  ballotOpens: number | null;
  ballotCloses: number | null;
  carriedOut: number | null;
  sanctionEnds: number | null;
  reviewAt: number | null;
  appealCloses: number | null;
  appealed: number | null;
  appealBallotCloses: number | null;
  archived: number | null;
  /** The target of the stage carried out by hand that the case is in. */
  stageDue: number | null;
}

const after = (start: number | null, hours: number | undefined) =>
  start === null || hours === undefined ? null : start + hours * HOUR;

/** Penalty::MEASURES: what Discourse does for each kind of step. */
export const MEASURES = {
  no_action: "none",
  private_correction: "message",
  formal_warning: "message",
  cool_down: "silence",
  suspension: "suspend",
  long_suspension: "suspend",
  coaching: "coaching",
} as const;

export function needsDuration(step: LadderStep) {
  return ["silence", "suspend", "coaching"].includes(MEASURES[step.kind]);
}

/** The dates of a case whose ballot decided `outcome` (carried out with the step's own terms). */
export function caseDates(plan: CasePlan, outcome: LadderStep | null) {
  const opened = NOW - plan.opened * HOUR;
  const claimed = after(opened, plan.claimed);
  const escalated = after(claimed, plan.escalated);
  const submitted = after(escalated, plan.submitted);
  // StatementWindow: whole days from submission; people named as affected
  // answer by a share of it.
  // One extension, counted from the deadline.
  const granted = plan.extensionDecision === "granted";
  const deadline = after(
    submitted,
    (SETTINGS.statementDays + (granted ? SETTINGS.extensionDays : 0)) * 24
  );
  const affectedCloses =
    submitted === null || deadline === null
      ? null
      : submitted +
        (SETTINGS.statementDays * DAY * SETTINGS.affectedPercent) / 100;
  const extensionAsked = after(submitted, plan.extensionAsked);
  // The vote opens when the window closes (at the deadline, or when the
  // person concerned waives the rest), and the ballot runs its hours.
  const waived = after(submitted, plan.waived);
  const windowCloses =
    deadline === null ? null : Math.min(deadline, waived ?? deadline);
  const ballotOpens = plan.voteHeld
    ? null
    : after(windowCloses, plan.heldFor ?? 0);
  const ballotCloses = after(ballotOpens, SETTINGS.ballotHours);
  const carriedOut = after(ballotCloses, plan.carriedOut);
  // Penalty.plan, with the step's own duration and review.
  const duration =
    outcome && needsDuration(outcome) ? outcome.duration_days : null;
  const appealed = after(carriedOut, plan.appealed);
  const resolved = after(claimed, plan.resolved);
  const withdrawn = after(opened, plan.withdrawn);
  const dates: CaseDates = {
    opened,
    firstResponseDue: opened + SETTINGS.firstResponseHours * HOUR,
    claimed,
    contacted: after(claimed, plan.contacted),
    resolved,
    withdrawn,
    ended: resolved ?? withdrawn ?? carriedOut,
    escalated,
    submitted,
    deadline,
    affectedCloses,
    extensionAsked,
    extensionDecisionDue:
      extensionAsked === null || plan.extensionDecision
        ? null
        : extensionAsked + EXTENSION_DECISION_WITHIN,
    waived,
    windowCloses,
    ballotOpens,
    ballotCloses,
    carriedOut,
    sanctionEnds: after(
      carriedOut,
      duration === null ? undefined : duration * 24
    ),
    reviewAt: after(
      carriedOut,
      outcome?.review_days ? outcome.review_days * 24 : undefined
    ),
    appealCloses: after(carriedOut, SETTINGS.appealDays * 24),
    appealed,
    appealBallotCloses: after(appealed, SETTINGS.ballotHours),
    archived: null,
    stageDue: null,
  };
  // CoolingOff: archived once the period after closing has passed.
  const archiveAt = after(carriedOut, SETTINGS.coolingOffDays * 24);
  dates.archived = archiveAt !== null && archiveAt <= NOW ? archiveAt : null;
  return dates;
}

/** StageTargets: the target of the stage carried out by hand. */
export function stageDue(state: CaseState, dates: CaseDates) {
  switch (state) {
    case "mediating":
      return after(dates.claimed, SETTINGS.mediatingDays * 24);
    case "report_draft":
      return after(dates.escalated, SETTINGS.reportDays * 24);
    case "decided":
      return after(dates.ballotCloses, SETTINGS.carryOutDays * 24);
    default:
      return null;
  }
}

/** Rules::Case::NextStep, with what the case knows after the decision. */
export function nextStep(
  state: CaseState,
  dates: CaseDates,
  {
    appealOpen,
    reviewed,
    forRequester = false,
  }: { appealOpen: boolean; reviewed: boolean; forRequester?: boolean }
): NextStepInfo {
  const step = (key: NextStepInfo["key"], at: number | null) => ({
    key,
    at: isoOrNull(at),
  });
  if (state === "closed" || state === "archived") {
    const appealBallotOpen =
      dates.appealBallotCloses !== null && dates.appealBallotCloses > NOW;
    if (appealBallotOpen) {
      return step("appeal_decision", dates.appealBallotCloses);
    }
    if (appealOpen && dates.appealCloses !== null && dates.appealCloses > NOW) {
      return step("appeal", dates.appealCloses);
    }
    // A requester learns of a review date only where the site tells them the
    // step; by default it tells them whether action was taken.
    if (!forRequester && !reviewed && dates.reviewAt && dates.reviewAt > NOW) {
      return step("review", dates.reviewAt);
    }
  }
  switch (state) {
    case "requested":
      return step("mediator_assigned", dates.firstResponseDue);
    case "mediating":
      return step("mediation", stageDue(state, dates));
    case "report_draft":
      return step("report", stageDue(state, dates));
    case "awaiting_statements":
      return step("vote_opens", dates.windowCloses);
    case "voting":
      return step("decision", dates.ballotCloses);
    case "decided":
      return step("implementation", stageDue(state, dates));
    default:
      return step("none", null);
  }
}

/** Forgiveness.months_ago: calendar months, clamped to a shorter month's end. */
export function monthsAgo(time: number, months: number) {
  const date = new Date(time);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
  const [year, month] = [Math.floor(total / 12), total % 12];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(date.getUTCDate(), lastDay),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds()
  );
}

/** Forgiveness.remembered?: open, or ended within the forgiveness period. */
export function remembered(endedAt: number | null) {
  return (
    endedAt === null ||
    endedAt > monthsAgo(Date.now(), SETTINGS.forgivenessMonths)
  );
}

/**
 * NameKeeping.named?: whether the archive still names the person concerned.
 * `outcome`: the step carried out, if any.
 */
export function named(
  state: CaseState,
  outcome: LadderStep | null,
  dates: CaseDates
) {
  if (["requested", "mediating", "resolved", "withdrawn"].includes(state)) {
    return false;
  }
  const sanctioned = outcome !== null && outcome.kind !== "no_action";
  const from = sanctioned
    ? (dates.sanctionEnds ?? dates.reviewAt ?? dates.ended)
    : dates.ended;
  if (from === null) {
    return true;
  }
  const months =
    sanctioned && SETTINGS.archiveNamesMonths !== -1
      ? SETTINGS.archiveNamesMonths
      : SETTINGS.forgivenessMonths;
  return from > monthsAgo(Date.now(), months);
}

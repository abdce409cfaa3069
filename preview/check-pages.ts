// The ballots and the statement pages against the case pages (see
// preview/check-case.ts): counts that give the outcome shown, the ballot's
// hours, and the same case file, statements, window, decision and offers for
// the voters, the person concerned, someone affected and the moderators.
import type {
  BallotState,
  MediationCaseDetail,
  StatementPage,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { at, ballotOf, type Problem, same, titleOf } from "./check-case";
import type { Views } from "./check-views";
import { YOU } from "./sample-people";
import { DAY, HOUR, SETTINGS } from "./sample-timeline";
import { decide } from "./tally";

/** The ballot's count, dates and case file against the case's. */
export function checkBallot(
  ballot: BallotState,
  views: Views,
  problem: Problem
) {
  const detail = views.details.get(ballot.case_id);
  if (!detail) {
    problem(`a ballot of case ${ballot.case_id}, which has no page`);
    return;
  }
  const opens = at(ballot.opens_at)!;
  const closes = at(ballot.closes_at)!;
  if (closes - opens !== SETTINGS.ballotHours * HOUR) {
    problem(
      `a ${(closes - opens) / HOUR}-hour ballot; the setting gives ${SETTINGS.ballotHours}`
    );
  }
  if (
    ballot.open !== Date.now() < closes ||
    Boolean(ballot.results) === ballot.open
  ) {
    problem("open with results, or closed without");
  }
  const keys = ballot.options.map((o) => o.key);
  const order = keys.map((key) => views.ladder.findIndex((s) => s.key === key));
  if (
    keys[0] !== "no_action" ||
    order.some((i, n) => i < 0 || (n > 0 && i <= order[n - 1]))
  ) {
    problem("its options are not No action then the ladder's order");
  }
  const results = ballot.results;
  if (results) {
    const papers = [
      ...results.counts.flatMap(({ key, count }) =>
        Array<string>(count).fill(key)
      ),
      ...Array<string>(results.abstentions).fill("abstain"),
    ];
    const count = decide({
      options: keys,
      ballots: papers,
      eligible: results.eligible,
      quorum_percent: results.quorum_percent,
      minimum: SETTINGS.minBallots,
      kept: ballot.kind === "appeal" ? keys.at(-1) : null,
    });
    const shown = {
      outcome: results.outcome,
      quorum_met: results.quorum_met,
      required: results.required,
      cast: results.cast,
    };
    const counted = {
      outcome: count.outcome,
      quorum_met: count.quorum_met,
      required: count.required,
      cast: count.cast,
    };
    if (!same(shown, counted)) {
      problem(
        `counts ${results.counts.map((c) => c.count).join(", ")} give ${count.outcome}, but it shows ${results.outcome}`
      );
    }
    if (
      results.quorum_percent !== SETTINGS.quorumPercent ||
      !same(results.reasons, [...results.reasons].sort())
    ) {
      problem(
        "its quorum is not the setting's, or its reasons are not in alphabetical order"
      );
    }
  }
  const reader = views.readerPages.get(detail.id);
  if (
    ballot.case_file.title !== titleOf(detail) ||
    !same(ballot.case_file.statements, detail.statements)
  ) {
    problem("its case file's title or statements are not the case's");
  }
  if (!same(ballot.case_file.report, reader?.report)) {
    problem("its report is not the one the person concerned reads");
  }
  if (ballot.kind === "appeal") {
    const appeal = views.memberPages.get(detail.id)?.appeal;
    if (
      appeal?.appealed_at !== ballot.opens_at ||
      appeal?.ballot_closes_at !== ballot.closes_at
    ) {
      problem("the appeal's ballot does not open when the appeal was made");
    }
    if (ballot.case_file.appeal_statement !== appeal?.statement) {
      problem("the voters read another appeal than the one made");
    }
    if (keys.at(-1) !== detail.outcome_summary?.key) {
      problem("an appeal that offers more than the step carried out");
    }
    return;
  }
  // The preview shows case 8's ballot to other voters at ids of their own:
  // the same ballot, but for what is each voter's.
  const first = views.ballots.get(detail.ballot_id ?? 0);
  const shared = (b: BallotState) => ({
    ...b,
    id: 0,
    voter_status: 0,
    recusal_reason: 0,
    can_ask_question: 0,
    questions: 0,
  });
  if (!first || !same(shared(first), shared(ballot))) {
    problem(`case ${detail.id}'s ballot is ${detail.ballot_id}, not this one`);
  }
  const held = detail.timeline.some((e) => e.action === "vote_held");
  const windowCloses = at(detail.statement_window?.closes_at);
  if (
    windowCloses === null ||
    (held ? opens < windowCloses : opens !== windowCloses)
  ) {
    problem("the ballot does not open when the time for statements ends");
  }
  if (
    !same(
      keys,
      reader?.possible_outcomes.map((o) => o.key)
    )
  ) {
    problem(
      "the ballot's options are not the possible outcomes the person concerned read"
    );
  }
  const onRoll = ["eligible", "voted"].includes(ballot.voter_status);
  if (
    onRoll &&
    detail.mediator?.id === YOU.id &&
    ballot.id === detail.ballot_id
  ) {
    problem("you may vote on a case you mediate");
  }
}

/** A statement page against the case page: the same case, told alike. */
export function checkPage(page: StatementPage, views: Views, problem: Problem) {
  const detail = views.details.get(page.case_id);
  if (!detail) {
    problem("a statement page without a case page");
    return;
  }
  const {
    cited_keys: _c,
    affected_user_ids: _a,
    ...report
  } = detail.report ?? {};
  const window = detail.statement_window && {
    ...detail.statement_window,
    extension_reason:
      page.role === "affected"
        ? null
        : detail.statement_window.extension_reason,
  };
  for (const [what, mine, staff] of [
    ["state", page.state, detail.state],
    ["report", page.report, report],
    ["window", page.window, window],
    ["next step", page.next_step, detail.next_step],
  ] as const) {
    if (!same(mine, staff)) {
      problem(
        `the ${page.role}'s page and the case page disagree on its ${what}`
      );
    }
  }
  // The person concerned reads the voters' case file, their own statement
  // among the others; someone affected reads only their own.
  const read = page.case_file
    ? [...page.case_file.statements]
    : [page.my_statement].filter(Boolean);
  const sorted = read.sort((a, b) => at(a!.created_at)! - at(b!.created_at)!);
  const expected = page.case_file
    ? detail.statements
    : detail.statements.filter(
        (s) => page.my_statement && same(s, page.my_statement)
      );
  if (!same(sorted, expected)) {
    problem(`the ${page.role} reads other statements than the case page lists`);
  }
  const recommended = detail.report?.recommended_keys ?? [];
  const outcomes = views.ladder.filter(
    (s) => s.kind === "no_action" || recommended.includes(s.key)
  );
  if (
    !same(
      page.possible_outcomes.map((o) => o.key),
      outcomes.map((o) => o.key)
    )
  ) {
    problem("its possible outcomes are not the report's");
  }
  const submitted = at(detail.report?.submitted_at)!;
  const affected =
    submitted + (SETTINGS.statementDays * DAY * SETTINGS.affectedPercent) / 100;
  if (page.role === "affected" && at(page.affected_closes_at) !== affected) {
    problem("the affected's time is not the setting's share of the window");
  }
  for (const request of detail.recusal_requests) {
    const entry = page.roll.find((e) => e.user.id === request.voter?.id);
    if (
      page.roll.length &&
      (entry?.request?.kind !== request.kind ||
        entry.request.decision !== request.decision)
    ) {
      problem(
        `the roll and the case page disagree on ${request.voter?.username}`
      );
    }
  }
  checkOffers(page, detail, problem);
  checkRecord(page, detail, views, problem);
}

/** What the person concerned reads of the file and the decision is the voters' and the moderators'. */
function checkRecord(
  page: StatementPage,
  detail: MediationCaseDetail,
  views: Views,
  problem: Problem
) {
  const ballot = ballotOf(views, detail);
  if (page.case_file && ballot) {
    const { appeal_statement: _a, ...file } = ballot.case_file;
    const { appeal_statement: _b, ...read } = page.case_file;
    if (!same(read, file)) {
      problem(`the ${page.role} reads another case file than the voters`);
    }
  }
  if (page.outcome && !same(page.outcome, detail.outcome_summary)) {
    problem(`the ${page.role}'s page tells another outcome than the case page`);
  }
  // The page words the decided step by its title, as the ballot lists it.
  const decidedKey = ballot?.results?.outcome;
  const decided = ballot?.options.find(
    (step) => step.key === decidedKey
  )?.title;
  if (page.decision && page.decision.outcome !== decided) {
    problem(`the ${page.role}'s page tells another decision than the ballot`);
  }
}

/** What the page offers is what the server would accept now. */
function checkOffers(
  page: StatementPage,
  detail: MediationCaseDetail,
  problem: Problem
) {
  const open = Boolean(page.window?.open);
  const fresh = open && !page.my_statement;
  const subject = page.role === "subject";
  const offers = {
    can_submit: fresh && page.role !== "reader",
    can_decline: fresh && page.role === "affected",
    can_waive: fresh && subject,
    can_request_extension:
      fresh && subject && !page.window?.extension_requested_at,
    can_request_recusal: open && subject,
  };
  for (const [offer, allowed] of Object.entries(offers)) {
    if (page[offer as keyof typeof offers] !== allowed) {
      problem(
        `the ${page.role}'s page ${allowed ? "does not offer" : "offers"} ${offer}`
      );
    }
  }
  const appeal = page.appeal;
  if (!appeal) {
    return;
  }
  const carried = at(
    detail.timeline.find((e) => e.action === "implement")?.created_at
  );
  const closes = carried === null ? null : carried + SETTINGS.appealDays * DAY;
  if (at(appeal.closes_at) !== closes) {
    problem("the time to appeal is not the setting's days after being told");
  }
  const may =
    detail.state === "closed" &&
    detail.outcome_summary?.key !== "no_action" &&
    !appeal.appealed_at &&
    closes !== null &&
    Date.now() <= closes;
  if (appeal.can_appeal !== may) {
    problem(`the appeal is ${appeal.can_appeal ? "" : "not "}offered`);
  }
  if (
    appeal.appealed_at &&
    at(appeal.ballot_closes_at)! - at(appeal.appealed_at)! !==
      SETTINGS.ballotHours * HOUR
  ) {
    problem("the appeal's ballot does not run the ballot's hours");
  }
}

// A sample case's timeline, oldest first: one entry for each step its dates
// say was taken, so the timeline and the rest of the page tell one story.
import type {
  CaseEvent,
  CaseEventData,
  MediationUser,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { statementsOf } from "./sample-file";
import { BOB, YOU } from "./sample-people";
import { recommendationEvents } from "./sample-recommendations";
import { datesOf, type SampleCase } from "./sample-records";
import { HOUR, iso, stageDue } from "./sample-timeline";

type Entry = [number | null, string, MediationUser | null, CaseEventData?];

const ELSEWHERE: CaseEventData = { conduct_place: "elsewhere" };

function openedData(record: SampleCase): CaseEventData {
  const kind = { kind: record.requests[0] };
  return record.elsewhere ? { ...kind, ...ELSEWHERE } : kind;
}

/** The pieces a mediator added: those given with a request came with it. */
function evidenceEvents(record: SampleCase): Entry[] {
  const opened = datesOf(record).opened;
  return record.evidence
    .filter((piece) => !piece.fromRequest)
    .map((piece) => [
      opened + piece.after * HOUR,
      "evidence_added",
      piece.addedBy,
      { kind: piece.kind },
    ]);
}

export function caseEvents(record: SampleCase): CaseEvent[] {
  const dates = datesOf(record);
  const submitted = dates.submitted ?? 0;
  const mediator = record.mediator;
  const entries: Entry[] = [
    record.elsewhere?.openedByMediator
      ? [dates.opened, "opened_by_mediator", mediator, ELSEWHERE]
      : [dates.opened, "case_opened", BOB, openedData(record)],
    ...record.requests
      .slice(1)
      .map(
        (kind, index): Entry => [
          dates.opened + (index + 1) * 0.25 * HOUR,
          "request_added",
          null,
          { kind },
        ]
      ),
    [dates.withdrawn, "request_withdrawn", BOB],
    [dates.withdrawn, "withdraw", null],
    [dates.claimed, "claim", mediator],
    [dates.contacted, "conversation_opened", mediator, { people_count: 1 }],
    [
      dates.resolved,
      "resolve",
      mediator,
      record.privateReminder ? { private_reminder: true } : {},
    ],
    [
      dates.escalated,
      "escalate",
      mediator,
      { contacted: dates.contacted !== null },
    ],
    [dates.submitted, "submit_report", mediator],
    [dates.submitted, "notices_sent", null],
    ...record.recusals.map(
      ({ voter, after, kind }): Entry =>
        kind === "named"
          ? [
              submitted + after * HOUR,
              "voter_named",
              mediator,
              { username: voter.username },
            ]
          : [
              submitted + after * HOUR,
              "recusal_requested",
              record.subject,
              { username: voter.username },
            ]
    ),
    ...statementsOf(record).map(
      (statement): Entry => [
        Date.parse(statement.created_at),
        statement.declined ? "statement_declined" : "statement_submitted",
        statement.user,
      ]
    ),
    [dates.extensionAsked, "extension_requested", record.subject],
    [
      record.plan.voteHeld || record.plan.heldFor ? dates.windowCloses : null,
      "vote_held",
      null,
    ],
    [
      dates.ballotOpens,
      dates.waived === null ? "open_vote" : "open_vote_waived",
      dates.waived === null ? null : record.subject,
    ],
    [dates.ballotCloses, "close_ballot", null],
    [
      record.state === "decided" ? stageDue("decided", dates) : null,
      "stage_overdue",
      null,
      { stage: "decided" },
    ],
    [dates.carriedOut, "implement", YOU],
    [dates.carriedOut, "outcome_told", null],
    [dates.archived, "archive", null],
  ];
  if (record.state === "mediating") {
    entries.push([
      stageDue("mediating", dates),
      "stage_overdue",
      null,
      { stage: "mediating" },
    ]);
  }
  if (record.review) {
    entries.push([Date.parse(record.review.at), "reviewed", YOU]);
  }
  entries.push(...recommendationEvents(record), ...evidenceEvents(record));
  const now = Date.now();
  return entries
    .filter(
      (
        entry
      ): entry is [number, string, MediationUser | null, CaseEventData?] =>
        entry[0] !== null && entry[0] <= now
    )
    .sort((a, b) => a[0] - b[0])
    .map(([at, action, actor, data = {}], index) => ({
      id: index + 1,
      action,
      created_at: iso(at),
      actor,
      data,
    }));
}

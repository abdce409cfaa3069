// The member's own requests for help (GET /mediation/help-requests.json):
// Bob's, who asked for help in the sample cases. Each reads its case as a
// requester does (Lifecycle::REQUESTER_STATUS, NextStep for requesters).
import type {
  CaseState,
  HelpRequestStatus,
  MyHelpRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { conductPlace, nextStepOf, postUrl } from "./sample-detail";
import { datesOf, findRecord } from "./sample-records";
import { iso } from "./sample-timeline";

/** Lifecycle::REQUESTER_STATUS: how a requester reads each state. */
export const REQUESTER_STATUS: Record<CaseState, HelpRequestStatus> = {
  requested: "waiting",
  mediating: "mediating",
  resolved: "resolved",
  withdrawn: "withdrawn",
  report_draft: "in_review",
  awaiting_statements: "in_review",
  voting: "in_review",
  decided: "in_review",
  closed: "concluded",
  archived: "concluded",
};

/** One case in each state a requester can meet, and one outside the forum. */
const BOBS_CASES = [2, 5, 10, 7, 12, 11, 50];

export function myRequests(): MyHelpRequest[] {
  return BOBS_CASES.map((id) => {
    const record = findRecord(id);
    const status = REQUESTER_STATUS[record.state];
    return {
      id: record.id * 10 + 1,
      kind: record.requests[0],
      status,
      created_at: iso(datesOf(record).opened),
      topic_title: record.title,
      post_url: postUrl(record),
      conduct_place: conductPlace(record),
      can_withdraw: status === "waiting" || status === "mediating",
      outcome_note: record.outcomeNoteShareable ? record.outcomeNote : null,
      next_step: nextStepOf(record, true),
    };
  }).sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

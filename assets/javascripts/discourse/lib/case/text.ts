import { i18n } from "discourse-i18n";
import type { CaseEvent, CaseState, QueueFilter } from "../types/index";

/** The translation key for each state, as mediators read it. */
export const STATE_TEXT: Record<CaseState, string> = {
  requested: "discourse_mediation.case_states.requested",
  mediating: "discourse_mediation.case_states.mediating",
  resolved: "discourse_mediation.case_states.resolved",
  withdrawn: "discourse_mediation.case_states.withdrawn",
  report_draft: "discourse_mediation.case_states.report_draft",
  awaiting_statements: "discourse_mediation.case_states.awaiting_statements",
  voting: "discourse_mediation.case_states.voting",
  decided: "discourse_mediation.case_states.decided",
  closed: "discourse_mediation.case_states.closed",
  archived: "discourse_mediation.case_states.archived",
};

export const FILTER_TEXT: Record<QueueFilter, string> = {
  unassigned: "discourse_mediation.queue.filters.unassigned",
  mine: "discourse_mediation.queue.filters.mine",
  open: "discourse_mediation.queue.filters.open",
  escalated: "discourse_mediation.queue.filters.escalated",
  decided: "discourse_mediation.queue.filters.decided",
  overdue: "discourse_mediation.queue.filters.overdue",
  closed: "discourse_mediation.queue.filters.closed",
};

/** What an empty tab says. */
export const FILTER_EMPTY_TEXT: Record<QueueFilter, string> = {
  unassigned: "discourse_mediation.queue.empty.unassigned",
  mine: "discourse_mediation.queue.empty.mine",
  open: "discourse_mediation.queue.empty.open",
  escalated: "discourse_mediation.queue.empty.escalated",
  decided: "discourse_mediation.queue.empty.decided",
  overdue: "discourse_mediation.queue.empty.overdue",
  closed: "discourse_mediation.queue.empty.closed",
};

const TIMELINE_TEXT: Record<string, string> = {
  case_opened: "discourse_mediation.timeline.case_opened",
  request_added: "discourse_mediation.timeline.request_added",
  request_withdrawn: "discourse_mediation.timeline.request_withdrawn",
  withdraw: "discourse_mediation.timeline.withdraw",
  claim: "discourse_mediation.timeline.claim",
  assign: "discourse_mediation.timeline.assign",
  resolve: "discourse_mediation.timeline.resolve",
  escalate: "discourse_mediation.timeline.escalate",
  note_added: "discourse_mediation.timeline.note_added",
  person_added: "discourse_mediation.timeline.person_added",
  person_removed: "discourse_mediation.timeline.person_removed",
  conversation_opened: "discourse_mediation.timeline.conversation_opened",
  mediator_posted: "discourse_mediation.timeline.mediator_posted",
  cooled_down_slow_mode: "discourse_mediation.timeline.cooled_down_slow_mode",
  cooled_down_close: "discourse_mediation.timeline.cooled_down_close",
  report_saved: "discourse_mediation.timeline.report_saved",
  submit_report: "discourse_mediation.timeline.submit_report",
  notices_sent: "discourse_mediation.timeline.notices_sent",
  statement_submitted: "discourse_mediation.timeline.statement_submitted",
  statement_declined: "discourse_mediation.timeline.statement_declined",
  extension_requested: "discourse_mediation.timeline.extension_requested",
  extension_granted: "discourse_mediation.timeline.extension_granted",
  extension_declined: "discourse_mediation.timeline.extension_declined",
  extension_decision_sent:
    "discourse_mediation.timeline.extension_decision_sent",
  open_vote: "discourse_mediation.timeline.open_vote",
  open_vote_waived: "discourse_mediation.timeline.open_vote_waived",
  interim_suspension: "discourse_mediation.timeline.interim_suspension",
  close_ballot: "discourse_mediation.timeline.close_ballot",
  interim_lifted: "discourse_mediation.timeline.interim_lifted",
  implement: "discourse_mediation.timeline.implement",
  outcome_told: "discourse_mediation.timeline.outcome_told",
  archive: "discourse_mediation.timeline.archive",
  review_due: "discourse_mediation.timeline.review_due",
  reviewed: "discourse_mediation.timeline.reviewed",
  deadline_moved: "discourse_mediation.timeline.deadline_moved",
  voter_stepped_aside: "discourse_mediation.timeline.voter_stepped_aside",
  recusal_requested: "discourse_mediation.timeline.recusal_requested",
  recusal_granted: "discourse_mediation.timeline.recusal_granted",
  recusal_declined: "discourse_mediation.timeline.recusal_declined",
  stage_overdue: "discourse_mediation.timeline.stage_overdue",
  resolve_private_reminder:
    "discourse_mediation.timeline.resolve_private_reminder",
  escalate_without_contact:
    "discourse_mediation.timeline.escalate_without_contact",
};

/** One timeline line in words: who did what, never naming unnamed requesters. */
export function describeEvent(event: CaseEvent): string {
  const actor = event.actor
    ? `@${event.actor.username}`
    : i18n(
        event.action === "case_opened" ||
          event.action.startsWith("request_") ||
          event.action === "withdraw"
          ? "discourse_mediation.a_member"
          : "discourse_mediation.the_system"
      );
  const data = event.data;
  let key = TIMELINE_TEXT[event.action];
  if (event.action === "cooled_down") {
    key = TIMELINE_TEXT[`cooled_down_${data.mode}`];
  } else if (event.action === "open_vote" && data.waived) {
    key = TIMELINE_TEXT.open_vote_waived;
  } else if (event.action === "resolve" && data.private_reminder) {
    key = TIMELINE_TEXT.resolve_private_reminder;
  } else if (event.action === "escalate" && data.contacted === false) {
    key = TIMELINE_TEXT.escalate_without_contact;
  }

  if (!key) {
    return i18n("discourse_mediation.timeline.unknown", { actor });
  }
  return i18n(key, {
    actor,
    username: data.username ? `@${data.username}` : "",
    mediator: data.mediator_username ? `@${data.mediator_username}` : "",
    hours: data.hours,
    minutes: Math.round((data.interval_seconds ?? 0) / 60),
    count: event.action === "deadline_moved" ? data.hours : data.people_count,
    post_number: data.post_number,
  });
}

import { i18n } from "discourse-i18n";
import type {
  CaseEvent,
  CaseState,
  EvidenceKind,
  QueueFilter,
} from "../types/index";
import { EVIDENCE_KIND_WORDS } from "./evidence";

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

/**
 * The timeline entries with a line of their own under
 * discourse_mediation.timeline; a variant (cooled_down_close) is named for
 * its entry's details. Anything else reads "acted on the case".
 */
const TIMELINE_ACTIONS = new Set(
  `case_opened request_added request_withdrawn withdraw claim assign resolve
  escalate note_added person_added person_removed conversation_opened
  mediator_posted cooled_down_slow_mode cooled_down_close report_saved
  submit_report notices_sent statement_submitted statement_declined
  extension_requested extension_decision_overdue extension_granted extension_declined
  extension_decision_sent open_vote open_vote_waived interim_suspension
  close_ballot interim_lifted implement outcome_told archive review_due
  reviewed deadline_moved voter_stepped_aside recusal_requested
  recusal_granted recusal_declined voter_named naming_granted naming_declined
  vote_held stage_overdue resolve_private_reminder escalate_without_contact
  question_asked question_answered post_attached post_detached
  recommendation_made recommendation_answered recommendation_passed_on
  coaching_plan_proposed coaching_plan_agreed coaching_changes_requested
  coaching_check_in_recorded coaching_summary_written coaching_finished
  opened_by_mediator evidence_added evidence_removed evidence_added_kindless
  evidence_removed_kindless`.split(/\s+/)
);

/** What kind of evidence came or went: the timeline never says more. */
function evidenceWords({ action, data }: CaseEvent): string {
  const kind = data.kind as EvidenceKind;
  return action.startsWith("evidence_") && EVIDENCE_KIND_WORDS[kind]
    ? i18n(EVIDENCE_KIND_WORDS[kind])
    : "";
}

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
  let line = event.action;
  if (line === "cooled_down") {
    line = `cooled_down_${data.mode}`;
  } else if (line === "open_vote" && data.waived) {
    line = "open_vote_waived";
  } else if (line === "resolve" && data.private_reminder) {
    line = "resolve_private_reminder";
  } else if (line === "escalate" && data.contacted === false) {
    line = "escalate_without_contact";
  } else if (line.startsWith("evidence_") && !evidenceWords(event)) {
    line = `${line}_kindless`;
  }

  return i18n(
    `discourse_mediation.timeline.${TIMELINE_ACTIONS.has(line) ? line : "unknown"}`,
    {
      actor,
      username: data.username ? `@${data.username}` : "",
      mediator: data.mediator_username ? `@${data.mediator_username}` : "",
      hours: data.hours,
      minutes: Math.round((data.interval_seconds ?? 0) / 60),
      count: event.action === "deadline_moved" ? data.hours : data.people_count,
      post_number: data.post_number,
      evidence: evidenceWords(event),
    }
  );
}

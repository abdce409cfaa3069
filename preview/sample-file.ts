// What a sample case's file holds once its report is written: the report,
// the statements, the time for statements and the contact with the person
// concerned. The case page, the statement page and the ballots all read it
// here, so the three never differ.
import type {
  CaseContact,
  CaseReport,
  CaseStatement,
  StatementWindowState,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { reportPostsOf } from "./sample-attached";
import { conductElsewhereOf, reportEvidenceOf } from "./sample-evidence";
import { SAMPLE_ITEMS } from "./sample-list";
import { BOB } from "./sample-people";
import { datesOf, type SampleCase } from "./sample-records";
import { HOUR, iso, isoOrNull } from "./sample-timeline";

const REPORT_TEXT = {
  what_happened:
    "Over two days, three replies in the thread called other members “clueless” and their proposal “embarrassing”. Two members said they would stop taking part.",
  mediation_course:
    "A mediator posted a summary of the views and asked everyone to keep to the proposal. When the remarks continued, the mediator opened a private conversation with the author, who did not reply.",
  why_unresolved:
    "The remarks continued after both steps, and a member who felt targeted asked for help a second time.",
};

// A case about conduct outside the forum has no thread to tell of.
const ELSEWHERE_REPORT_TEXT = {
  what_happened:
    "In the project chat, after a member's third packaging issue, the person concerned wrote that they would find where the member lives.",
  mediation_course:
    "A mediator opened a private conversation with the person concerned the next day, said what the case was and what would follow, and asked them to withdraw the remark. They did not reply.",
  why_unresolved:
    "The remark was a threat, it was not withdrawn, and the member no longer takes part in the chat.",
};

/** Whether and when the mediator reached the person concerned. */
export function contactOf(record: SampleCase): CaseContact {
  const reached = isoOrNull(datesOf(record).contacted);
  return { contacted_at: reached, told_at: reached, no_contact_reason: null };
}

/** The report: a draft while it is written, then as submitted. */
export function reportOf(record: SampleCase): CaseReport | null {
  const dates = datesOf(record);
  if (dates.escalated === null) {
    return null;
  }
  const submitted = dates.submitted !== null;
  const text = conductElsewhereOf(record) ? ELSEWHERE_REPORT_TEXT : REPORT_TEXT;
  return {
    ...text,
    why_unresolved: submitted ? text.why_unresolved : "",
    cited_keys: submitted ? record.cited : [],
    recommended_keys: record.recommended,
    affected_user_ids: [BOB.id],
    submitted_at: isoOrNull(dates.submitted),
    cites_silence: true,
    contact: contactOf(record),
    citations: submitted
      ? record.cited.map((key) => {
          const item = SAMPLE_ITEMS.find((candidate) => candidate.key === key)!;
          const { title, description, version } = item;
          return { key, version, title, description };
        })
      : [],
    posts: reportPostsOf(record),
    conduct_elsewhere: conductElsewhereOf(record),
    evidence: reportEvidenceOf(record),
  };
}

/** The report as the person concerned and the voters read it. */
export function submittedReport(record: SampleCase) {
  const report = reportOf(record);
  if (!report?.submitted_at) {
    return null;
  }
  const { cited_keys: _cited, affected_user_ids: _affected, ...read } = report;
  return read;
}

/** The statements sent so far, oldest first. */
export function statementsOf(record: SampleCase): CaseStatement[] {
  const submitted = datesOf(record).submitted;
  if (submitted === null) {
    return [];
  }
  return record.statements
    .map(({ user, role, after, raw, declined }) => ({
      role,
      kind: "statement" as const,
      question: null,
      raw,
      declined,
      created_at: iso(submitted + after * HOUR),
      user,
    }))
    .filter((statement) => Date.parse(statement.created_at) <= Date.now())
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
}

/**
 * The time for statements. `reason`: whether the reader may read why more
 * time was asked (the person concerned and the mediators; CaseDisclosure).
 */
export function windowOf(
  record: SampleCase,
  { reason }: { reason: boolean }
): StatementWindowState | null {
  const dates = datesOf(record);
  if (dates.deadline === null || dates.windowCloses === null) {
    return null;
  }
  const decision = record.plan.extensionDecision ?? null;
  return {
    deadline: iso(dates.deadline),
    closes_at: iso(dates.windowCloses),
    open: windowOpen(record),
    waived_at: isoOrNull(dates.waived),
    extension_requested_at: isoOrNull(dates.extensionAsked),
    extension_reason: reason ? record.extensionReason : null,
    extension_decision: decision,
    extension_decision_reason: decision ? record.extensionDecisionReason : null,
    extension_decision_due_at: isoOrNull(dates.extensionDecisionDue),
  };
}

/**
 * StatementWindow.open?, as the case reads it: only while awaiting
 * statements; a request for more time holds the deadline until decided.
 */
export function windowOpen(record: SampleCase) {
  const dates = datesOf(record);
  if (record.state !== "awaiting_statements" || dates.windowCloses === null) {
    return false;
  }
  const held = dates.extensionAsked !== null && !record.plan.extensionDecision;
  return (held && dates.waived === null) || Date.now() < dates.windowCloses;
}

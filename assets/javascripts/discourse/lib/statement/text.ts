import { i18n } from "discourse-i18n";
import { formatDateTime } from "../common/age";
import { authorName } from "../common/author-name";
import { paragraphs } from "../common/paragraphs";
import type {
  CaseStatement,
  StatementPage,
  StatementWindowState,
} from "../types/index";

const TITLE: Record<StatementPage["role"], string> = {
  subject: "discourse_mediation.statement_page.title_subject",
  affected: "discourse_mediation.statement_page.title_affected",
  reader: "discourse_mediation.statement_page.title_reader",
};

/** Conduct outside the forum has no post: the heading says where it was. */
const ELSEWHERE_TITLE: Record<StatementPage["role"], string> = {
  subject: "discourse_mediation.evidence.statement_title.subject",
  affected: "discourse_mediation.evidence.statement_title.affected",
  reader: "discourse_mediation.evidence.statement_title.reader",
};

type ExtensionDecision = NonNullable<
  StatementWindowState["extension_decision"]
>;

const EXTENSION_DECISION: Record<ExtensionDecision, string> = {
  granted: "discourse_mediation.window.extension_granted",
  declined: "discourse_mediation.window.extension_declined",
};

/** The statement page's heading, for the reader's part in the case. */
export function statementPageTitle(page: StatementPage): string {
  const elsewhere = page.report?.conduct_elsewhere;
  return elsewhere
    ? i18n(ELSEWHERE_TITLE[page.role], { where: elsewhere.where })
    : i18n(TITLE[page.role], { title: page.topic_title });
}

/** Whether the time for statements has ended (waived or past the deadline). */
export function windowClosed(window: StatementWindowState | null): boolean {
  return Boolean(window && !window.open);
}

/** Until when statements are taken, or that the window closed or was waived. */
export function deadlineText(
  window: StatementWindowState | null,
  affectedClosesAt: string | null = null
) {
  if (!window) {
    return null;
  }
  // Someone affected answers before the person concerned, who answers last.
  if (affectedClosesAt && window.open) {
    return i18n("discourse_mediation.statement_page.affected_deadline", {
      date: formatDateTime(affectedClosesAt),
    });
  }
  if (window.waived_at) {
    return i18n("discourse_mediation.window.waived", {
      date: formatDateTime(window.waived_at),
    });
  }
  return i18n(
    window.open
      ? "discourse_mediation.statement_page.deadline"
      : "discourse_mediation.statement_page.deadline_passed",
    { date: formatDateTime(window.closes_at) }
  );
}

/** When the reader gave their statement, or declined to. */
export function myStatementText(mine: CaseStatement | null) {
  if (!mine) {
    return null;
  }
  return i18n(
    mine.declined
      ? "discourse_mediation.statement_page.you_declined"
      : "discourse_mediation.statement_page.you_wrote",
    { date: formatDateTime(mine.created_at) }
  );
}

/** How a request for more time was decided, with the reason, once decided. */
export function extensionDecisionText(window: StatementWindowState | null) {
  const decision = window?.extension_decision;
  return decision
    ? i18n(EXTENSION_DECISION[decision], {
        reason: window?.extension_decision_reason ?? "",
      })
    : null;
}

/** By when a request for more time that waits should be decided, in words. */
export function extensionDueAt(window: StatementWindowState) {
  return window.extension_decision_due_at
    ? formatDateTime(window.extension_decision_due_at)
    : "";
}

/** Where a request for more time stands, once one was made. */
export function extensionText(window: StatementWindowState | null) {
  if (!window?.extension_requested_at) {
    return null;
  }
  return (
    extensionDecisionText(window) ??
    i18n("discourse_mediation.statement_page.extension_pending", {
      due_at: extensionDueAt(window),
    })
  );
}

const BY_ROLE: Record<CaseStatement["role"], string> = {
  subject: "discourse_mediation.statements.by_subject",
  affected: "discourse_mediation.statements.by_affected",
  mediators: "discourse_mediation.statements.by_mediators",
};

const BY_KIND: Partial<Record<CaseStatement["kind"], string>> = {
  answer: "discourse_mediation.statements.answer_by_subject",
};

/** The statements as the mediators' case page lists them. */
export function statementEntries(statements: CaseStatement[]) {
  return statements.map((statement) => ({
    statement,
    who: i18n(BY_KIND[statement.kind] ?? BY_ROLE[statement.role], {
      name: authorName(statement.user),
    }),
    at: formatDateTime(statement.created_at),
    paragraphs: paragraphs(statement.raw),
  }));
}

import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import { charactersLeft } from "../common/message-limit";
import { ConductDraft, conductProblem } from "../evidence/conduct";
import { EvidenceDraft, type FieldProblem } from "../evidence/draft";
import type { EvidenceLimits, NewElsewhereCase } from "../types/index";

export const SUMMARY_FIELD = "mediation-elsewhere-case-summary";

/** What happened, in the mediator's words: the case's first note. */
export class SummaryDraft {
  @tracked text = "";
}

/** Everything the mediator types to open a case, kept until it opens. */
export class ElsewhereCaseDrafts {
  conduct = new ConductDraft();
  summary = new SummaryDraft();
  evidence = new EvidenceDraft();
}

/** The first thing that stops the case from being opened, or null. */
export function elsewhereCaseProblem(
  conduct: ConductDraft,
  summary: SummaryDraft,
  evidence: EvidenceDraft,
  limits: EvidenceLimits,
  now: Date
): FieldProblem | null {
  const problem = conductProblem(conduct, limits, now);
  if (problem) {
    return problem;
  }
  const text = summary.text.trim();
  if (!text) {
    return [
      SUMMARY_FIELD,
      i18n("discourse_mediation.elsewhere_case.summary_required"),
    ];
  }
  if (charactersLeft(text, limits.case_note) < 0) {
    const count = limits.case_note;
    return [SUMMARY_FIELD, i18n("discourse_mediation.too_long", { count })];
  }
  return evidence.unaddedProblem();
}

export function newElsewhereCase(
  conduct: ConductDraft,
  summary: SummaryDraft,
  evidence: EvidenceDraft
): NewElsewhereCase {
  return {
    subject_username: conduct.subjectUsername,
    where: conduct.where.trim(),
    happened_on: conduct.happenedOn,
    summary: summary.text.trim(),
    evidence: evidence.evidence,
  };
}

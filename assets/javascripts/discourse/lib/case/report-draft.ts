import { i18n } from "discourse-i18n";
import type {
  CaseReport,
  MediationCaseDetail,
  ReportDraft,
} from "../types/index";
import { isElsewhereCase } from "./actions";
import {
  inviteeRows,
  invitees,
  unnamedRequesterCount,
} from "./conversation-invitees";

export type TextPart = "what_happened" | "mediation_course" | "why_unresolved";
export type ListPart = "cited_keys" | "recommended_keys";

const PART_TEXT: Record<TextPart, { label: string; hint: string }> = {
  what_happened: {
    label: "discourse_mediation.report.parts.what_happened.label",
    hint: "discourse_mediation.report.parts.what_happened.hint",
  },
  mediation_course: {
    label: "discourse_mediation.report.parts.mediation_course.label",
    hint: "discourse_mediation.report.parts.mediation_course.hint",
  },
  why_unresolved: {
    label: "discourse_mediation.report.parts.why_unresolved.label",
    hint: "discourse_mediation.report.parts.why_unresolved.hint",
  },
};

/** The written parts in order, each with its heading. */
export function reportPartHeadings() {
  return (Object.keys(PART_TEXT) as TextPart[]).map((part) => ({
    part,
    heading: i18n(PART_TEXT[part].label),
  }));
}

/** The draft as last saved, or an empty one. */
export function draftOf(report: CaseReport | null): ReportDraft {
  return {
    what_happened: report?.what_happened ?? "",
    mediation_course: report?.mediation_course ?? "",
    why_unresolved: report?.why_unresolved ?? "",
    cited_keys: report?.cited_keys ?? [],
    recommended_keys: report?.recommended_keys ?? [],
    affected_user_ids: report?.affected_user_ids ?? [],
    cites_silence: report?.cites_silence ?? false,
  };
}

/** The written parts, in the order the server lists what is missing. */
/** What happened outside the forum has no posts to link to. */
const ELSEWHERE_HINT: Partial<Record<TextPart, string>> = {
  what_happened:
    "discourse_mediation.report.parts.what_happened.hint_elsewhere",
};

export function textParts(draft: ReportDraft, elsewhere = false) {
  return (Object.keys(PART_TEXT) as TextPart[]).map((part) => ({
    part,
    inputId: `mediation-report-${part}`,
    label: i18n(PART_TEXT[part].label),
    hint: i18n((elsewhere && ELSEWHERE_HINT[part]) || PART_TEXT[part].hint),
    value: draft[part],
  }));
}

export function citedChoices(
  mediationCase: MediationCaseDetail,
  draft: ReportDraft
) {
  return mediationCase.published_list.map((item) => ({
    item,
    inputId: `mediation-cite-${item.key}`,
    isChosen: draft.cited_keys.includes(item.key),
  }));
}

/** Ladder steps a report may recommend: all but No action, always on. */
export function sanctionChoices(
  mediationCase: MediationCaseDetail,
  draft: ReportDraft
) {
  return mediationCase.ladder
    .filter((step) => step.kind !== "no_action")
    .map((step) => ({
      step,
      inputId: `mediation-recommend-${step.key}`,
      isChosen: draft.recommended_keys.includes(step.key),
    }));
}

/**
 * Whom the report may name as affected: the people involved and the
 * requesters who agreed to be named, but not the person concerned, who
 * responds as such.
 */
export function affectedChoices(
  mediationCase: MediationCaseDetail,
  draft: ReportDraft
) {
  const subjectIds = mediationCase.people
    .filter((person) => person.subject)
    .map((person) => person.user.id);
  return inviteeRows(
    invitees(mediationCase).filter(
      (invitee) => !subjectIds.includes(invitee.user.id)
    ),
    draft.affected_user_ids
  ).map((row) => ({ ...row, inputId: `mediation-affected-${row.user.id}` }));
}

/**
 * The "people affected" part of the editor: who can be named, and how many
 * requesters cannot be, because they did not agree to be named.
 */
export function affectedSection(
  mediationCase: MediationCaseDetail,
  draft: ReportDraft
) {
  const choices = affectedChoices(mediationCase, draft);
  const unnamedCount = unnamedRequesterCount(mediationCase);
  const elsewhere = isElsewhereCase(mediationCase);
  return {
    choices,
    unnamedCount,
    hint: i18n(
      `discourse_mediation.report.${elsewhere ? "affected_hint_elsewhere" : "affected_hint"}`
    ),
    isShown: choices.length > 0 || unnamedCount > 0,
  };
}

/** A list with one value in or out, keeping the order of the rest. */
export function toggled<T>(list: T[], value: T, checked: boolean): T[] {
  const rest = list.filter((item) => item !== value);
  return checked ? [...rest, value] : rest;
}

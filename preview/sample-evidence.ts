// Conduct outside the forum on the sample cases, as the mediators' pages read
// it (where and when, the evidence) and the report cites it, and how the
// scripted server answers opening such a case from the queue and adding or
// removing a piece (POST /mediation/cases/elsewhere.json, POST and DELETE
// /mediation/cases/:id/evidence), as the server's services do.
import type {
  CaseReportEvidence,
  ConductElsewhere,
  MediationEvidence,
  NewElsewhereCase,
  NewEvidence,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import {
  elsewhereTitle,
  EVIDENCE_LIMITS,
  type SampleEvidence,
} from "./sample-elsewhere";
import {
  ALICE,
  BOB,
  CAROL,
  DMITRI,
  LEE,
  MARIA,
  SAM,
  TOMASZ,
  YOU,
} from "./sample-people";
import {
  datesOf,
  hoursSince,
  RECORDS,
  type SampleCase,
} from "./sample-records";
import { DAY, HOUR, iso } from "./sample-timeline";

type Answer = (record: SampleCase) => { status: number; body: unknown };

export function conductElsewhereOf(
  record: SampleCase
): ConductElsewhere | null {
  if (!record.elsewhere) {
    return null;
  }
  const day = datesOf(record).opened - record.elsewhere.daysBefore * DAY;
  return {
    where: record.elsewhere.where,
    happened_on: iso(day).slice(0, 10),
  };
}

function cited(piece: SampleEvidence): CaseReportEvidence {
  const { kind, url, quote, upload, note } = piece;
  return { kind, url, quote, upload, note };
}

/** The case page's evidence, for the mediators and staff. */
export function evidenceOf(record: SampleCase): MediationEvidence[] {
  const opened = datesOf(record).opened;
  return record.evidence.map((piece) => ({
    ...cited(piece),
    id: piece.id,
    added_by: piece.addedBy,
    from_request: piece.fromRequest,
    created_at: iso(opened + piece.after * HOUR),
    original_filename: piece.originalFilename,
  }));
}

/** What the report cites: never who gave a piece, or a file's own name. */
export function reportEvidenceOf(record: SampleCase): CaseReportEvidence[] {
  return record.evidence.map(cited);
}

const refused = (status: number, message: string) => ({
  status,
  body: { errors: [message] },
});

/** Rules::Case::Evidence's checks of one piece, in the server's words. */
function pieceRefusal(piece: NewEvidence): string | null {
  const { evidence_note: maxNote, evidence_quote: maxQuote } = EVIDENCE_LIMITS;
  if ([...(piece.note ?? "").trim()].length > maxNote) {
    return `A note can be at most ${maxNote} characters.`;
  }
  if (piece.kind === "link") {
    return /^https?:\/\/[^/\s]+/i.test(piece.url ?? "")
      ? null
      : "That is not a web address: it should start with https:// or http://.";
  }
  if (piece.kind === "quote") {
    const quote = (piece.quote ?? "").trim();
    if (!quote) {
      return "Give the text you are quoting.";
    }
    return [...quote].length > maxQuote
      ? `A quoted text can be at most ${maxQuote} characters.`
      : null;
  }
  return piece.upload_id
    ? null
    : "That file does not exist, or you did not upload it.";
}

let nextEvidenceId = 100;

function sampleEvidence(
  record: SampleCase,
  piece: NewEvidence
): SampleEvidence {
  const file = piece.kind === "upload";
  return {
    id: nextEvidenceId++,
    kind: piece.kind,
    url: piece.kind === "link" ? (piece.url ?? null) : null,
    quote: piece.kind === "quote" ? (piece.quote ?? "").trim() : null,
    upload: file
      ? {
          url: "/uploads/sample/evidence.pdf",
          extension: "pdf",
          filesize: 90_000,
          image: false,
        }
      : null,
    originalFilename: file ? "evidence.pdf" : null,
    note: (piece.note ?? "").trim(),
    addedBy: YOU,
    fromRequest: false,
    after: hoursSince(datesOf(record).opened),
  };
}

/** Adding and removing a piece on a sample case; `answer` is the case's JSON. */
export function installEvidence(record: SampleCase, answer: Answer) {
  const base = `/mediation/cases/${record.id}/evidence`;
  const open = () => ["mediating", "report_draft"].includes(record.state);
  respondTo("POST", `${base}.json`, (request) => {
    const piece = request.data as NewEvidence;
    if (!record.elsewhere || !open()) {
      return refused(
        409,
        "Evidence can only be added while the case is mediated or its report written."
      );
    }
    if (record.evidence.length >= EVIDENCE_LIMITS.evidence) {
      return refused(
        422,
        `A case can have at most ${EVIDENCE_LIMITS.evidence} pieces of evidence.`
      );
    }
    const problem = pieceRefusal(piece);
    if (problem) {
      return refused(422, problem);
    }
    record.evidence.push(sampleEvidence(record, piece));
    return answer(record);
  });
  // The ids a case may have: the samples', and those added in the preview.
  for (let id = 1; id <= 120; id++) {
    respondTo("DELETE", `${base}/${id}.json`, () => {
      if (!open()) {
        return refused(
          409,
          "Evidence can only be removed before the report is submitted."
        );
      }
      const index = record.evidence.findIndex((piece) => piece.id === id);
      if (index < 0) {
        return refused(404, "That evidence is not on this case.");
      }
      record.evidence.splice(index, 1);
      return answer(record);
    });
  }
}

const MEMBERS = [ALICE, BOB, CAROL, DMITRI, LEE, MARIA, SAM, TOMASZ];

/**
 * A mediator opens a case from the queue: it is theirs at once, and its
 * pages are answered like every sample case's (`install`).
 */
export function installOpenElsewhere(install: (record: SampleCase) => void) {
  respondTo("POST", "/mediation/cases/elsewhere.json", (request) => {
    // Sent as JSON, so that the evidence stays a list.
    const data = JSON.parse(request.data as string) as NewElsewhereCase;
    const subject = MEMBERS.find((m) => m.username === data.subject_username);
    if (!subject) {
      return refused(404, "There is no active account with that username.");
    }
    const problems = data.evidence.map(pieceRefusal);
    const index = problems.findIndex(Boolean);
    if (index >= 0) {
      return refused(422, `Evidence ${index + 1}: ${problems[index]}`);
    }
    const template = RECORDS.find((r) => r.id === 51) as SampleCase;
    const record: SampleCase = {
      ...template,
      id: Math.max(...RECORDS.map((r) => r.id)) + 1,
      state: "mediating",
      title: elsewhereTitle(data.where),
      subject,
      plan: { opened: 0, claimed: 0 },
      elsewhere: {
        where: data.where,
        daysBefore: Math.max(
          0,
          Math.floor((Date.now() - Date.parse(data.happened_on)) / DAY)
        ),
        openedByMediator: true,
      },
      evidence: [],
      statements: [],
    };
    record.evidence = data.evidence.map((piece) =>
      sampleEvidence(record, piece)
    );
    RECORDS.push(record);
    install(record);
    return { status: 200, body: { case_id: record.id } };
  });
}

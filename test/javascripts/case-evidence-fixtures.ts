// Conduct outside the forum: a case with no topic or post, where and when
// instead, and a piece of evidence of each kind.
import type {
  MediationCaseDetail,
  MediationEvidence,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { caseFixture, userFixture } from "./fixtures";

export function evidenceFixture(
  overrides: Partial<MediationEvidence> = {}
): MediationEvidence {
  return {
    id: 1,
    kind: "link",
    url: "https://git.example.org/project/pull/4121#review-2",
    quote: null,
    upload: null,
    note: "The review comment in question.",
    added_by: userFixture("mia", 3),
    from_request: false,
    created_at: "2026-11-23T11:30:00Z",
    original_filename: null,
    ...overrides,
  };
}

/** A link from the mediator, a quote from an unnamed member, an image from Bob. */
export function evidenceSet(): MediationEvidence[] {
  return [
    evidenceFixture(),
    evidenceFixture({
      id: 2,
      kind: "quote",
      url: null,
      quote: "Nobody competent would have written this patch.",
      note: "",
      added_by: null,
      from_request: true,
    }),
    evidenceFixture({
      id: 3,
      kind: "upload",
      url: null,
      upload: {
        url: "/uploads/default/original/1X/chat.png",
        extension: "png",
        filesize: 84_000,
        image: true,
      },
      note: "The chat, as Bob saved it.",
      added_by: userFixture("bob", 2),
      from_request: true,
      // Sent under a plain name, so that its own never reaches the person concerned.
      original_filename: "evidence.png",
    }),
  ];
}

export function elsewhereCaseFixture(
  overrides: Partial<MediationCaseDetail> = {}
): MediationCaseDetail {
  return caseFixture({
    conduct_place: "elsewhere",
    topic: null,
    post: null,
    conduct_elsewhere: {
      where: "Review of pull request 4121",
      happened_on: "2026-11-21",
    },
    evidence: evidenceSet(),
    available_actions: [
      "assign",
      "resolve",
      "escalate",
      "add_note",
      "manage_people",
      "step_in",
      "add_evidence",
    ],
    ...overrides,
  });
}

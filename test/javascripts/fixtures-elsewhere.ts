// Conduct outside the forum: the member side's fixtures, beside fixtures.ts.
import type { UploadedFile } from "discourse/plugins/discourse-mediation/discourse/lib/evidence/draft";
import type {
  CaseReportEvidence,
  MyHelpRequest,
  StatementPage,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { myRequestFixture, statementPageFixture } from "./fixtures";

/** What core's POST /uploads.json answers for a small screenshot. */
export function uploadedFileFixture(
  overrides: Partial<UploadedFile> = {}
): UploadedFile {
  return {
    id: 912,
    url: "/uploads/default/original/1X/3f2a9c.png",
    // The plain name the file is sent under, which core answers back.
    original_filename: "evidence.png",
    filesize: 245_760,
    extension: "png",
    ...overrides,
  };
}

/** A member's request about conduct outside the forum. */
export function elsewhereRequestFixture(
  overrides: Partial<MyHelpRequest> = {}
): MyHelpRequest {
  return myRequestFixture({
    id: 77,
    topic_title: "Outside the forum: Review of pull request 4121",
    post_url: null,
    conduct_place: "elsewhere",
    ...overrides,
  });
}

/** The report's evidence: a link, a quote, an image and a PDF. */
export function reportEvidenceFixture(): CaseReportEvidence[] {
  return [
    {
      kind: "link",
      url: "https://git.example/project/pull/4121#review-88",
      quote: null,
      upload: null,
      note: "The review comment itself.",
    },
    {
      kind: "quote",
      url: null,
      quote: "Only an idiot would write it this way. @bob **agrees**",
      upload: null,
      note: "",
    },
    {
      kind: "upload",
      url: null,
      quote: null,
      upload: {
        url: "/uploads/default/original/1X/3f2a9c.png",
        extension: "png",
        filesize: 245_760,
        image: true,
      },
      note: "A screenshot, in case the comment is edited.",
    },
    {
      kind: "upload",
      url: null,
      quote: null,
      upload: {
        url: "/uploads/default/original/1X/77be01.pdf",
        extension: "pdf",
        filesize: 1_572_864,
        image: false,
      },
      note: "",
    },
  ];
}

/** The statement page of a case about conduct outside the forum. */
export function elsewhereStatementPageFixture(
  overrides: Partial<StatementPage> = {}
): StatementPage {
  const page = statementPageFixture();
  const report = {
    ...page.report!,
    conduct_elsewhere: {
      where: "Review of pull request 4121",
      happened_on: "2026-11-18",
    },
    evidence: reportEvidenceFixture(),
  };
  return {
    ...page,
    topic_title: "Outside the forum: Review of pull request 4121",
    post_url: null,
    report,
    case_file: page.case_file && {
      ...page.case_file,
      title: "Outside the forum: Review of pull request 4121",
      report,
    },
    ...overrides,
  };
}

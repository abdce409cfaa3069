// Reads every page of the preview's scripted server, as staff and as the
// member: the queue's tabs, each case, each statement page, each ballot, the
// archive and the member's requests. test/preview/samples.mjs checks them
// (preview/check-case.ts, check-pages.ts) against what the lifecycle can produce.
import { QUEUE_FILTERS } from "discourse/plugins/discourse-mediation/discourse/lib/choices";
import type {
  ArchivedCase,
  BallotState,
  LadderStep,
  MediationCaseDetail,
  MediationQueueCase,
  MediationQueuePage,
  MyHelpRequest,
  QueueFilter,
  StatementPage,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { FakeAjaxError, handle } from "../test/javascripts/helpers/fake-server";
import { refuseMembersStaffPages } from "./member-gate";
import { installSampleAfterDecision } from "./sample-after";
import { installSampleBallots } from "./sample-ballots";
import { installSampleCases } from "./sample-cases";
import { installSampleCoaching } from "./sample-coaching";
import type { Viewer } from "./sample-data";
import { installSampleList } from "./sample-list";
import { installSampleServer } from "./sample-server";
import { installSampleStatements } from "./sample-statements";

export interface Answer {
  status: number;
  body: unknown;
}

let viewer: Viewer = "staff";

/** The scripted server as the preview installs it, member gate included. */
export function installPreviewServer() {
  installSampleServer(() => "new_case");
  installSampleCases();
  installSampleStatements(() => viewer);
  installSampleList();
  installSampleBallots();
  installSampleAfterDecision();
  installSampleCoaching(() => viewer);
  refuseMembersStaffPages(() => viewer);
}

/** One request, as `who` sends it; a refusal is an answer too. */
export async function call(
  who: Viewer,
  method: string,
  url: string,
  data: unknown = {}
): Promise<Answer> {
  viewer = who;
  try {
    return { status: 200, body: await handle({ method, url, data }) };
  } catch (error) {
    if (error instanceof FakeAjaxError) {
      return { status: error.jqXHR.status, body: error.jqXHR.responseJSON };
    }
    return { status: 404, body: String(error) };
  }
}

async function get<T>(who: Viewer, url: string, data: unknown = {}) {
  const answer = await call(who, "GET", url, data);
  return answer.status === 200 ? (answer.body as T) : null;
}

export interface Views {
  ladder: LadderStep[];
  tabs: Partial<Record<QueueFilter, MediationQueuePage>>;
  rows: Map<number, MediationQueueCase>;
  details: Map<number, MediationCaseDetail>;
  memberPages: Map<number, StatementPage>;
  readerPages: Map<number, StatementPage>;
  ballots: Map<number, BallotState>;
  archive: ArchivedCase[];
  requests: MyHelpRequest[];
}

/** Ballot ids are probed up to this one (the preview's, and those its actions open). */
const MAX_BALLOT_ID = 30;

export async function readViews(): Promise<Views> {
  const views: Views = {
    ladder:
      (
        await get<{ ladder: LadderStep[] }>(
          "member",
          "/mediation/published-list.json"
        )
      )?.ladder ?? [],
    tabs: {},
    rows: new Map(),
    details: new Map(),
    memberPages: new Map(),
    readerPages: new Map(),
    ballots: new Map(),
    archive:
      (await get<{ cases: ArchivedCase[] }>("staff", "/mediation/archive.json"))
        ?.cases ?? [],
    requests:
      (
        await get<{ help_requests: MyHelpRequest[] }>(
          "member",
          "/mediation/help-requests.json"
        )
      )?.help_requests ?? [],
  };
  for (const filter of QUEUE_FILTERS) {
    const page = await get<MediationQueuePage>(
      "staff",
      "/mediation/cases.json",
      { filter }
    );
    if (page) {
      views.tabs[filter] = page;
      page.cases.forEach((row) => views.rows.set(row.id, row));
    }
  }
  for (let id = 1; id <= MAX_BALLOT_ID; id++) {
    const found = await get<{ ballot: BallotState | null }>(
      "staff",
      `/mediation/ballots/${id}.json`
    );
    if (found?.ballot) {
      views.ballots.set(id, found.ballot);
    }
  }
  const ids = new Set([
    ...views.rows.keys(),
    ...views.archive.map((c) => c.id),
    ...[...views.ballots.values()].map((b) => b.case_id),
  ]);
  for (const id of ids) {
    const found = await get<{ mediation_case: MediationCaseDetail }>(
      "staff",
      `/mediation/cases/${id}.json`
    );
    if (found) {
      views.details.set(id, found.mediation_case);
      found.mediation_case.history.forEach((h) => ids.add(h.id));
    }
    const url = `/mediation/cases/${id}/statement.json`;
    const member = await get<{ statement_page: StatementPage }>("member", url);
    const reader = await get<{ statement_page: StatementPage }>("staff", url);
    if (member) {
      views.memberPages.set(id, member.statement_page);
    }
    if (reader) {
      views.readerPages.set(id, reader.statement_page);
    }
  }
  return views;
}

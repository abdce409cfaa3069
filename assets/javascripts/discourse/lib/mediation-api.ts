import { ajax } from "discourse/lib/ajax";
import { extensionOf } from "../lib/evidence/upload-rules";
import type {
  ArchivePage,
  ArchiveQuery,
  AttachPostParams,
  BallotResponse,
  CoachingCheckInStatus,
  CoachingPlanParams,
  CoachingResult,
  CoolDownRequest,
  HelpRequestCreated,
  ImplementationChoice,
  ImplementationPreview,
  LadderStep,
  MediationCaseResponse,
  MediationQueuePage,
  MyHelpRequest,
  MyHelpRequestsPage,
  NewElsewhereCase,
  NewElsewhereHelpRequest,
  NewEvidence,
  NewHelpRequest,
  NewPublishedItem,
  PrivateConversation,
  PublishedListPage,
  QueueFilter,
  RecommendParams,
  RecusalDecision,
  ReportDraft,
  ResolveParams,
  ReviewDecision,
  StatementPageResponse,
  TransparencyPage,
  TransparencyPeriod,
  UploadedFile,
  VoteCast,
} from "../lib/types";

/**
 * Discourse's ajax, told to reject when no answer comes at all: by default
 * (`ignoreUnsent`) core's lib/ajax.js leaves the promise pending on a network
 * failure, and the button that sent it would spin forever.
 */
function send(url: string, options: object = {}) {
  return ajax(url, { ...options, ignoreUnsent: false });
}

/** The flags Discourse's `site` service lists; the plugin needs their ids. */
export interface SiteFlags {
  flagTypes: Array<{ id: number; name_key: string }>;
}

/**
 * Every request the plugin's front end makes to the server. A module, not a
 * service: services load with every page, and only the pages, modals and
 * panels that send requests need this, when they are first used.
 */
class MediationApi {
  async requestHelp(request: NewHelpRequest): Promise<HelpRequestCreated> {
    return (await send("/mediation/help-requests.json", {
      type: "POST",
      data: request,
    })) as HelpRequestCreated;
  }

  /** Sent as JSON: form encoding would turn the evidence list into a hash. */
  async requestHelpElsewhere(
    request: NewElsewhereHelpRequest
  ): Promise<HelpRequestCreated> {
    return (await send("/mediation/help-requests/elsewhere.json", {
      type: "POST",
      contentType: "application/json",
      data: JSON.stringify(request),
    })) as HelpRequestCreated;
  }

  /**
   * A file for evidence, through core's uploads (UploadsController#create):
   * the answer names the upload the evidence then points at. It is sent as
   * "evidence.<extension>": core keeps the name it is given and serves it
   * with the file, and the file's own name may say who gave it.
   */
  async uploadEvidenceFile(file: File): Promise<UploadedFile> {
    const extension = extensionOf(file.name);
    const name = extension ? `evidence.${extension}` : "evidence";
    const data = new FormData();
    data.append("upload_type", "composer");
    data.append("synchronous", "true");
    data.append("file", new File([file], name, { type: file.type }));
    return (await send("/uploads.json", {
      type: "POST",
      data,
      processData: false,
      contentType: false,
    })) as UploadedFile;
  }

  async myHelpRequests(): Promise<MyHelpRequestsPage> {
    return (await send("/mediation/help-requests.json")) as MyHelpRequestsPage;
  }

  async withdrawHelpRequest(id: number): Promise<MyHelpRequest> {
    const response = (await send(
      `/mediation/help-requests/${id}/withdraw.json`,
      { type: "PUT" }
    )) as { help_request: MyHelpRequest };
    return response.help_request;
  }

  /**
   * Files Discourse's own spam flag, which mediation leaves to core; the flag
   * is found by its name in the `site` service's list, as ids differ between
   * sites.
   */
  async flagAsSpam(postId: number, site: SiteFlags): Promise<void> {
    const spam = site.flagTypes.find((flag) => flag.name_key === "spam");
    if (!spam) {
      throw new Error("This site has no spam flag.");
    }
    await send("/post_actions", {
      type: "POST",
      data: {
        id: postId,
        post_action_type_id: spam.id,
        flag_topic: false,
      },
    });
  }

  async queue(filter: QueueFilter, page = 0): Promise<MediationQueuePage> {
    return (await send("/mediation/cases.json", {
      data: { filter, page },
    })) as MediationQueuePage;
  }

  async mediationCase(id: number): Promise<MediationCaseResponse> {
    return (await send(`/mediation/cases/${id}.json`)) as MediationCaseResponse;
  }

  /** A coaching outcome: the case's mediator proposes the plan. */
  proposeCoachingPlan(
    id: number,
    params: CoachingPlanParams
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "coaching/plan", "POST", { ...params });
  }

  /** A check-in held or missed, once its date has come. */
  recordCoachingCheckIn(
    id: number,
    checkInId: number,
    status: CoachingCheckInStatus,
    note: string
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, `coaching/check-ins/${checkInId}`, "PUT", {
      status,
      note,
    });
  }

  finishCoaching(
    id: number,
    result: CoachingResult
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "coaching/result", "POST", { result });
  }

  /** The person concerned agrees to the plan, or asks for changes. */
  answerCoachingPlan(
    id: number,
    answer: "agree" | "change",
    comment = ""
  ): Promise<StatementPageResponse> {
    return this.statementAction(id, "coaching/answer", { answer, comment });
  }

  writeCoachingSummary(
    id: number,
    summary: string
  ): Promise<StatementPageResponse> {
    return this.statementAction(id, "coaching/summary", { summary });
  }

  claim(id: number): Promise<MediationCaseResponse> {
    return this.caseAction(id, "claim", "PUT");
  }

  assign(id: number, username: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "assign", "PUT", { username });
  }

  resolve(id: number, params: ResolveParams): Promise<MediationCaseResponse> {
    return this.caseAction(id, "resolve", "PUT", { ...params });
  }

  /** `noContactReason`: why the person concerned could not be reached. */
  escalate(
    id: number,
    reason: string,
    noContactReason = ""
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "escalate", "PUT", {
      reason,
      no_contact_reason: noContactReason,
    });
  }

  /** A recommendation to other spaces; the plugin keeps it and sends nothing. */
  recommend(
    id: number,
    params: RecommendParams
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "recommendations", "POST", { ...params });
  }

  /** A moderator passed a recommendation on, outside the forum. */
  passOnRecommendation(
    id: number,
    recommendationId: number
  ): Promise<MediationCaseResponse> {
    return this.caseAction(
      id,
      `recommendations/${recommendationId}/passed-on`,
      "PUT"
    );
  }

  addNote(id: number, raw: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "notes", "POST", { raw });
  }

  /** Another post, on any topic the mediators can read, with why it matters. */
  attachPost(
    id: number,
    params: AttachPostParams
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "posts", "POST", { ...params });
  }

  detachPost(
    id: number,
    attachedPostId: number
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, `posts/${attachedPostId}`, "DELETE");
  }

  /** One piece of evidence for conduct outside the forum. */
  addEvidence(
    id: number,
    evidence: NewEvidence
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "evidence", "POST", { ...evidence });
  }

  removeEvidence(
    id: number,
    evidenceId: number
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, `evidence/${evidenceId}`, "DELETE");
  }

  /** A mediator opens a case about conduct outside the forum, and has it. */
  async openElsewhereCase(
    params: NewElsewhereCase
  ): Promise<{ case_id: number }> {
    return (await send("/mediation/cases/elsewhere.json", {
      type: "POST",
      contentType: "application/json",
      data: JSON.stringify(params),
    })) as { case_id: number };
  }

  addPerson(id: number, username: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "people", "POST", { username });
  }

  removePerson(id: number, userId: number): Promise<MediationCaseResponse> {
    return this.caseAction(id, `people/${userId}`, "DELETE");
  }

  openConversation(
    id: number,
    conversation: PrivateConversation
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "conversation", "POST", conversation);
  }

  coolDown(
    id: number,
    request: CoolDownRequest
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "cool-down", "POST", request);
  }

  saveReport(id: number, draft: ReportDraft): Promise<MediationCaseResponse> {
    return this.caseAction(id, "report", "PUT", draft);
  }

  submitReport(id: number): Promise<MediationCaseResponse> {
    return this.caseAction(id, "report/submit", "POST");
  }

  decideExtension(
    id: number,
    decision: "granted" | "declined",
    reason: string
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "extension", "PUT", { decision, reason });
  }

  interimSuspend(id: number, reason: string): Promise<MediationCaseResponse> {
    return this.caseAction(id, "interim-suspension", "POST", { reason });
  }

  async statementPage(id: number): Promise<StatementPageResponse> {
    return (await send(
      `/mediation/cases/${id}/statement.json`
    )) as StatementPageResponse;
  }

  submitStatement(id: number, raw: string): Promise<StatementPageResponse> {
    return this.statementAction(id, "statement", { raw });
  }

  declineStatement(id: number): Promise<StatementPageResponse> {
    return this.statementAction(id, "statement/decline");
  }

  requestExtension(id: number, reason: string): Promise<StatementPageResponse> {
    return this.statementAction(id, "extension", { reason });
  }

  waiveStatement(id: number): Promise<StatementPageResponse> {
    return this.statementAction(id, "waive");
  }

  /** The person concerned answers, once, what came after their statement. */
  answerStatement(id: number, raw: string): Promise<StatementPageResponse> {
    return this.statementAction(id, "statement/answer", { raw });
  }

  /** Before the review date: a short statement the moderators read. */
  sendReviewStatement(
    id: number,
    reason: string
  ): Promise<StatementPageResponse> {
    return this.statementAction(id, "review-statement", { reason });
  }

  /** The person concerned answers a recommendation to other spaces, once. */
  answerRecommendation(
    id: number,
    recommendationId: number,
    reason: string
  ): Promise<StatementPageResponse> {
    return this.statementAction(
      id,
      `recommendations/${recommendationId}/answer`,
      { reason }
    );
  }

  /** The person concerned answers a private reminder, once. */
  answerReminder(id: number, reason: string): Promise<StatementPageResponse> {
    return this.statementAction(id, "reminder-answer", { reason });
  }

  /** The person concerned appeals the outcome, once. */
  appeal(id: number, statement: string): Promise<StatementPageResponse> {
    return this.statementAction(id, "appeal", { statement });
  }

  /** The person concerned asks that a voter step aside. */
  requestRecusal(
    id: number,
    voterId: number,
    reason: string
  ): Promise<StatementPageResponse> {
    return this.statementAction(id, "recusal-requests", {
      voter_id: voterId,
      reason,
    });
  }

  /** A moderator not on the roll decides such a request. */
  /** The mediators' answer to a voter's question, into the case file. */
  answerQuestion(
    id: number,
    questionId: number,
    raw: string
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, `questions/${questionId}`, "PUT", { raw });
  }

  decideRecusal(
    id: number,
    requestId: number,
    decision: RecusalDecision,
    reason: string
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, `recusal-requests/${requestId}`, "PUT", {
      decision,
      reason,
    });
  }

  async publishedList(): Promise<PublishedListPage> {
    return (await send("/mediation/published-list.json")) as PublishedListPage;
  }

  async adminPublishedList(): Promise<PublishedListPage> {
    return (await send(
      "/mediation/admin/published-list.json"
    )) as PublishedListPage;
  }

  addPublishedItem(item: NewPublishedItem): Promise<PublishedListPage> {
    return this.adminAction("published-list", "POST", item);
  }

  revisePublishedItem(
    key: string,
    text: { title: string; description: string }
  ): Promise<PublishedListPage> {
    return this.adminAction(`published-list/${key}`, "PUT", text);
  }

  retirePublishedItem(key: string): Promise<PublishedListPage> {
    return this.adminAction(`published-list/${key}/retire`, "PUT");
  }

  restorePublishedItem(key: string): Promise<PublishedListPage> {
    return this.adminAction(`published-list/${key}/restore`, "PUT");
  }

  reorderPublishedList(keys: string[]): Promise<PublishedListPage> {
    return this.adminAction("published-list/order", "PUT", { keys });
  }

  /** Sent as JSON: form encoding would turn the list of steps into a hash. */
  async saveLadder(steps: LadderStep[]): Promise<PublishedListPage> {
    return (await send("/mediation/admin/ladder.json", {
      type: "PUT",
      contentType: "application/json",
      data: JSON.stringify({ steps }),
    })) as PublishedListPage;
  }

  implement(
    id: number,
    choice: ImplementationChoice
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "implement", "POST", choice);
  }

  /** At the review date: end the sanction early, or keep it. */
  review(
    id: number,
    decision: ReviewDecision,
    reason: string
  ): Promise<MediationCaseResponse> {
    return this.caseAction(id, "review", "POST", { decision, reason });
  }

  async implementationPreview(
    id: number,
    choice: ImplementationChoice
  ): Promise<ImplementationPreview> {
    return (await send(`/mediation/cases/${id}/implementation/preview.json`, {
      type: "POST",
      data: choice,
    })) as ImplementationPreview;
  }

  async archive(query: ArchiveQuery): Promise<ArchivePage> {
    return (await send("/mediation/archive.json", {
      data: query,
    })) as ArchivePage;
  }

  async transparency(period: TransparencyPeriod): Promise<TransparencyPage> {
    return (await send("/mediation/transparency.json", {
      data: { period },
    })) as TransparencyPage;
  }

  async publishTransparency(
    period: TransparencyPeriod
  ): Promise<TransparencyPage> {
    return (await send("/mediation/transparency/publish.json", {
      type: "POST",
      data: { period },
    })) as TransparencyPage;
  }

  async ballot(id: number): Promise<BallotResponse> {
    return (await send(`/mediation/ballots/${id}.json`)) as BallotResponse;
  }

  /** `paperReason`: optional, kept on the paper, never with the voter. */
  async vote(id: number, choice: string, paperReason = ""): Promise<VoteCast> {
    return (await send(`/mediation/ballots/${id}/vote.json`, {
      type: "POST",
      data: { choice, paper_reason: paperReason },
    })) as VoteCast;
  }

  /** A voter with a conflict leaves the roll before voting. */
  async stepAside(id: number, reason: string): Promise<BallotResponse> {
    return (await send(`/mediation/ballots/${id}/step-aside.json`, {
      type: "POST",
      data: { reason },
    })) as BallotResponse;
  }

  /** A voter's question to the mediators; answers with the ballot. */
  async askQuestion(id: number, question: string): Promise<BallotResponse> {
    return (await send(`/mediation/ballots/${id}/questions.json`, {
      type: "POST",
      data: { question },
    })) as BallotResponse;
  }

  async verifyReceipt(id: number, receipt: string): Promise<boolean> {
    const response = (await send(`/mediation/ballots/${id}/verify.json`, {
      type: "POST",
      data: { receipt },
    })) as { counted: boolean };
    return response.counted;
  }

  private async statementAction(
    id: number,
    path: string,
    data?: object
  ): Promise<StatementPageResponse> {
    return (await send(`/mediation/cases/${id}/${path}.json`, {
      type: "POST",
      data,
    })) as StatementPageResponse;
  }

  private async adminAction(
    path: string,
    type: "PUT" | "POST",
    data: object = {}
  ): Promise<PublishedListPage> {
    return (await send(`/mediation/admin/${path}.json`, {
      type,
      data,
    })) as PublishedListPage;
  }

  private async caseAction(
    id: number,
    path: string,
    type: "PUT" | "POST" | "DELETE",
    data?: object
  ): Promise<MediationCaseResponse> {
    return (await send(`/mediation/cases/${id}/${path}.json`, {
      type,
      data,
    })) as MediationCaseResponse;
  }
}

export const mediationApi = new MediationApi();

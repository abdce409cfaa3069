// The JSON contract between the server and the front end. The Ruby
// serializers produce exactly these shapes; the browser tests' fixtures are
// typed with them, and spec/requests checks the same fields on the server.

/** What kind of help a member asks for. `unsafe` is urgent. */
export type HelpRequestKind = "deescalate" | "unsafe" | "other";

export const HELP_REQUEST_KINDS: readonly HelpRequestKind[] = [
  "deescalate",
  "unsafe",
  "other",
];

/** Where a request stands, in the words a requester reads. */
export type HelpRequestStatus =
  | "waiting"
  | "mediating"
  | "resolved"
  | "in_review"
  | "concluded"
  | "withdrawn";

/** Sent by the modal to POST /mediation/help-requests.json */
export interface NewHelpRequest {
  post_id: number;
  kind: HelpRequestKind;
  message: string;
  consent_to_be_named: boolean;
}

/** One of the current user's own requests. */
export interface MyHelpRequest {
  id: number;
  kind: HelpRequestKind;
  status: HelpRequestStatus;
  created_at: string;
  topic_title: string;
  post_url: string;
}

export interface HelpRequestCreated {
  help_request: MyHelpRequest;
  /** True when the request joined a case others had already opened. */
  joined_existing_case: boolean;
}

export interface MyHelpRequestsPage {
  help_requests: MyHelpRequest[];
}

/** Discourse's error body for a refused request (422 or 403). */
export interface MediationErrorBody {
  errors: string[];
  error_type?: string;
}

/**
 * The fields of a post the help button and modal read. The last two are
 * added by the plugin's post serializer: the server decides both.
 */
export interface MediationPost {
  id: number;
  post_number: number;
  username: string;
  topic_id: number;
  can_request_mediation: boolean;
  mediation_replaces_flag: boolean;
}

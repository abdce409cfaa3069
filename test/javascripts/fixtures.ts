import type {
  HelpRequestCreated,
  MediationErrorBody,
  MediationPost,
  MyHelpRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";

export function postFixture(
  overrides: Partial<MediationPost> = {}
): MediationPost {
  return {
    id: 41,
    post_number: 4,
    username: "alice",
    topic_id: 12,
    can_request_mediation: true,
    mediation_replaces_flag: true,
    ...overrides,
  };
}

export function myRequestFixture(
  overrides: Partial<MyHelpRequest> = {}
): MyHelpRequest {
  return {
    id: 7,
    kind: "deescalate",
    status: "waiting",
    created_at: "2026-11-20T10:00:00Z",
    topic_title: "Packaging proposal",
    post_url: "/t/packaging-proposal/12/4",
    ...overrides,
  };
}

export function createdFixture(
  overrides: Partial<HelpRequestCreated> = {}
): HelpRequestCreated {
  return {
    help_request: myRequestFixture(),
    joined_existing_case: false,
    ...overrides,
  };
}

export function errorBody(message: string): MediationErrorBody {
  return { errors: [message] };
}

// How the scripted server answers a member asking about conduct outside the
// forum (POST /mediation/help-requests/elsewhere.json, as
// HelpRequest::CreateElsewhere does) and the file behind a piece of evidence
// (core's POST /uploads.json). The messages are the servers' own, from
// config/locales/server.en.yml and core's.
import type {
  MyHelpRequest,
  NewElsewhereHelpRequest,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { CORE_FILE_SETTINGS } from "../test/harness/core-file-settings";
import {
  type FakeResponse,
  respondTo,
} from "../test/javascripts/helpers/fake-server";
import { elsewhereTitle } from "./sample-elsewhere";
import type { Scenario } from "./sample-server";

const {
  authorized_extensions: AUTHORIZED,
  max_attachment_size_kb: MAX_ATTACHMENT_KB,
  max_image_size_kb: MAX_IMAGE_KB,
} = CORE_FILE_SETTINGS;
const IMAGE = /^(jpe?g|png|gif|webp|avif|heic|heif|svg|ico)$/;

const REFUSALS: Partial<Record<Scenario, [number, string]>> = {
  daily_limit: [
    422,
    "You have sent 5 help requests in the last 24 hours, which is the limit. Please wait before asking again, or message a moderator if it is urgent.",
  ],
  already_asked: [
    409,
    "You have already asked about this person's conduct outside the forum, and that request is still open.",
  ],
  not_allowed: [403, "You are not allowed to ask for help here."],
};

let nextRequestId = 500;
let nextUploadId = 900;

function refused(status: number, message: string): FakeResponse {
  return { status, body: { errors: [message] } };
}

function created(request: NewElsewhereHelpRequest): MyHelpRequest {
  return {
    id: nextRequestId++,
    kind: request.kind,
    status: "waiting",
    created_at: new Date().toISOString(),
    topic_title: elsewhereTitle(request.where),
    post_url: null,
    conduct_place: "elsewhere",
    can_withdraw: true,
    outcome_note: null,
    next_step: { key: "mediator_assigned", at: null },
  };
}

/** Core's checks of a file, then its UploadSerializer's answer. */
function upload(file: File): FakeResponse {
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  const authorized = AUTHORIZED.split("|");
  if (!authorized.includes(extension)) {
    return refused(
      422,
      `Sorry, the file you are trying to upload is not authorized (authorized extensions: ${authorized.join(", ")}).`
    );
  }
  const maxKb = IMAGE.test(extension) ? MAX_IMAGE_KB : MAX_ATTACHMENT_KB;
  if (file.size > maxKb * 1024) {
    return refused(
      422,
      `Sorry, the file you are trying to upload is too big (maximum size is ${maxKb}KB).`
    );
  }
  return {
    status: 200,
    body: {
      id: nextUploadId++,
      url: URL.createObjectURL(file),
      original_filename: file.name,
      filesize: file.size,
      extension,
    },
  };
}

export function installElsewhereRequests(scenario: () => Scenario) {
  respondTo("POST", "/mediation/help-requests/elsewhere.json", async (sent) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const request = JSON.parse(sent.data as string) as NewElsewhereHelpRequest;
    const refusal = REFUSALS[scenario()];
    return refusal
      ? refused(...refusal)
      : {
          status: 200,
          body: { help_request: created(request), joined_existing_case: false },
        };
  });

  respondTo("POST", "/uploads.json", async (sent) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    return upload((sent.data as FormData).get("file") as File);
  });
}

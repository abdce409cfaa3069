// The further posts attached to sample cases, and how the scripted server
// answers attaching and removing one (POST and DELETE
// /mediation/cases/:id/posts), as the server's service does.
import type {
  CaseReportPost,
  MediationAttachedPost,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";
import type { SampleAttachment } from "./sample-attachments";
import { YOU } from "./sample-people";
import {
  datesOf,
  hoursSince,
  RECORDS,
  type SampleCase,
} from "./sample-records";
import { HOUR, iso } from "./sample-timeline";

const MAX_NOTE = 1000;
export const MAX_POSTS = 20;

function urlOf(attachment: SampleAttachment) {
  return `/t/sample/${attachment.topicId}/${attachment.postNumber}`;
}

export function attachedPostsOf(record: SampleCase): MediationAttachedPost[] {
  const claimed = datesOf(record).claimed ?? datesOf(record).opened;
  return record.attached.map((attachment) => ({
    id: attachment.id,
    post_id: attachment.topicId * 100 + attachment.postNumber,
    url: urlOf(attachment),
    topic_title: attachment.topicTitle,
    excerpt: attachment.excerpt,
    author: attachment.author,
    note: attachment.note,
    added_by: attachment.addedBy,
    created_at: iso(claimed + attachment.after * HOUR),
  }));
}

/** What the report cites: the posts attached so far. */
export function reportPostsOf(record: SampleCase): CaseReportPost[] {
  return record.attached.map((attachment) => ({
    url: urlOf(attachment),
    topic_title: attachment.topicTitle,
    post_number: attachment.postNumber,
    note: attachment.note,
  }));
}

const refused = (status: number, message: string) => ({
  status,
  body: { errors: [message] },
});

/** The server's checks, in its order; null when the post may be attached. */
function refusal(record: SampleCase, topicId: number, postNumber: number) {
  if (!["mediating", "report_draft"].includes(record.state)) {
    return refused(
      409,
      "Posts can only be attached before the report is submitted."
    );
  }
  if (record.attached.length >= MAX_POSTS) {
    return refused(422, `A case can have at most ${MAX_POSTS} attached posts.`);
  }
  if (topicId === record.topicId && postNumber === record.postNumber) {
    return refused(
      422,
      "That is the post the case is about; it is in the case already."
    );
  }
  const same = (a: SampleAttachment) =>
    a.topicId === topicId && a.postNumber === postNumber;
  if (record.attached.some(same)) {
    return refused(422, "That post is attached to this case already.");
  }
  return null;
}

function attach(record: SampleCase, data: { url?: string; note?: string }) {
  const note = (data.note ?? "").trim();
  if (!note) {
    return refused(
      422,
      "Say why this post matters to the case: the report cites your note with it."
    );
  }
  if ([...note].length > MAX_NOTE) {
    return refused(422, `The note can be at most ${MAX_NOTE} characters.`);
  }
  const match = /\/t\/(?:[^/\s]+\/)?(\d+)\/(\d+)\/?$/.exec(data.url ?? "");
  if (!match) {
    return refused(
      422,
      "That is not a link to a post on this forum. Copy it from the post's share button."
    );
  }
  const [topicId, postNumber] = [Number(match[1]), Number(match[2])];
  const problem = refusal(record, topicId, postNumber);
  if (problem) {
    return problem;
  }
  const topic = RECORDS.find((other) => other.topicId === topicId);
  const id = Math.max(
    0,
    ...RECORDS.flatMap((r) => r.attached.map((a) => a.id))
  );
  record.attached.push({
    id: id + 1,
    topicId,
    topicTitle: topic?.title ?? `Sample discussion ${topicId}`,
    postNumber,
    excerpt: topic?.excerpt ?? "A reply in another discussion.",
    author: topic?.subject ?? record.subject,
    note,
    addedBy: YOU,
    after: hoursSince(datesOf(record).claimed ?? datesOf(record).opened),
  });
  return null;
}

/** Attaching and removing on a sample case; `answer` is the case's JSON. */
export function installAttachedPosts(
  record: SampleCase,
  answer: (record: SampleCase) => { status: number; body: unknown }
) {
  const base = `/mediation/cases/${record.id}/posts`;
  respondTo("POST", `${base}.json`, (request) => {
    const problem = attach(
      record,
      request.data as { url?: string; note?: string }
    );
    return problem ?? answer(record);
  });
  // The ids a case may have: the samples', and those attached in the preview.
  for (let id = 1; id <= 40; id++) {
    respondTo("DELETE", `${base}/${id}.json`, () => {
      if (!["mediating", "report_draft"].includes(record.state)) {
        return refused(
          409,
          "Posts can only be removed before the report is submitted."
        );
      }
      const index = record.attached.findIndex((a) => a.id === id);
      if (index < 0) {
        return refused(404, "That post is not attached to this case.");
      }
      record.attached.splice(index, 1);
      return answer(record);
    });
  }
}

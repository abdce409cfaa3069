// The further posts attached to sample cases 4 and 7, as the server keeps
// them (preview/sample-attached.ts answers and derives the JSON).
import type { MediationUser } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { ALICE, NOOR, TOMASZ, YOU } from "./sample-people";

export interface SampleAttachment {
  id: number;
  topicId: number;
  topicTitle: string;
  postNumber: number;
  excerpt: string;
  author: MediationUser;
  note: string;
  addedBy: MediationUser;
  /** Hours after the case was claimed. */
  after: number;
}

/** Case 4: the same remarks in two other topics. */
export const CASE_4_POSTS: SampleAttachment[] = [
  {
    id: 1,
    topicId: 31,
    topicTitle: "Parser rewrite: benchmarks",
    postNumber: 7,
    excerpt:
      "If you had bothered to run the benchmarks yourself you would not be asking this. Honestly.",
    author: TOMASZ,
    note: "The same dismissive tone towards a newcomer, two weeks before.",
    addedBy: NOOR,
    after: 1,
  },
  {
    id: 2,
    topicId: 45,
    topicTitle: "Release checklist for 4.1",
    postNumber: 3,
    excerpt:
      "Another checklist nobody will read. Whoever wrote this has never shipped anything.",
    author: TOMASZ,
    note: "A third topic: the remarks are about the author, not the checklist.",
    addedBy: YOU,
    after: 2,
  },
];

/** Case 7: the week before, aimed at the same member. */
export const CASE_7_POSTS: SampleAttachment[] = [
  {
    id: 3,
    topicId: 52,
    topicTitle: "Mentoring programme: ideas welcome",
    postNumber: 5,
    excerpt:
      "This is the kind of naive idea that wastes everyone's time. Read the archives first.",
    author: ALICE,
    note: "Posted the week before, in reply to the same member: the report's “repeated” rests on it.",
    addedBy: NOOR,
    after: 1,
  },
];

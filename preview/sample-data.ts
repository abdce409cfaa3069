import type { MediationPost } from "discourse/plugins/discourse-mediation/discourse/lib/types";

// Sample content for the preview only: it stands for what Discourse shows.

export type Viewer = "member" | "staff";

export interface SamplePost {
  post: MediationPost & { mediation_mediator_post: boolean };
  excerpt: string;
}

export const TOPIC_TITLE =
  "Should the standard library drop the legacy parser?";

const POSTS = [
  {
    id: 101,
    username: "maria",
    excerpt:
      "I'd like to propose removing the legacy parser in the next release. It has had no maintainer for two years.",
  },
  {
    id: 102,
    username: "tomasz",
    excerpt:
      "Anyone who still thinks the legacy parser is fine clearly hasn't read the bug tracker. This is embarrassing.",
  },
  {
    id: 103,
    username: "lee",
    excerpt:
      "We ship it in production. Removing it breaks us, and I'm tired of being told we're doing it wrong.",
  },
  {
    id: 104,
    username: "you",
    excerpt:
      "Hello everyone, I am stepping in as a mediator. To help us refocus, here is my summary of the views so far: removing the parser saves maintenance; keeping it protects production users. Did I get them right?",
  },
];

/** The server's label for a private message, where its title would show. */
export const PRIVATE_MESSAGE_LABEL = "A private message";

/** A private message Bob received: he may ask for help with it. */
export const PRIVATE_MESSAGE = {
  title: "About your benchmark numbers",
  path: "/t/about-your-benchmark-numbers/113",
  excerpt:
    "Nobody asked for your benchmarks. Post them again and I will make sure everyone knows how little you understand. Think about that before you reply.",
};

/** The private message as the member who received it sees it. */
export function samplePrivateMessage(): SamplePost {
  return {
    excerpt: PRIVATE_MESSAGE.excerpt,
    post: {
      id: 11301,
      post_number: 1,
      username: "tomasz",
      topic_id: 113,
      can_request_mediation: true,
      mediation_replaces_flag: true,
      mediation_private_message: true,
      mediation_mediator_post: false,
    },
  };
}

/** The topic as the topic view sends it, with the plugin's `mediation` field. */
export function sampleTopic(viewer: Viewer) {
  return {
    id: 12,
    draft_key: "topic_12",
    draft_sequence: 0,
    mediation: {
      in_progress: true,
      case_id: viewer === "staff" ? 4 : null,
      can_post_as_mediator: viewer === "staff",
    },
  };
}

/** What the server would send for each post, for a member or for staff. */
export function samplePosts(viewer: Viewer): SamplePost[] {
  return POSTS.map(({ id, username, excerpt }, index) => ({
    excerpt,
    post: {
      id,
      post_number: index + 1,
      username,
      topic_id: 12,
      can_request_mediation: true,
      mediation_replaces_flag: viewer === "member",
      mediation_mediator_post: username === "you",
    },
  }));
}

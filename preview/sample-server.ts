import { respondTo } from "../test/javascripts/helpers/fake-server";
import { samplePrivateMessage } from "./sample-data";
import { EVIDENCE_LIMITS } from "./sample-elsewhere";
import { installElsewhereRequests } from "./sample-elsewhere-request";
import { myRequests } from "./sample-requests";

// How the scripted server answers "Send to the mediators", so that every
// state of the modal can be reached in the preview. The messages are the
// server's own, from config/locales/server.en.yml.
export const SCENARIOS = {
  new_case: "Accepted: opens a new case",
  joined_case: "Accepted: joins a case others opened",
  daily_limit: "Refused: daily limit reached",
  already_asked: "Refused: already asked on this discussion",
  not_allowed: "Refused: not in the allowed groups",
  post_gone: "Refused: the post was deleted",
  too_long: "Refused: message too long for the server",
} as const;

export type Scenario = keyof typeof SCENARIOS;

const REFUSALS: Record<string, [number, string]> = {
  daily_limit: [
    422,
    "You have sent 5 help requests in the last 24 hours, which is the limit. Please wait before asking again, or message a moderator if it is urgent.",
  ],
  already_asked: [
    409,
    "You have already asked for help on this discussion. The mediators have your request.",
  ],
  not_allowed: [403, "You are not allowed to ask for help here."],
  post_gone: [404, "That post does not exist or you cannot see it."],
  too_long: [
    422,
    "Your message is too long: please keep it to 2000 characters.",
  ],
};

/** The server's answer to a private message the asker did not share. */
const UNSHARED: [number, string] = [
  422,
  "To ask for help with a private message, let the mediators read it (the checkbox above “Send”). Nothing was sent.",
];

let nextId = 100;

const MEMBERS = [
  { username: "alice", name: "Alice Moreau" },
  { username: "bob", name: "Bob Okafor" },
  { username: "carol", name: "Carol Diaz" },
  { username: "lee", name: "Lee Park" },
  { username: "maria", name: "Maria Rossi" },
  { username: "tomasz", name: "Tomasz Nowak" },
];

export function installSampleServer(scenario: () => Scenario) {
  installElsewhereRequests(scenario);
  respondTo("POST", "/mediation/help-requests.json", async (request) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const data = request.data as {
      post_id: number;
      kind: "deescalate" | "unsafe" | "other";
      share_private_message: boolean;
    };
    const refusal =
      data.post_id === samplePrivateMessage().post.id &&
      !data.share_private_message
        ? UNSHARED
        : REFUSALS[scenario()];
    if (refusal) {
      return { status: refusal[0], body: { errors: [refusal[1]] } };
    }
    return {
      status: 200,
      body: {
        joined_existing_case: scenario() === "joined_case",
        help_request: {
          id: nextId++,
          kind: data.kind,
          status: "waiting",
          created_at: new Date().toISOString(),
          topic_title: "Sample discussion",
          post_url: "#",
        },
      },
    };
  });

  respondTo("POST", "/post_actions", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { status: 200, body: {} };
  });

  // Discourse's member search, behind the user chooser on a case page.
  respondTo("GET", "/u/search/users", (request) => {
    const term = (request.data as { term: string }).term.toLowerCase();
    return {
      status: 200,
      body: {
        users: MEMBERS.filter(
          ({ username, name }) =>
            username.startsWith(term) || name.toLowerCase().includes(term)
        ),
      },
    };
  });

  respondTo("GET", "/mediation/help-requests.json", () => ({
    status: 200,
    body: { help_requests: myRequests(), evidence_limits: EVIDENCE_LIMITS },
  }));
}

// The published list and ladder for the preview, with an editable copy for
// the admins' editor; it stands for what the server keeps.
import type {
  LadderStep,
  PublishedItem,
  PublishedListPage,
} from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { respondTo } from "../test/javascripts/helpers/fake-server";

const now = new Date().toISOString();

export const SAMPLE_ITEMS: PublishedItem[] = [
  [
    "personal-attacks",
    "Attacking the person instead of the argument",
    "Insults, name-calling, and remarks about someone's intelligence, competence, motives or character instead of what they said.",
  ],
  [
    "harassment",
    "Pursuing someone who asked you to stop",
    "Repeatedly replying to, mentioning or messaging a person after they asked you to stop, or following them from topic to topic.",
  ],
  [
    "demeaning-identity",
    "Demeaning people for who they are",
    "Slurs, jokes or sweeping claims about people because of their gender, ethnicity, nationality, religion, disability, age or sexual orientation.",
  ],
  [
    "threats",
    "Threats and intimidation",
    "Threatening to harm someone, to expose them, or to take action against them in order to silence them; urging others to do so.",
  ],
  [
    "private-information",
    "Sharing private information",
    "Posting someone's contact details, location, private messages or other private information without their consent.",
  ],
  [
    "sustained-disruption",
    "Sustained disruption",
    "Repeatedly derailing discussions, reopening a question after it was settled and closed, or flooding topics so that others cannot take part.",
  ],
].map(([key, title, description]) => ({
  key,
  version: key === "personal-attacks" ? 2 : 1,
  title,
  description,
  retired: false,
  versions:
    key === "personal-attacks"
      ? [
          {
            version: 1,
            title: "Personal attacks",
            description: "Insulting other members.",
            created_at: now,
          },
          { version: 2, title, description, created_at: now },
        ]
      : [{ version: 1, title, description, created_at: now }],
}));

export const SAMPLE_LADDER: LadderStep[] = [
  {
    key: "no_action",
    kind: "no_action",
    title: "No action",
    description: "Nothing is done. The case is closed.",
    duration_days: null,
    review_days: null,
  },
  {
    key: "private_correction",
    kind: "private_correction",
    title: "Private correction",
    description:
      "A private message from the moderators naming what went wrong.",
    duration_days: null,
    review_days: 90,
  },
  {
    key: "formal_warning",
    kind: "formal_warning",
    title: "Formal warning",
    description: "A formal, recorded warning.",
    duration_days: null,
    review_days: 180,
  },
  {
    key: "coaching",
    kind: "coaching",
    title: "Coaching",
    description:
      "A mediator works with the member for four weeks, with check-ins they agree on.",
    duration_days: 28,
    review_days: null,
  },
  {
    key: "cool_down",
    kind: "cool_down",
    title: "Cool-down",
    description: "The member can read but not post.",
    duration_days: 7,
    review_days: null,
  },
  {
    key: "suspension",
    kind: "suspension",
    title: "Temporary suspension",
    description: "The account is suspended, then restored.",
    duration_days: 30,
    review_days: null,
  },
  {
    key: "long_suspension",
    kind: "long_suspension",
    title: "Long suspension with a review",
    description: "A long suspension, reviewed at the review date.",
    duration_days: 365,
    review_days: 180,
  },
];

/** The list as the preview's admin has edited it so far. */
const state = {
  items: SAMPLE_ITEMS.map((item) => ({ ...item })),
  ladder: SAMPLE_LADDER.map((step) => ({ ...step })),
};

const adminPage = (): PublishedListPage => ({ ...state });
const publicPage = (): PublishedListPage => ({
  items: state.items
    .filter((item) => !item.retired)
    .map(({ versions: _versions, ...item }) => item),
  ladder: state.ladder,
});
const ok = () => ({ status: 200, body: adminPage() });

export function installSampleList() {
  respondTo("GET", "/mediation/published-list.json", () => ({
    status: 200,
    body: publicPage(),
  }));
  respondTo("GET", "/mediation/admin/published-list.json", ok);
  respondTo("POST", "/mediation/admin/published-list.json", (request) => {
    const { key, title, description } = request.data as {
      key: string;
      title: string;
      description: string;
    };
    if (state.items.some((item) => item.key === key)) {
      return {
        status: 409,
        body: {
          errors: [
            "Another item already uses that id. Ids stay the same forever, so choose a new one.",
          ],
        },
      };
    }
    state.items = [
      ...state.items,
      {
        key,
        title,
        description,
        version: 1,
        retired: false,
        versions: [
          {
            version: 1,
            title,
            description,
            created_at: new Date().toISOString(),
          },
        ],
      },
    ];
    return ok();
  });
  respondTo("PUT", "/mediation/admin/published-list/order.json", (request) => {
    const keys = (request.data as { keys: string[] }).keys;
    state.items = [...state.items].sort(
      (a, b) => keys.indexOf(a.key) - keys.indexOf(b.key)
    );
    return ok();
  });
  for (const item of SAMPLE_ITEMS) {
    respondTo(
      "PUT",
      `/mediation/admin/published-list/${item.key}.json`,
      (request) => {
        const text = request.data as { title: string; description: string };
        state.items = state.items.map((current) =>
          current.key === item.key
            ? {
                ...current,
                ...text,
                version: current.version + 1,
                versions: [
                  ...(current.versions ?? []),
                  {
                    version: current.version + 1,
                    ...text,
                    created_at: new Date().toISOString(),
                  },
                ],
              }
            : current
        );
        return ok();
      }
    );
    for (const [action, retired] of [
      ["retire", true],
      ["restore", false],
    ] as const) {
      respondTo(
        "PUT",
        `/mediation/admin/published-list/${item.key}/${action}.json`,
        () => {
          state.items = state.items.map((current) =>
            current.key === item.key ? { ...current, retired } : current
          );
          return ok();
        }
      );
    }
  }
  respondTo("PUT", "/mediation/admin/ladder.json", (request) => {
    const steps = (
      JSON.parse(request.data as string) as { steps: LadderStep[] }
    ).steps;
    const open = steps.findIndex(
      (step, index) => index > 0 && !step.duration_days && !step.review_days
    );
    if (open >= 0) {
      return {
        status: 422,
        body: {
          errors: [
            `The ladder cannot be saved: Step ${open + 1} needs an end (a duration) or a review period: no step is open-ended.`,
          ],
        },
      };
    }
    // Ladder.errors: coaching's duration is its period.
    const undated = steps.findIndex(
      (step) => step.kind === "coaching" && !step.duration_days
    );
    if (undated >= 0) {
      return {
        status: 422,
        body: {
          errors: [
            `The ladder cannot be saved: Step ${undated + 1} is coaching: it needs a duration, the days the coaching lasts.`,
          ],
        },
      };
    }
    state.ladder = steps;
    return ok();
  });
}

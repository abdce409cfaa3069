// The recommendations to other spaces on sample cases 12, 41 and 42, as the
// server keeps them (preview/sample-recommendations.ts answers and derives
// the JSON).
import type { MediationUser } from "discourse/plugins/discourse-mediation/discourse/lib/types";
import { YOU } from "./sample-people";

export interface SampleRecommendation {
  id: number;
  text: string;
  spaces: string[];
  madeBy: MediationUser;
  /** Hours after the outcome was carried out. */
  made: number;
  /** Hours after it was made; null while unanswered. */
  answered: number | null;
  answer: string | null;
  /** Hours after it was made; null until a moderator marks it. */
  passedOn: number | null;
  passedOnBy: MediationUser | null;
}

/** Case 12: recorded two and a half days ago; Alice may still answer. */
export const CASE_12_RECOMMENDATIONS: SampleRecommendation[] = [
  {
    id: 1,
    text: "Alice also triages issues in the project's repository. The same remarks appeared in two issue threads; the maintainers there may want to remind her of their own guidelines.",
    spaces: ["GitHub repository"],
    madeBy: YOU,
    made: 12,
    answered: null,
    answer: null,
    passedOn: null,
    passedOnBy: null,
  },
];

/** Case 41: Carol answered, so it may be passed on now. */
export const CASE_41_RECOMMENDATIONS: SampleRecommendation[] = [
  {
    id: 2,
    text: "The week's cool-down covers the forum only. The chat's moderators may want to know of it, so that the benchmark discussion does not simply move there.",
    spaces: ["Matrix chat", "Contributor sprint (March)"],
    madeBy: YOU,
    made: 2,
    answered: 20,
    answer:
      "I understand. I will keep to the benchmark script's issues in the chat and will not reply to the thread's participants there this week.",
    passedOn: null,
    passedOnBy: null,
  },
];

/** Case 42: passed on once its time to answer ended. */
export const CASE_42_RECOMMENDATIONS: SampleRecommendation[] = [
  {
    id: 3,
    text: "A long suspension for threats. The organisers of the project's conference may want to know before registration opens.",
    spaces: ["Annual conference"],
    madeBy: YOU,
    made: 6,
    answered: null,
    answer: null,
    passedOn: 4 * 24,
    passedOnBy: YOU,
  },
];

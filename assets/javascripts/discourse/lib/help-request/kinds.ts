import type { HelpRequestKind, HelpRequestStatus } from "../types/index";

export interface KindText {
  label: string;
  description: string;
}

/** The translation keys for each kind of help. */
export const KIND_TEXT: Record<HelpRequestKind, KindText> = {
  deescalate: {
    label: "discourse_mediation.help_modal.kinds.deescalate.label",
    description: "discourse_mediation.help_modal.kinds.deescalate.description",
  },
  unsafe: {
    label: "discourse_mediation.help_modal.kinds.unsafe.label",
    description: "discourse_mediation.help_modal.kinds.unsafe.description",
  },
  breaks_list: {
    label: "discourse_mediation.help_modal.kinds.breaks_list.label",
    description: "discourse_mediation.help_modal.kinds.breaks_list.description",
  },
  other: {
    label: "discourse_mediation.help_modal.kinds.other.label",
    description: "discourse_mediation.help_modal.kinds.other.description",
  },
};

// About conduct outside the forum there is no discussion to speak of.
const ELSEWHERE_KIND_TEXT: Partial<Record<HelpRequestKind, KindText>> = {
  deescalate: {
    label: "discourse_mediation.elsewhere_request.kinds.deescalate.label",
    description:
      "discourse_mediation.elsewhere_request.kinds.deescalate.description",
  },
  breaks_list: {
    label: "discourse_mediation.elsewhere_request.kinds.breaks_list.label",
    description:
      "discourse_mediation.elsewhere_request.kinds.breaks_list.description",
  },
};

/** The words for a kind of help, about a post or about conduct elsewhere. */
export function kindText(kind: HelpRequestKind, elsewhere = false): KindText {
  return (elsewhere && ELSEWHERE_KIND_TEXT[kind]) || KIND_TEXT[kind];
}

/** The translation keys for each status a requester sees. */
export const STATUS_TEXT: Record<HelpRequestStatus, string> = {
  waiting: "discourse_mediation.my_requests.statuses.waiting",
  mediating: "discourse_mediation.my_requests.statuses.mediating",
  resolved: "discourse_mediation.my_requests.statuses.resolved",
  in_review: "discourse_mediation.my_requests.statuses.in_review",
  concluded: "discourse_mediation.my_requests.statuses.concluded",
  withdrawn: "discourse_mediation.my_requests.statuses.withdrawn",
};

export function isUrgent(kind: HelpRequestKind): boolean {
  return kind === "unsafe";
}

import { i18n } from "discourse-i18n";
import { formatDate } from "../common/age";
import type { MyHelpRequest } from "../types/index";
import { kindText, STATUS_TEXT } from "./kinds";

/** One line of "My help requests", in words. */
export interface RequestRow {
  request: MyHelpRequest;
  kindLabel: string;
  statusLabel: string;
  askedOn: string;
  outcomeNote: string | null;
  /** Nothing more will happen: no "what happens next" line. */
  isOver: boolean;
}

export function requestRow(request: MyHelpRequest): RequestRow {
  return {
    request,
    kindLabel: i18n(
      kindText(request.kind, request.conduct_place === "elsewhere").label
    ),
    statusLabel: i18n(STATUS_TEXT[request.status]),
    askedOn: i18n("discourse_mediation.my_requests.requested_on", {
      date: formatDate(request.created_at),
    }),
    isOver: request.next_step.key === "none",
    outcomeNote: request.outcome_note
      ? i18n("discourse_mediation.my_requests.outcome_note", {
          note: request.outcome_note,
        })
      : null,
  };
}

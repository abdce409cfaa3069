import { i18n } from "discourse-i18n";
import { formatDateTime } from "../common/age";
import type { CaseContact } from "../types/index";

/**
 * What a report says about the mediator's contact with the person concerned,
 * sentence by sentence: the same facts the report topic gives the voters.
 */
export function contactSentences(
  contact: CaseContact,
  citesSilence: boolean
): string[] {
  if (!contact.contacted_at) {
    return [i18n("discourse_mediation.contact.not_reached")];
  }
  const sentences = [
    i18n("discourse_mediation.contact.reached", {
      date: formatDateTime(contact.contacted_at),
    }),
  ];
  if (contact.told_at) {
    sentences.push(i18n("discourse_mediation.contact.told"));
    if (citesSilence) {
      sentences.push(i18n("discourse_mediation.contact.silent"));
    }
  }
  return sentences;
}

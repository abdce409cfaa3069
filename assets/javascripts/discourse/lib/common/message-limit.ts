import { i18n } from "discourse-i18n";

/** Characters left before a message reaches `max`; negative when over. */
export function charactersLeft(message: string, max: number): number {
  return max - [...message].length;
}

/** The help modal's counter: characters left, or how many too many. */
export function messageCounter(message: string, max: number) {
  const left = charactersLeft(message, max);
  return {
    isOverLimit: left < 0,
    text:
      left < 0
        ? i18n("discourse_mediation.help_modal.message_too_long", {
            count: -left,
          })
        : i18n("discourse_mediation.help_modal.message_counter", {
            count: left,
          }),
  };
}

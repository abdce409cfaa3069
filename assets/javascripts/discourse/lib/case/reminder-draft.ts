import { tracked } from "@glimmer/tracking";
import { i18n } from "discourse-i18n";
import { toggled } from "./report-draft";

/** A private reminder while the mediator writes it: what it names, and its words. */
export class ReminderDraft {
  @tracked keys: string[] = [];
  @tracked message = i18n("discourse_mediation.resolve.reminder_text");

  toggle = (key: string, event: Event) => {
    this.keys = toggled(
      this.keys,
      key,
      (event.target as HTMLInputElement).checked
    );
  };

  update = (event: Event) => {
    this.message = (event.target as HTMLTextAreaElement).value;
  };
}

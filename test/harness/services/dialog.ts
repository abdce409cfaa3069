import Service from "@ember/service";
import type RealDialogService from "discourse/dialog-holder/services/dialog";

type AlertParams = Parameters<RealDialogService["alert"]>[0];

// Mirrors discourse/discourse frontend/dialog-holder/addon/services/dialog.js
// for `alert`: it records what it was asked to say instead of drawing core's
// dialog, and resolves as core's does once the dialog would be dismissed.
export default class DialogService extends Service {
  alerts: AlertParams[] = [];

  alert(params: AlertParams): Promise<void> {
    this.alerts.push(params);
    return Promise.resolve();
  }
}

import Service from "@ember/service";
import type RealComposerService from "discourse/services/composer";

type OpenOptions = NonNullable<Parameters<RealComposerService["open"]>[0]>;

/** Core's composer service (frontend/discourse/app/services/composer.js), recording what it was asked to open. */
export default class ComposerService
  extends Service
  implements Pick<RealComposerService, "open">
{
  opened: OpenOptions[] = [];

  open(options?: OpenOptions) {
    if (options) {
      this.opened.push(options);
    }
    return Promise.resolve();
  }
}

// Mirrors discourse/discourse frontend/discourse/app/ui-kit/modifiers/d-auto-focus.js:
// focuses the element once, when it is inserted (`preventScroll` defaults to
// true). Written against Ember's modifier manager, as ember-modifier does,
// since the harness does not ship that package.
import { capabilities, setModifierManager } from "@ember/modifier";
import type RealDAutoFocus from "discourse/ui-kit/modifiers/d-auto-focus";

interface ModifierArgs {
  named: { preventScroll?: boolean; selectText?: boolean };
}

class DAutoFocus {}

setModifierManager(
  () => ({
    capabilities: capabilities("3.22"),
    createModifier() {
      return { didFocus: false };
    },
    installModifier(
      state: { didFocus: boolean },
      element: HTMLElement,
      { named }: ModifierArgs
    ) {
      if (state.didFocus) {
        return;
      }
      element.autofocus = true;
      element.focus({ preventScroll: named.preventScroll ?? true });
      if (named.selectText) {
        (element as HTMLInputElement).select();
      }
      state.didFocus = true;
    },
    updateModifier() {},
    destroyModifier() {},
  }),
  DAutoFocus
);

export default DAutoFocus as unknown as typeof RealDAutoFocus;

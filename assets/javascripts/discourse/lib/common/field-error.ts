import { tracked } from "@glimmer/tracking";
import { announce } from "./announce";

/**
 * The one problem found in a form before sending, kept by the field it is
 * about: the field says `aria-invalid` and points at the error's id, and the
 * error is shown right after it (`FieldError`).
 */
class FieldErrorState {
  @tracked fieldId: string | null = null;
  @tracked text = "";
}

export const fieldErrorState = new FieldErrorState();

export function fieldErrorId(fieldId: string): string {
  return `${fieldId}-error`;
}

/**
 * Shows the problem beside the field, says it, and focuses the field, or the
 * first of `focus` found (the control inside a field that is not one itself).
 */
export function showFieldError(
  fieldId: string,
  text: string,
  focus?: string[]
) {
  fieldErrorState.fieldId = fieldId;
  fieldErrorState.text = text;
  announce(text, [...(focus ?? []), `#${CSS.escape(fieldId)}`]);
}

/** Clears the problem shown, or only the one beside `fieldId` when given. */
export function clearFieldError(fieldId?: string) {
  if (fieldId !== undefined && fieldErrorState.fieldId !== fieldId) {
    return;
  }
  if (fieldErrorState.fieldId !== null) {
    fieldErrorState.fieldId = null;
    fieldErrorState.text = "";
  }
}

export function fieldErrorFor(fieldId: string): string | null {
  return fieldErrorState.fieldId === fieldId ? fieldErrorState.text : null;
}

/** For a field's `aria-invalid`: "true" when it has a problem (or `also`). */
export function invalidIf(fieldId: string, also?: unknown): "true" | undefined {
  return fieldErrorFor(fieldId) !== null || also ? "true" : undefined;
}

/** A field's `aria-describedby`: its own hints, then its error when shown. */
export function describedBy(fieldId: string, ...ids: string[]): string {
  const error = fieldErrorFor(fieldId) !== null ? [fieldErrorId(fieldId)] : [];
  return [...ids, ...error].join(" ");
}

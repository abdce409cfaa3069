import { i18n } from "discourse-i18n";
import { formatDateTime } from "../common/age";
import type {
  CoolDownMode,
  CoolDownOptions,
  CoolDownRequest,
} from "../types/index";

const MODE_TEXT: Record<CoolDownMode, { label: string; description: string }> =
  {
    slow_mode: {
      label: "discourse_mediation.cool_down.modes.slow_mode.label",
      description: "discourse_mediation.cool_down.modes.slow_mode.description",
    },
    close: {
      label: "discourse_mediation.cool_down.modes.close.label",
      description: "discourse_mediation.cool_down.modes.close.description",
    },
  };

/** The longest a cool-down of this mode may last, as the server sent it. */
export function maxHours(options: CoolDownOptions, mode: CoolDownMode) {
  return mode === "close"
    ? options.max_close_hours
    : options.max_slow_mode_hours;
}

export function modeChoices(chosen: CoolDownMode) {
  return (Object.keys(MODE_TEXT) as CoolDownMode[]).map((mode) => ({
    mode,
    inputId: `mediation-cool-down-${mode}`,
    isChosen: mode === chosen,
    label: i18n(MODE_TEXT[mode].label),
    description: i18n(MODE_TEXT[mode].description),
  }));
}

export function intervalChoices(options: CoolDownOptions, chosen: number) {
  return options.slow_mode_intervals.map((seconds) => ({
    seconds,
    isChosen: seconds === chosen,
    label: i18n("discourse_mediation.cool_down.interval_option", {
      count: seconds / 60,
    }),
  }));
}

export function hoursHint(options: CoolDownOptions, mode: CoolDownMode) {
  return i18n("discourse_mediation.cool_down.hours_hint", {
    max: maxHours(options, mode),
  });
}

const TIMER_KINDS = new Set([
  "close",
  "open",
  "publish_to_category",
  "delete",
  "bump",
  "delete_replies",
  "silent_close",
]);

/** What a timed close would replace, in words; null when nothing would be. */
export function timerWarning(
  options: CoolDownOptions,
  mode: CoolDownMode
): string | null {
  const timer = options.existing_timer;
  if (mode !== "close" || !timer) {
    return null;
  }
  const kind = TIMER_KINDS.has(timer.kind) ? timer.kind : "other";
  return i18n("discourse_mediation.cool_down.timer_warning", {
    what: i18n(`discourse_mediation.cool_down.timer_kinds.${kind}`),
    date: formatDateTime(timer.execute_at),
  });
}

/** Everything the form shows for the mode and interval chosen so far. */
export function coolDownForm(
  options: CoolDownOptions,
  mode: CoolDownMode,
  intervalSeconds: number
) {
  return {
    modes: modeChoices(mode),
    intervals: intervalChoices(options, intervalSeconds),
    isSlowMode: mode === "slow_mode",
    maxHours: maxHours(options, mode),
    hoursHint: hoursHint(options, mode),
    timerWarning: timerWarning(options, mode),
  };
}

/** The same limits the server checks, or null when the request may go. */
export function coolDownProblem(
  options: CoolDownOptions,
  request: CoolDownRequest
): string | null {
  const { hours, mode, reason } = request;
  if (
    !Number.isInteger(hours) ||
    hours < 1 ||
    hours > maxHours(options, mode)
  ) {
    return hoursHint(options, mode);
  }
  if (!reason.trim()) {
    return i18n("discourse_mediation.cool_down.reason_required");
  }
  if (timerWarning(options, mode) && !request.replace_timer) {
    return i18n("discourse_mediation.cool_down.replace_timer_required");
  }
  return null;
}

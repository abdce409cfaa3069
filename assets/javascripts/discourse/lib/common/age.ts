import { i18n } from "discourse-i18n";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago something happened, in the largest whole unit: "3 hours". */
export function age(since: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(since));
  if (elapsed >= DAY) {
    return i18n("discourse_mediation.age.days", {
      count: Math.floor(elapsed / DAY),
    });
  }
  if (elapsed >= HOUR) {
    return i18n("discourse_mediation.age.hours", {
      count: Math.floor(elapsed / HOUR),
    });
  }
  return i18n("discourse_mediation.age.minutes", {
    count: Math.floor(elapsed / MINUTE),
  });
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

export function formatDateTime(value: string): string {
  return dateTimeFormat.format(new Date(value));
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function formatDate(value: string): string {
  return dateFormat.format(new Date(value));
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeZone: "UTC",
});

/** A day the server sends as "YYYY-MM-DD", the same day in every time zone. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

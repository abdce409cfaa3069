import { i18n } from "discourse-i18n";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** "2 days 5 hours left", "3 hours left", "less than an hour left". */
export function timeLeft(until: string, now: Date): string {
  const left = Date.parse(until) - now.getTime();
  if (left <= 0) {
    return i18n("discourse_mediation.time_left.none");
  }
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  if (days > 0) {
    return i18n("discourse_mediation.time_left.days_hours", {
      days: i18n("discourse_mediation.age.days", { count: days }),
      hours: i18n("discourse_mediation.age.hours", { count: hours }),
    });
  }
  if (hours > 0) {
    return i18n("discourse_mediation.time_left.hours", {
      hours: i18n("discourse_mediation.age.hours", { count: hours }),
    });
  }
  return i18n("discourse_mediation.time_left.under_an_hour");
}

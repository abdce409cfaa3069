import { i18n } from "discourse-i18n";

// The first-response clock of a case: how long mediators have left to pick it
// up, or how late they are. The server sends the due time (from the
// `mediation_first_response_hours` setting); the clock only compares it with now.

export type ResponseClockStatus =
  | "due" // nobody has responded, and there is time left
  | "late" // nobody has responded, and the time is up
  | "answered" // a mediator responded in time
  | "answered_late"; // a mediator responded, after the time was up

export interface ResponseClock {
  status: ResponseClockStatus;
  /** Whole hours left (due), overdue (late), or taken to respond (answered). */
  hours: number;
}

const HOUR = 60 * 60 * 1000;

export function responseClock(
  createdAt: string,
  dueAt: string,
  firstResponseAt: string | null,
  now: Date
): ResponseClock {
  const due = Date.parse(dueAt);

  if (firstResponseAt) {
    const answered = Date.parse(firstResponseAt);
    return {
      status: answered > due ? "answered_late" : "answered",
      hours: Math.floor((answered - Date.parse(createdAt)) / HOUR),
    };
  }

  const left = due - now.getTime();
  return left >= 0
    ? { status: "due", hours: Math.floor(left / HOUR) }
    : { status: "late", hours: Math.floor(-left / HOUR) };
}

const CLOCK_TEXT: Record<ResponseClockStatus, string> = {
  due: "discourse_mediation.clock.due",
  late: "discourse_mediation.clock.late",
  answered: "discourse_mediation.clock.answered",
  answered_late: "discourse_mediation.clock.answered_late",
};

/** "12 h left to respond", "3 h late", "answered in 2 h". */
export function responseClockText({ status, hours }: ResponseClock): string {
  return i18n(CLOCK_TEXT[status], { count: hours });
}

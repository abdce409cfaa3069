import { i18n } from "discourse-i18n";
import { charactersLeft } from "../common/message-limit";
import type { EvidenceLimits } from "../types/index";

// The server's own checks of a piece of evidence, made before anything is
// sent, so the member hears what is wrong beside the field. Each answers the
// words for the problem, or null when there is none.

function tooLong(text: string, max: number): string | null {
  return charactersLeft(text, max) < 0
    ? i18n("discourse_mediation.too_long", { count: max })
    : null;
}

/** An http(s) address with a host, at most `evidence_link` characters. */
export function linkProblem(
  url: string,
  limits: EvidenceLimits
): string | null {
  const address = url.trim();
  if (!address) {
    return i18n("discourse_mediation.evidence.link_required");
  }
  const long = tooLong(address, limits.evidence_link);
  if (long) {
    return long;
  }
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return i18n("discourse_mediation.evidence.link_invalid");
  }
  return ["http:", "https:"].includes(parsed.protocol) && parsed.hostname
    ? null
    : i18n("discourse_mediation.evidence.link_invalid");
}

/** Quoted text: not blank, at most `evidence_quote` characters once trimmed. */
export function quoteProblem(
  quote: string,
  limits: EvidenceLimits
): string | null {
  const text = quote.trim();
  return text
    ? tooLong(text, limits.evidence_quote)
    : i18n("discourse_mediation.evidence.quote_required");
}

/** The note is optional, at most `evidence_note` characters. */
export function noteProblem(
  note: string,
  limits: EvidenceLimits
): string | null {
  return tooLong(note.trim(), limits.evidence_note);
}

/** A size in bytes as people read it: "820 KB", "4.5 MB". */
export function fileSize(bytes: number): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) {
    return i18n("discourse_mediation.evidence.kilobytes", {
      count: Math.max(1, Math.round(kilobytes)),
    });
  }
  const megabytes = Math.round((kilobytes / 1024) * 10) / 10;
  return i18n("discourse_mediation.evidence.megabytes", { count: megabytes });
}

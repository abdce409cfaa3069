import type { EvidenceKind } from "../types/index";

/** The kinds of evidence, in the order the form offers them. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  "link",
  "quote",
  "upload",
];

/** How each kind is named where one is chosen. */
export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, string> = {
  link: "discourse_mediation.evidence.kinds.link",
  quote: "discourse_mediation.evidence.kinds.quote",
  upload: "discourse_mediation.evidence.kinds.upload",
};

import { getOwner } from "@ember/owner";
import { i18n } from "discourse-i18n";
import type { EvidenceLimits } from "../types/index";
import { fileSize } from "./checks";

/**
 * Core's client site settings about uploads (config/site_settings.yml,
 * `files:`), which core's POST /uploads.json enforces.
 */
export interface CoreUploadSettings {
  authorized_extensions: string;
  authorized_extensions_for_staff: string;
  max_attachment_size_kb: number;
  max_image_size_kb: number;
}

/** What a file given as evidence may be, from core's rules and the plugin's. */
export interface UploadRules {
  /** Lower-case extensions without the dot; null when any file is allowed. */
  extensions: string[] | null;
  imageKb: number;
  otherKb: number;
}

// The file types core treats as images, whose own size limit applies.
const IMAGE_EXTENSIONS = new Set([
  "jpg",
  "jpeg",
  "png",
  "gif",
  "webp",
  "avif",
  "heic",
  "heif",
  "svg",
  "ico",
]);

function listOf(setting: string | undefined): string[] {
  return (setting ?? "")
    .split("|")
    .map((extension) => extension.trim().toLowerCase().replace(/^\./, ""))
    .filter(Boolean);
}

/** The extension of a file's name, lower case, or "" when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The stricter of core's limits and the plugin's `evidence_upload_kb`. */
export function uploadRules(
  limits: EvidenceLimits,
  settings: Partial<CoreUploadSettings> | null,
  isStaff = false
): UploadRules {
  const extensions = [
    ...listOf(settings?.authorized_extensions),
    ...(isStaff ? listOf(settings?.authorized_extensions_for_staff) : []),
  ];
  const own = limits.evidence_upload_kb;
  return {
    extensions:
      !settings || extensions.includes("*") ? null : [...new Set(extensions)],
    imageKb: Math.min(own, settings?.max_image_size_kb ?? own),
    otherKb: Math.min(own, settings?.max_attachment_size_kb ?? own),
  };
}

/** The rules for the forum a component is in: core's settings, for its user. */
export function siteUploadRules(
  context: object,
  limits: EvidenceLimits
): UploadRules {
  const owner = getOwner(context);
  const settings = owner?.lookup("service:site-settings") as
    | Partial<CoreUploadSettings>
    | undefined;
  const user = owner?.lookup("service:current-user") as
    | { staff?: boolean }
    | undefined;
  return uploadRules(limits, settings ?? null, Boolean(user?.staff));
}

/** The file input's `accept`: the types core takes, or every type. */
export function acceptedTypes(rules: UploadRules): string | undefined {
  return rules.extensions?.map((extension) => `.${extension}`).join(",");
}

/** Checked before any byte is sent: the file's type, then its size. */
export function fileProblem(
  file: File | null,
  rules: UploadRules
): string | null {
  if (!file) {
    return i18n("discourse_mediation.evidence.file_required");
  }
  const extension = extensionOf(file.name);
  if (rules.extensions && !rules.extensions.includes(extension)) {
    return i18n("discourse_mediation.evidence.file_type_refused", {
      extensions: rules.extensions.join(", "),
    });
  }
  const maxKb = IMAGE_EXTENSIONS.has(extension) ? rules.imageKb : rules.otherKb;
  return file.size > maxKb * 1024
    ? i18n("discourse_mediation.evidence.file_too_large", {
        size: fileSize(maxKb * 1024),
      })
    : null;
}

/** What the file field says it takes, built from the same rules. */
export function fileHint(rules: UploadRules): string {
  const image = fileSize(rules.imageKb * 1024);
  const other = fileSize(rules.otherKb * 1024);
  const size =
    image === other
      ? i18n("discourse_mediation.evidence.file_size", { size: image })
      : i18n("discourse_mediation.evidence.file_sizes", { image, other });
  return rules.extensions
    ? i18n("discourse_mediation.evidence.file_hint", {
        extensions: rules.extensions.join(", "),
        size,
      })
    : i18n("discourse_mediation.evidence.file_hint_any", { size });
}

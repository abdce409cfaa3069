/**
 * Core's upload settings the plugin reads, at their defaults in core's
 * config/site_settings.yml (the `files:` group, each `client: true`): the
 * siteSettings stand-in serves them, and the preview's stand-in for
 * POST /uploads.json checks files against them.
 */
export const CORE_FILE_SETTINGS = {
  authorized_extensions: "jpg|jpeg|png|gif|heic|heif|webp",
  authorized_extensions_for_staff: "",
  max_attachment_size_kb: 4096,
  max_image_size_kb: 4096,
};

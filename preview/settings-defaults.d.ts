// Built by preview/settings-defaults.mjs: each setting's default, by name.
declare module "virtual:mediation-settings" {
  const defaults: Record<string, string | number | boolean>;

  export default defaults;
}

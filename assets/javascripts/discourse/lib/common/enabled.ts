import type Owner from "@ember/owner";

/** Whether an admin has turned mediation on (`mediation_enabled`, a client setting). */
export function mediationEnabled(owner: Owner): boolean {
  const siteSettings = owner.lookup("service:site-settings") as {
    mediation_enabled?: boolean;
  };
  return Boolean(siteSettings.mediation_enabled);
}

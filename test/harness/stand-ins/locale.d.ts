declare module "virtual:mediation-client-locale" {
  const translations: Record<string, unknown>;

  export default translations;
}

declare module "@embroider/macros/src/addon/runtime" {
  export function getGlobalConfig(): Record<string, unknown>;
}

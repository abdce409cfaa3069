import { tracked } from "@glimmer/tracking";
import { waitForPromise } from "@ember/test-waiters";

/**
 * Code that a topic page does not show on first paint (a modal, the ballot
 * panel), fetched the first time it is needed. With `staticModules` in
 * about.json, Discourse builds each `import()` into a chunk of its own
 * (docs/developer-guides/docs/03-code-internals/31-bundle-splitting-for-plugins.md);
 * the promise is registered with the test waiters so that tests wait for it.
 */
export class LazyModule<T> {
  /** The module's default export, once fetched. */
  @tracked loaded: T | undefined;
  /** Whether the last attempt failed (a later `load()` tries again). */
  @tracked failed = false;
  /** Whether a fetch is on its way. */
  @tracked loading = false;

  #loading: Promise<T> | null = null;
  readonly #loader: () => Promise<{ default: T }>;

  constructor(loader: () => Promise<{ default: T }>) {
    this.#loader = loader;
  }

  load(): Promise<T> {
    if (!this.#loading) {
      this.loading = true;
      this.#loading = waitForPromise(
        this.#loader().then(
          (module) => {
            this.loading = false;
            this.failed = false;
            this.loaded = module.default;
            return module.default;
          },
          (error: unknown) => {
            this.#loading = null;
            this.loading = false;
            this.failed = true;
            throw error;
          }
        )
      );
    }
    return this.#loading;
  }
}

/**
 * Parts of the content script that a frame needs only sometimes (the card's UI, the matcher's wordings)
 * are built as files of their own (unlisted scripts of the extension) and run in the content script's
 * world by an `import()` of their address, the first time a frame needs them. A chunk hands over what it
 * holds with registerChunk under its name: a registered symbol on the content script's own global, which
 * the page cannot see.
 */

const slot = (name: string): symbol => Symbol.for(`maglens.${name}`);

/** Called by a chunk when it runs. */
export function registerChunk(name: string, value: unknown): void {
  (globalThis as Record<symbol, unknown>)[slot(name)] = value;
}

export interface ChunkLoader<T> {
  /** What the chunk registered, if it has loaded; else null. */
  ready(): T | null;
  /** Loads the chunk (once; a failed load is tried again on the next call). */
  load(): Promise<T>;
}

/** A loader for the chunk `name` around `runChunk`, which evaluates it (an `import()` of its address). */
export function createChunkLoader<T>(name: string, runChunk: () => Promise<unknown>): ChunkLoader<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    ready: () => value,
    load() {
      if (value) return Promise.resolve(value);
      pending ??= runChunk().then(
        () => {
          value = ((globalThis as Record<symbol, unknown>)[slot(name)] as T | undefined) ?? null;
          if (!value) throw new Error(`the ${name} chunk ran but registered nothing`);
          return value;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

/** A loader for a value that is already here (tests, and the benchmark). */
export function loadedChunk<T>(value: T): ChunkLoader<T> {
  return { ready: () => value, load: () => Promise.resolve(value) };
}

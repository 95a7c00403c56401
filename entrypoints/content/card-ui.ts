import type { VirtualElement } from '@floating-ui/dom';
import type { TermCardProps } from '@/components/card/TermCard';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import type { Placement } from './card-position';

/**
 * The card's UI (Preact, floating-ui, the card components, every card's text) is not in the content
 * script that runs in every frame: it is the card chunk (entrypoints/card-chunk.ts), loaded the first
 * time a page needs a card and then kept. The chunk puts this interface on its global when it runs.
 */
export interface CardUi {
  /** The card's stylesheet, for its shadow root. */
  css: string;
  /** Everything a card shows for a term, its topic, and the names of its related terms. */
  term(termId: string): { term: CardTerm; topic: Topic | undefined; related: string[] } | null;
  renderTerm(mount: HTMLElement, props: TermCardProps): void;
  renderNotFound(mount: HTMLElement, props: { text: string; onClose: () => void }): void;
  unmount(mount: HTMLElement): void;
  /** Keeps the card next to its reference until the returned function is called. */
  follow(
    reference: VirtualElement,
    floating: HTMLElement,
    onPlaced: (placement: Placement) => void,
  ): () => void;
}

/** Where the chunk lands in the built extension (a web-accessible resource: see PRIVACY.md). */
export const CARD_CHUNK_PATH = '/card-chunk.js';

/** The chunk's global: a registered symbol, in the content script's own world (the page can't see it). */
const CARD_UI = Symbol.for('maglens.card-ui');

/** Called by the chunk when it runs. */
export function registerCardUi(ui: CardUi): void {
  (globalThis as Record<symbol, unknown>)[CARD_UI] = ui;
}

export interface CardUiLoader {
  /** The UI if it has loaded, else null. */
  ready(): CardUi | null;
  /** Loads the UI (once; a failed load is tried again on the next call). */
  load(): Promise<CardUi>;
}

/** A loader around `runChunk`, which evaluates the chunk (an `import()` of its URL in the extension). */
export function createCardUiLoader(runChunk: () => Promise<unknown>): CardUiLoader {
  let ui: CardUi | null = null;
  let pending: Promise<CardUi> | null = null;
  return {
    ready: () => ui,
    load() {
      if (ui) return Promise.resolve(ui);
      pending ??= runChunk().then(
        () => {
          ui = registered();
          if (!ui) throw new Error('the card chunk ran but registered nothing');
          return ui;
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

/** A loader for a UI that is already here (tests, and the benchmark). */
export function loadedCardUi(ui: CardUi): CardUiLoader {
  return { ready: () => ui, load: () => Promise.resolve(ui) };
}

function registered(): CardUi | null {
  return ((globalThis as Record<symbol, unknown>)[CARD_UI] as CardUi | undefined) ?? null;
}

import type { VirtualElement } from '@floating-ui/dom';
import type { TermCardProps } from '@/components/card/TermCard';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import type { Placement } from './card-position';
import { type ChunkLoader, createChunkLoader, loadedChunk, registerChunk } from './chunk-loader';

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

/** Called by the chunk when it runs. */
export function registerCardUi(ui: CardUi): void {
  registerChunk('card-ui', ui);
}

export type CardUiLoader = ChunkLoader<CardUi>;

/** A loader around `runChunk`, which evaluates the chunk (an `import()` of its URL in the extension). */
export function createCardUiLoader(runChunk: () => Promise<unknown>): CardUiLoader {
  return createChunkLoader<CardUi>('card-ui', runChunk);
}

/** A loader for a UI that is already here (tests, and the benchmark). */
export function loadedCardUi(ui: CardUi): CardUiLoader {
  return loadedChunk(ui);
}

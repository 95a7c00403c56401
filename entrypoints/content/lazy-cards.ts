import type { CardController, EffectiveSettings, MarkHit } from './contracts';

/** Starts a frame's cards (frame-cards.ts startFrameCards, from the marking chunk). */
export type StartCards = () => CardController;

export interface LazyCards extends CardController {
  /** Starts the cards with `start` now, if they have not started (later calls do nothing). */
  start(start: StartCards): CardController;
}

/**
 * The content script's cards before the marking chunk has loaded: nothing is shown and nothing listens
 * to the page; a card asked for (a command, a message) loads the chunk with `load` and opens once it has.
 * Settings changed meanwhile reach the cards through `start`, which reads them when it runs.
 */
export function createLazyCards(load: () => Promise<StartCards>, signal: AbortSignal): LazyCards {
  let cards: CardController | null = null;
  const start = (make: StartCards) => {
    cards ??= make();
    return cards;
  };
  /** Runs `use` on the cards, now or once they have started (never after the content script stops). */
  const withCards = (use: (started: CardController) => void) => {
    if (cards) use(cards);
    else
      void load().then((make) => {
        if (!signal.aborted) use(start(make));
      });
  };
  return {
    start,
    open: (hit: MarkHit, options: { focus: boolean }) => withCards((c) => c.open(hit, options)),
    notFound: (text: string) => withCards((c) => c.notFound(text)),
    close: () => cards?.close(),
    applySettings: (settings: EffectiveSettings) => cards?.applySettings(settings),
    host: () => cards?.host() ?? null,
    shownHit: () => cards?.shownHit() ?? null,
  };
}

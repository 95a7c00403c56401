import { cardActions } from './card-actions';
import { createCardController } from './card-controller';
import type { CardController, CardControllerOptions } from './contracts';
import { watchTouchSheet } from './touch-sheet';

/** What a frame's cards need from the content script (the layout is the touch sheet's, made here, and the
 * buttons do what card-actions.ts says, on a page as in the PDF viewer). */
export type FrameCardsOptions = Omit<CardControllerOptions, 'layout' | 'actions'>;

/**
 * A frame's card triggers, controller, keyboard walk and touch sheet, with their page listeners: in the
 * marking chunk, started when a frame's text first holds a candidate or a card is first asked for. The PDF
 * viewer starts its cards with this too.
 */
export function startFrameCards(options: FrameCardsOptions): CardController {
  const sheet = watchTouchSheet({
    host: () => cards.host(),
    close: () => cards.close(),
    signal: options.signal,
  });
  const cards = createCardController({ ...options, actions: cardActions, layout: () => sheet.layout() });
  return cards;
}

import { createReceiver, type Handlers, toPage } from '@/utils/messages';
import type { CardController, PageMarks } from './contracts';

export interface PageMessageContext {
  marks: PageMarks;
  cards: CardController;
  /** Whether MagLens is on where this page comes from (the effective settings' siteOn). */
  active: () => boolean;
  /** What the popup shows as the page: its address and title. */
  page: () => { url: string; title: string };
  frame: 'top' | 'sub';
}

/**
 * What a marked page answers the popup, the context menu and the keyboard commands: one set of handlers
 * for a web page's content script and for the PDF viewer, which marks its text layer the same way.
 */
export function pageMessageHandlers(context: PageMessageContext): Handlers<typeof toPage> {
  const { marks, cards } = context;
  return {
    ping: () => ({ ok: true, frame: context.frame }) as const,
    'page-terms': () => ({ terms: marks.terms(), active: context.active(), ...context.page() }),
    'reveal-term': (message) => ({ found: marks.reveal(message.termId) }),
    'show-card': (message) => {
      // The keyboard command sends no text: use the selection when it is a marked wording, else the card
      // already open (one that keyboard focus opened: the command moves focus into it), else the first in view.
      const selected = message.text === undefined ? window.getSelection()?.toString().trim() : '';
      const hit = message.text
        ? marks.findByText(message.text)
        : ((selected ? marks.findByText(selected) : null) ?? cards.shownHit() ?? marks.firstInView());
      if (hit) cards.open(hit, { focus: message.focus });
      else if (message.text) cards.notFound(message.text);
      return { shown: !!hit };
    },
    'move-term': (message) => {
      // From an open card, the move goes on from its term; else from the current term or the viewport.
      const moved = marks.step(message.direction, cards.shownHit());
      if (!moved) return { shown: false };
      cards.open(moved.hit, { focus: true });
      return { shown: true, index: moved.index, total: moved.total };
    },
  };
}

/** A `runtime.onMessage` listener's body for those handlers: each message is checked, then handled. */
export function createPageReceiver(context: PageMessageContext) {
  return createReceiver(toPage, pageMessageHandlers(context));
}

import { describe, expect, it, vi } from 'vitest';
import { createReceiver, toPage } from '@/utils/messages';
import type { CardController, MarkHit, PageMarks } from './contracts';
import { pageMessageHandlers } from './page-messages';

const hit = (termId: string, text: string): MarkHit => ({ termId, text, range: document.createRange() });

function setUp(marked: MarkHit[], shown: MarkHit | null = null) {
  let current = -1;
  const marks = {
    terms: () => [],
    reveal: vi.fn(() => marked.length > 0),
    findByText: (text: string) => marked.find((m) => m.text.toLowerCase() === text.toLowerCase()) ?? null,
    firstInView: () => marked[0] ?? null,
    step: (direction: 'next' | 'previous') => {
      if (marked.length === 0) return null;
      current = (current + (direction === 'next' ? 1 : -1) + marked.length) % marked.length;
      return { hit: marked[current] as MarkHit, index: current, total: marked.length };
    },
  } as unknown as PageMarks;
  const cards = { open: vi.fn(), notFound: vi.fn(), shownHit: () => shown } as unknown as CardController;
  const receive = createReceiver(
    toPage,
    pageMessageHandlers({
      marks,
      cards,
      active: () => true,
      page: () => ({ url: 'https://example.org/a', title: 'A page' }),
      frame: 'top',
    }),
  );
  return { cards, receive: (message: unknown) => receive(message, {}) };
}

describe('what a marked page answers', () => {
  it('moves to the next and previous term, wrapping, and opens each card with focus', async () => {
    const { cards, receive } = setUp([hit('insomnia', 'insomnia'), hit('ppi', 'PPIs')]);
    expect(await receive({ type: 'move-term', direction: 'next' })).toEqual({
      shown: true,
      index: 0,
      total: 2,
    });
    expect(await receive({ type: 'move-term', direction: 'previous' })).toEqual({
      shown: true,
      index: 1,
      total: 2,
    });
    expect(cards.open).toHaveBeenLastCalledWith(expect.objectContaining({ termId: 'ppi' }), { focus: true });
  });

  it('says no move happened on a page without marks', async () => {
    const { cards, receive } = setUp([]);
    expect(await receive({ type: 'move-term', direction: 'next' })).toEqual({ shown: false });
    expect(cards.open).not.toHaveBeenCalled();
  });

  it('opens the card of a looked-up wording, or says it is not in MagLens', async () => {
    const { cards, receive } = setUp([hit('ppi', 'PPIs')]);
    expect(await receive({ type: 'show-card', text: 'ppis', focus: true })).toEqual({ shown: true });
    expect(await receive({ type: 'show-card', text: 'zinc', focus: true })).toEqual({ shown: false });
    expect(cards.notFound).toHaveBeenCalledWith('zinc');
  });

  it('the open-card command moves into the card already open (one keyboard focus opened), else the first in view', async () => {
    const insomnia = hit('insomnia', 'insomnia');
    const ppi = hit('ppi', 'PPIs');
    const open = setUp([insomnia, ppi], ppi);
    expect(await open.receive({ type: 'show-card', focus: true })).toEqual({ shown: true });
    expect(open.cards.open).toHaveBeenLastCalledWith(ppi, { focus: true });
    const none = setUp([insomnia, ppi]);
    await none.receive({ type: 'show-card', focus: true });
    expect(none.cards.open).toHaveBeenLastCalledWith(insomnia, { focus: true });
  });

  it('gives the popup the page it is on', async () => {
    const { receive } = setUp([]);
    expect(await receive({ type: 'page-terms' })).toEqual({
      terms: [],
      active: true,
      url: 'https://example.org/a',
      title: 'A page',
    });
  });
});

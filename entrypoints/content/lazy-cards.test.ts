import { describe, expect, it, vi } from 'vitest';
import type { CardController, MarkHit } from './contracts';
import { createLazyCards } from './lazy-cards';

function fakeCards(): CardController & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    open: (hit) => opened.push(hit.termId),
    notFound: (text) => opened.push(`not found: ${text}`),
    close: vi.fn(),
    applySettings: vi.fn(),
    host: () => null,
    shownHit: () => null,
  };
}

const hit = { termId: 'insomnia', text: 'insomnia', range: null } as unknown as MarkHit;

describe('the cards before the marking chunk has loaded', () => {
  it('load the chunk for a card asked for, start once, and open it', async () => {
    const cards = fakeCards();
    const make = vi.fn(() => cards);
    const load = vi.fn(() => Promise.resolve(make));
    const lazy = createLazyCards(load, new AbortController().signal);
    expect(lazy.host()).toBeNull();
    expect(lazy.shownHit()).toBeNull();
    lazy.close();
    expect(load).not.toHaveBeenCalled();

    lazy.open(hit, { focus: true });
    lazy.notFound('zinc');
    await vi.waitFor(() => expect(cards.opened).toEqual(['insomnia', 'not found: zinc']));
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('start with the chunk the scanner loaded, and pass settings on from then', () => {
    const cards = fakeCards();
    const load = vi.fn();
    const lazy = createLazyCards(load, new AbortController().signal);
    lazy.start(() => cards);
    lazy.start(() => fakeCards());
    lazy.open(hit, { focus: false });
    expect(cards.opened).toEqual(['insomnia']);
    lazy.applySettings({} as never);
    expect(cards.applySettings).toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  it('open nothing once the content script has stopped', async () => {
    const cards = fakeCards();
    const stop = new AbortController();
    const lazy = createLazyCards(() => Promise.resolve(() => cards), stop.signal);
    lazy.open(hit, { focus: true });
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cards.opened).toEqual([]);
  });
});

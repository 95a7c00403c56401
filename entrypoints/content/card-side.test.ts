import { describe, expect, it } from 'vitest';
import type { Box } from './card-position';
import { planCardSide, type SideInput } from './card-side';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const base = {
  viewport: { width: 1280, height: 800 },
  card: { width: 400, height: 500 },
  gap: 8,
  padding: 8,
  maxReach: 120,
} satisfies Partial<SideInput>;

describe('planCardSide', () => {
  it('puts the card beside a narrow text column, level with the term, when the window has room', () => {
    const term = box(660, 200, 740, 220);
    const plan = planCardSide({ ...base, term, block: box(200, 180, 760, 300) });
    expect(plan).toEqual({
      side: 'right-start',
      reference: { left: 200, right: 760, top: 200, bottom: 220 },
    });
  });

  it('narrows the card to a margin beside the column down to its least width, and not below', () => {
    const term = box(900, 200, 960, 220);
    // A 680 px column in a 1440 px window: 380 px margins, room for a 364 px card.
    const plan = planCardSide({
      ...base,
      viewport: { width: 1440, height: 800 },
      minWidth: 320,
      term,
      block: box(380, 180, 1060, 300),
    });
    expect(plan).toEqual({
      side: 'right-start',
      reference: { left: 380, right: 1060, top: 200, bottom: 220 },
      width: 364,
    });
    // The same column in a 1280 px window: 300 px margins are too narrow; the card goes under the paragraph.
    const narrow = planCardSide({
      ...base,
      minWidth: 320,
      term: box(820, 200, 880, 220),
      block: box(300, 180, 980, 300),
    });
    expect(narrow.side).toBe('bottom-start');
    expect(narrow.width).toBeUndefined();
  });

  it('uses the left side when only it has room', () => {
    const plan = planCardSide({ ...base, term: box(620, 200, 700, 220), block: box(600, 180, 1100, 300) });
    expect(plan.side).toBe('left-start');
  });

  it('does not go beside the column for a term far from its edge, which the pointer could not reach in time', () => {
    const card = { width: 400, height: 300 };
    const plan = planCardSide({
      ...base,
      card,
      term: box(210, 200, 290, 220),
      block: box(200, 180, 760, 300),
    });
    // Under the paragraph instead, which is near.
    expect(plan.side).toBe('bottom-start');
    expect(plan.reference.bottom).toBe(300);
  });

  it('goes under the whole paragraph, not under the term, when the column is wide and there is room', () => {
    const term = box(300, 100, 380, 120);
    const plan = planCardSide({ ...base, term, block: box(100, 90, 1100, 200) });
    expect(plan).toEqual({
      side: 'bottom-start',
      reference: { left: 300, right: 380, top: 90, bottom: 200 },
    });
  });

  it('goes under the paragraph when its essentials fit there, the rest of the card scrolling', () => {
    // 800 - 390 = 410 px under the paragraph for a 500 px card whose essentials take 300.
    const card = { width: 400, height: 500, essentials: 300 };
    const plan = planCardSide({
      ...base,
      card,
      term: box(300, 300, 380, 320),
      block: box(100, 290, 1100, 390),
    });
    expect(plan).toEqual({
      side: 'bottom-start',
      reference: { left: 300, right: 380, top: 290, bottom: 390 },
    });
    // 300 px under this paragraph, too little for the essentials, and its top is out of reach: the card
    // goes by the term's line.
    const tooLittle = planCardSide({
      ...base,
      card,
      term: box(300, 400, 380, 420),
      block: box(100, 250, 1100, 500),
    });
    expect(tooLittle).toEqual({ side: 'bottom-start', reference: box(300, 400, 380, 420) });
  });

  it('by a line in the middle of the window, goes to the side with room for the essentials', () => {
    const long = box(100, -400, 1100, 1200);
    const card = { width: 400, height: 700, essentials: 360 };
    // Neither side holds all of the card; both hold its essentials: under, as usual.
    expect(planCardSide({ ...base, card, term: box(300, 390, 380, 410), block: long }).side).toBe(
      'bottom-start',
    );
    // Only the room over the line holds them.
    expect(planCardSide({ ...base, card, term: box(300, 430, 380, 450), block: long }).side).toBe(
      'top-start',
    );
  });

  it('goes over the paragraph when the card fits there and not under it', () => {
    const plan = planCardSide({ ...base, term: box(300, 700, 380, 720), block: box(100, 600, 1100, 760) });
    expect(plan.side).toBe('top-start');
    expect(plan.reference.top).toBe(600);
  });

  it('stays by the term in a long paragraph, on the side with more room', () => {
    const long = box(100, -400, 1100, 1200);
    expect(planCardSide({ ...base, term: box(300, 500, 380, 520), block: long })).toEqual({
      side: 'top-start',
      reference: box(300, 500, 380, 520),
    });
    expect(planCardSide({ ...base, term: box(300, 200, 380, 220), block: long }).side).toBe('bottom-start');
  });

  it('goes under the term when nothing is known of its paragraph', () => {
    expect(planCardSide({ ...base, term: box(300, 100, 380, 120), block: null }).side).toBe('bottom-start');
  });
});

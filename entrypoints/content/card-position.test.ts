import { describe, expect, it } from 'vitest';
import {
  type Box,
  boxReference,
  CARD_GAP,
  fitSheet,
  followSheet,
  groupLines,
  isEmptyBox,
  MAX_HEIGHT_PROPERTY,
  MIN_CARD_HEIGHT,
  pickLine,
  rangeReference,
  SHEET_MAX_SHARE,
} from './card-position';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('groupLines', () => {
  it('merges the boxes of a term split across <em> on one line into one box', () => {
    expect(groupLines([box(10, 100, 60, 118), box(60, 101, 110, 117)])).toEqual([box(10, 100, 110, 118)]);
  });

  it('keeps the lines of a term that wraps apart, in order', () => {
    const lines = groupLines([box(500, 100, 600, 118), box(0, 122, 40, 140)]);
    expect(lines).toEqual([box(500, 100, 600, 118), box(0, 122, 40, 140)]);
  });

  it('ignores empty boxes', () => {
    expect(groupLines([box(0, 0, 0, 0), box(5, 5, 25, 20)])).toEqual([box(5, 5, 25, 20)]);
  });
});

describe('pickLine', () => {
  const lines = [box(500, 100, 600, 118), box(0, 122, 40, 140)];

  it('picks the line under the pointer', () => {
    expect(pickLine(lines, { x: 20, y: 130 })).toBe(1);
    expect(pickLine(lines, { x: 550, y: 110 })).toBe(0);
  });

  it('picks the nearest line when the pointer is just outside the boxes', () => {
    expect(pickLine(lines, { x: 45, y: 141 })).toBe(1);
  });

  it('picks the first line without a pointer (keyboard), and -1 for no boxes', () => {
    expect(pickLine(lines, null)).toBe(0);
    expect(pickLine([], { x: 1, y: 1 })).toBe(-1);
  });
});

describe('references', () => {
  it('measures the hovered line of a range afresh on every call', () => {
    let rects = [box(500, 100, 600, 118), box(0, 122, 40, 140)];
    const range = { getClientRects: () => rects, startContainer: document.createTextNode('x') };
    const reference = rangeReference(range as unknown as Range, { x: 10, y: 130 });
    expect(reference.getBoundingClientRect()).toMatchObject({ x: 0, y: 122, width: 40, height: 18 });
    rects = rects.map((r) => box(r.left, r.top - 50, r.right, r.bottom - 50)); // scrolled by 50 px
    expect(reference.getBoundingClientRect()).toMatchObject({ x: 0, y: 72, width: 40, height: 18 });
  });

  it('reports an empty box once the range is gone from the page', () => {
    let rects = [box(5, 5, 25, 20)];
    const range = { getClientRects: () => rects, startContainer: document.createElement('p') };
    const reference = rangeReference(range as unknown as Range, null);
    rects = [];
    const r = reference.getBoundingClientRect();
    expect(isEmptyBox(r)).toBe(true);
  });

  it('wraps a fixed box', () => {
    expect(boxReference(box(1, 2, 11, 22)).getBoundingClientRect()).toMatchObject({
      x: 1,
      y: 2,
      width: 10,
      height: 20,
    });
  });
});

describe('fitSheet', () => {
  // A 844 px tall phone window: the sheet takes at most 70 % of it (591 px).
  it('leaves a term high in the window where it is and caps the sheet to the room under it', () => {
    expect(fitSheet(box(20, 100, 120, 120), 844, 500, 2000)).toEqual({ scrollBy: 0, maxHeight: 591 });
  });

  it('scrolls a low term up just far enough for the whole sheet to fit under it', () => {
    const fit = fitSheet(box(20, 600, 120, 620), 844, 400, 2000);
    expect(fit.scrollBy).toBe(400 - (844 - 620 - CARD_GAP));
    expect(fit.maxHeight).toBe(400);
  });

  it('never scrolls the term above the top of the window, and caps the sheet instead', () => {
    const fit = fitSheet(box(20, 100, 120, 120), 844, 800, 2000);
    expect(fit.scrollBy).toBe(0);
    expect(fit.maxHeight).toBe(591);
  });

  it('scrolls no further than the page can, then caps the sheet to what is left', () => {
    const fit = fitSheet(box(20, 700, 120, 720), 844, 500, 100);
    expect(fit.scrollBy).toBe(100);
    expect(fit.maxHeight).toBe(844 - 720 - CARD_GAP + 100);
  });
});

describe('followSheet', () => {
  const setViewport = (width: number, height: number) => {
    (window as unknown as { happyDOM: { setViewport(v: object): void } }).happyDOM.setViewport({
      width,
      height,
    });
    window.dispatchEvent(new Event('resize'));
  };
  const maxHeight = (el: HTMLElement) => el.style.getPropertyValue(MAX_HEIGHT_PROPERTY);

  it('keeps its height while only the window height changes (a toolbar), and fits the term again when the phone turns', async () => {
    setViewport(390, 844);
    let term = box(20, 100, 120, 120);
    const reference = {
      getBoundingClientRect: () => ({ ...term, x: term.left, y: term.top, width: 100, height: 20 }),
    };
    const sheet = document.createElement('div');
    sheet.setAttribute('data-layout', 'sheet');
    document.body.append(sheet);
    const stop = followSheet(reference, sheet, () => {});
    await Promise.resolve();
    expect(maxHeight(sheet)).toBe(`${Math.round(844 * SHEET_MAX_SHARE)}px`);
    // The reader scrolls the term down under the sheet and the toolbar hides: the sheet stays as it was.
    term = box(20, 700, 120, 720);
    setViewport(390, 900);
    expect(maxHeight(sheet)).toBe(`${Math.round(844 * SHEET_MAX_SHARE)}px`);
    // Turned to landscape: fitted to the room under the term again.
    term = box(20, 200, 120, 220);
    setViewport(844, 390);
    expect(maxHeight(sheet)).toBe(`${390 - 220 - CARD_GAP}px`);
    // And never below the smallest sheet.
    term = box(20, 340, 120, 360);
    setViewport(390, 844);
    setViewport(844, 390);
    expect(maxHeight(sheet)).toBe(`${MIN_CARD_HEIGHT}px`);
    stop();
    sheet.remove();
  });
});

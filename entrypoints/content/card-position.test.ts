import { describe, expect, it } from 'vitest';
import { type Box, boxReference, groupLines, isEmptyBox, pickLine, rangeReference } from './card-position';

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

import { describe, expect, it } from 'vitest';
import { isSwipeDown, layoutFor, SHEET_MAX_WIDTH, SWIPE_CLOSE_PX } from './touch-sheet';

describe('layoutFor', () => {
  it('gives a narrow window touched by a finger or a pen the bottom sheet', () => {
    expect(layoutFor({ width: 390, coarsePointer: false, lastPointer: 'touch' })).toBe('sheet');
    expect(layoutFor({ width: SHEET_MAX_WIDTH, coarsePointer: false, lastPointer: 'pen' })).toBe('sheet');
  });

  it('keeps the floating card in wide windows, touch or not', () => {
    expect(layoutFor({ width: SHEET_MAX_WIDTH + 1, coarsePointer: true, lastPointer: 'touch' })).toBe(
      'float',
    );
  });

  it('keeps the floating card in a narrow window used with a mouse, even on a touch device', () => {
    expect(layoutFor({ width: 390, coarsePointer: true, lastPointer: 'mouse' })).toBe('float');
  });

  it('goes by the device before any press (a keyboard command on a phone)', () => {
    expect(layoutFor({ width: 390, coarsePointer: true, lastPointer: null })).toBe('sheet');
    expect(layoutFor({ width: 390, coarsePointer: false, lastPointer: null })).toBe('float');
  });
});

describe('isSwipeDown', () => {
  const start = { x: 100, y: 500, contentScrolled: false };

  it('closes on a swipe down far enough and mostly down', () => {
    expect(isSwipeDown(start, { x: 110, y: 500 + SWIPE_CLOSE_PX })).toBe(true);
  });

  it('ignores short swipes, sideways swipes and swipes up', () => {
    expect(isSwipeDown(start, { x: 100, y: 500 + SWIPE_CLOSE_PX - 1 })).toBe(false);
    expect(isSwipeDown(start, { x: 200, y: 580 })).toBe(false);
    expect(isSwipeDown(start, { x: 100, y: 300 })).toBe(false);
  });

  it('leaves a swipe that scrolls the sheet back up to its content', () => {
    expect(isSwipeDown({ ...start, contentScrolled: true }, { x: 100, y: 700 })).toBe(false);
  });
});

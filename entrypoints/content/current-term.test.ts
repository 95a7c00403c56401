import { describe, expect, it } from 'vitest';
import { positionText, stepIndex } from './current-term';

const inView = { firstNotAbove: 4, lastNotBelow: 6 };

describe('current term steps', () => {
  it('starts at the viewport when nothing is current', () => {
    expect(stepIndex(10, null, 'next', inView)).toBe(4);
    expect(stepIndex(10, null, 'previous', inView)).toBe(6);
  });

  it('wraps to the other end when the viewport is past every mark', () => {
    expect(stepIndex(10, null, 'next', { firstNotAbove: -1, lastNotBelow: 9 })).toBe(0);
    expect(stepIndex(10, null, 'previous', { firstNotAbove: 0, lastNotBelow: -1 })).toBe(9);
  });

  it('steps one on from the current term, wrapping at either end', () => {
    expect(stepIndex(10, 2, 'next', inView)).toBe(3);
    expect(stepIndex(10, 2, 'previous', inView)).toBe(1);
    expect(stepIndex(10, 9, 'next', inView)).toBe(0);
    expect(stepIndex(10, 0, 'previous', inView)).toBe(9);
  });

  it('has nowhere to go on a page without marks', () => {
    expect(stepIndex(0, null, 'next', { firstNotAbove: -1, lastNotBelow: -1 })).toBeNull();
  });

  it('says where a term is, counting from one', () => {
    expect(positionText({ index: 2, total: 12 })).toBe('Term 3 of 12 on this page');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type PointerSample, pointerSpeed } from './hover-intent';

type Term = { id: string };
const insomnia: Term = { id: 'insomnia' };
const cramps: Term = { id: 'muscle-cramps' };

function setup(delayMs = 350) {
  const shown: string[] = [];
  const events: string[] = [];
  const intent = createHoverIntent<Term>({
    delayMs,
    same: (a, b) => a.id === b.id,
    onShow: (t) => {
      shown.push(t.id);
      events.push(`show ${t.id}`);
    },
    onHide: () => events.push('hide'),
  });
  let t = 0;
  let x = 0;
  /** A slow step (0.1 px/ms) over `target`, `ms` after the previous one. */
  const step = (target: Term | null, ms = 50, dx = 5) => {
    t += ms;
    x += dx;
    const sample: PointerSample = { x, y: 100, t };
    intent.move(target, sample);
  };
  return { intent, shown, events, step };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pointerSpeed', () => {
  it('is distance over time, and 0 without an earlier sample', () => {
    expect(pointerSpeed(null, { x: 5, y: 5, t: 10 })).toBe(0);
    expect(pointerSpeed({ x: 0, y: 0, t: 0 }, { x: 30, y: 40, t: 100 })).toBe(0.5);
    expect(pointerSpeed({ x: 0, y: 0, t: 5 }, { x: 30, y: 40, t: 5 })).toBe(0);
  });
});

describe('hover intent', () => {
  it('opens the card only after the pointer dwells on a term for the delay', () => {
    const { events, step } = setup(350);
    step(insomnia);
    vi.advanceTimersByTime(349);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show insomnia']);
  });

  it('keeps dwelling while the pointer moves slowly within the same term', () => {
    const { events, step } = setup(350);
    step(insomnia);
    vi.advanceTimersByTime(200);
    step(insomnia, 20, 2); // 0.1 px/ms
    vi.advanceTimersByTime(150);
    expect(events).toEqual(['show insomnia']);
  });

  it('opens nothing while the pointer sweeps fast across terms', () => {
    const { events, step } = setup(350);
    for (let i = 0; i < 40; i++) {
      step(i % 2 ? insomnia : cramps, 16, 16); // 1 px/ms
      vi.advanceTimersByTime(16);
    }
    expect(events).toEqual([]);
    // The sweep stops on a term: the dwell starts from the stop.
    step(cramps, 300, 1);
    vi.advanceTimersByTime(349);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show muscle-cramps']);
  });

  it('restarts the dwell when a fast move passes over the same term', () => {
    const { events, step } = setup(350);
    step(insomnia);
    vi.advanceTimersByTime(300);
    step(insomnia, 10, 10); // 1 px/ms
    vi.advanceTimersByTime(300);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(events).toEqual(['show insomnia']);
  });

  it('cancels the dwell when the pointer leaves the term before the delay', () => {
    const { events, step } = setup(350);
    step(insomnia);
    vi.advanceTimersByTime(200);
    step(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('hides the card after the grace period once the pointer leaves term and card', () => {
    const { events, step } = setup(0);
    step(insomnia);
    vi.advanceTimersByTime(0);
    step(null);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['show insomnia']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show insomnia', 'hide']);
  });

  it('keeps the card while the pointer moves into it within the grace period', () => {
    const { intent, events, step } = setup(0);
    step(insomnia);
    vi.advanceTimersByTime(0);
    step(null);
    vi.advanceTimersByTime(200);
    intent.overCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show insomnia']);
    // Leaving the card starts the grace again.
    step(null);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show insomnia', 'hide']);
  });

  it('keeps the card when the pointer comes back to the term', () => {
    const { events, step } = setup(0);
    step(insomnia);
    vi.advanceTimersByTime(0);
    step(null);
    vi.advanceTimersByTime(200);
    step(insomnia);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show insomnia']);
  });

  it('replaces the card when the pointer dwells on another term, without hiding in between', () => {
    const { events, step } = setup(350);
    step(insomnia);
    vi.advanceTimersByTime(350);
    step(null);
    vi.advanceTimersByTime(100);
    step(cramps);
    vi.advanceTimersByTime(350);
    expect(events).toEqual(['show insomnia', 'show muscle-cramps']);
  });

  it('does not reopen a dismissed card until the pointer leaves that term', () => {
    const { intent, events, step } = setup(0);
    step(insomnia);
    vi.advanceTimersByTime(0);
    intent.dismiss(); // Escape
    expect(intent.shown()).toBeNull();
    step(insomnia);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['show insomnia']);
    step(null);
    step(insomnia);
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['show insomnia', 'show insomnia']);
  });

  it('leaves a pinned card alone while the pointer wanders', () => {
    const { intent, events, step } = setup(0);
    intent.pin(insomnia);
    step(null);
    step(cramps);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
    expect(intent.shown()).toEqual(insomnia);
    intent.dismiss();
    step(cramps);
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['show muscle-cramps']);
  });

  it('uses a new delay from the settings for the next dwell', () => {
    const { intent, events, step } = setup(350);
    intent.setDelay(1000);
    step(insomnia);
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show insomnia']);
  });

  it('stops every timer when destroyed', () => {
    const { intent, events, step } = setup(350);
    step(insomnia);
    intent.destroy();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });
});

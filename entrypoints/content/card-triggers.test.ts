import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { hoverCounts, pressOpens, type TriggerHandlers, watchTriggers } from './card-triggers';

const none = { Alt: false, Shift: false, Control: false, Meta: false };

describe('hoverCounts', () => {
  it('always counts with the hover trigger', () => {
    expect(hoverCounts(DEFAULT_SETTINGS, none)).toBe(true);
  });

  it('counts only while the chosen key is held with the modifier trigger', () => {
    const settings = { ...DEFAULT_SETTINGS, trigger: 'modifier' as const, modifierKey: 'Shift' as const };
    expect(hoverCounts(settings, none)).toBe(false);
    expect(hoverCounts(settings, { ...none, Alt: true })).toBe(false);
    expect(hoverCounts(settings, { ...none, Shift: true })).toBe(true);
  });

  it('never counts with the click trigger', () => {
    expect(hoverCounts({ ...DEFAULT_SETTINGS, trigger: 'click' }, { ...none, Alt: true })).toBe(false);
  });
});

describe('pressOpens', () => {
  it('opens on a tap or pen press while touchTap is on, whatever the trigger', () => {
    expect(pressOpens(DEFAULT_SETTINGS, 'touch')).toBe(true);
    expect(pressOpens(DEFAULT_SETTINGS, 'pen')).toBe(true);
    expect(pressOpens({ ...DEFAULT_SETTINGS, touchTap: false }, 'touch')).toBe(false);
  });

  it('opens on a mouse click only with the click trigger', () => {
    expect(pressOpens(DEFAULT_SETTINGS, 'mouse')).toBe(false);
    expect(pressOpens({ ...DEFAULT_SETTINGS, trigger: 'click' }, 'mouse')).toBe(true);
  });
});

describe('watchTriggers', () => {
  function setup(clickOpens = false) {
    const handlers: TriggerHandlers = {
      hover: vi.fn(),
      leaveWindow: vi.fn(),
      press: vi.fn(),
      click: vi.fn(() => clickOpens),
      escape: vi.fn(),
      focus: vi.fn(),
    };
    const abort = new AbortController();
    watchTriggers(handlers, abort.signal);
    return { handlers, abort };
  }
  const move = (x: number) =>
    document.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', clientX: x, clientY: 5 }));

  it('hit-tests at most once per animation frame, with the latest position', async () => {
    const { handlers, abort } = setup();
    move(1);
    move(2);
    move(3);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handlers.hover).toHaveBeenCalledTimes(1);
    expect(handlers.hover).toHaveBeenCalledWith(expect.objectContaining({ x: 3, y: 5 }));
    abort.abort();
  });

  it('ignores touch and pen moves (they tap instead)', async () => {
    const { handlers, abort } = setup();
    document.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'touch', clientX: 1, clientY: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(handlers.hover).not.toHaveBeenCalled();
    abort.abort();
  });

  it('cancels a click only when it opened a card', () => {
    const opened = setup(true);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    opened.abort.abort();

    const ignored = setup(false);
    const other = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    ignored.abort.abort();
  });

  it('passes Escape on, and stops listening once aborted', () => {
    const { handlers, abort } = setup();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handlers.escape).toHaveBeenCalledTimes(1);
    abort.abort();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handlers.escape).toHaveBeenCalledTimes(1);
  });
});

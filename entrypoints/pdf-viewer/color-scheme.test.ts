import { describe, expect, it, vi } from 'vitest';
import { prefersDark, type SchemeWindow, watchColorScheme } from './color-scheme';

/** A window whose colour scheme the test switches; it counts the listeners still attached. */
function fakeWindow(dark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) =>
      listeners.delete(listener),
  };
  const win = { matchMedia: () => query } as unknown as SchemeWindow;
  return {
    win,
    listeners,
    switchTo(next: boolean) {
      dark = next;
      for (const listener of [...listeners]) listener({ matches: next } as MediaQueryListEvent);
    },
  };
}

describe('the colour scheme', () => {
  it('says whether the system is dark now', () => {
    expect(prefersDark(fakeWindow(true).win)).toBe(true);
    expect(prefersDark(fakeWindow(false).win)).toBe(false);
  });

  it('reports each change to dark and back to light, and nothing after its teardown', () => {
    const system = fakeWindow(false);
    const onChange = vi.fn();
    const stop = watchColorScheme(onChange, system.win);
    system.switchTo(true);
    system.switchTo(false);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
    stop();
    expect(system.listeners.size).toBe(0);
    system.switchTo(true);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightPainter, type HighlightEnvironment, type HighlightLike } from './highlights';

function fakeEnvironment(): HighlightEnvironment {
  const registry = new Map<string, HighlightLike>();
  return {
    registry: {
      set: (name, h) => registry.set(name, h),
      delete: (name) => registry.delete(name),
      get: (name) => registry.get(name),
    },
    createHighlight: () => {
      const ranges = new Set<AbstractRange>();
      return {
        priority: 0,
        add: (r: AbstractRange) => ranges.add(r),
        clear: () => ranges.clear(),
        get size() {
          return ranges.size;
        },
      };
    },
  };
}

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
});

describe('highlight painter', () => {
  it('adds no stylesheet to a page it paints nothing on', () => {
    const painter = createHighlightPainter(document, fakeEnvironment());
    painter.paint(new Map());
    painter.paint(new Map([['maglens-sleep', []]]));
    expect(document.adoptedStyleSheets).toHaveLength(0);
    painter.dispose();
  });

  it('puts its stylesheet back when the page dropped it and there is something to paint', () => {
    document.body.textContent = 'insomnia';
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    const painter = createHighlightPainter(document, fakeEnvironment());
    painter.setStyles('::highlight(maglens-sleep) { text-decoration: underline; }');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    document.adoptedStyleSheets = [];
    painter.paint(new Map([['maglens-sleep', [range]]]));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    painter.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('the current-term highlight', () => {
  it('is registered only while there is a current term', () => {
    const env = fakeEnvironment();
    const names = () => {
      const seen: string[] = [];
      for (const name of ['maglens-current-term']) if (env.registry.get?.(name)) seen.push(name);
      return seen;
    };
    document.body.textContent = 'insomnia';
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    const painter = createHighlightPainter(document, env);
    expect(names()).toEqual([]);
    painter.current(range);
    expect(names()).toEqual(['maglens-current-term']);
    painter.current(null);
    expect(names()).toEqual([]);
    painter.dispose();
  });

  it('leaves alone a highlight another MagLens script registered under the same name', () => {
    const env = fakeEnvironment();
    document.body.textContent = 'insomnia';
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!);
    const old = createHighlightPainter(document, env);
    old.paint(new Map([['maglens-sleep', [range]]]));
    const fresh = createHighlightPainter(document, env);
    fresh.paint(new Map([['maglens-sleep', [range]]]));
    old.dispose();
    expect(env.registry.get?.('maglens-sleep')).toBeDefined();
    fresh.dispose();
    expect(env.registry.get?.('maglens-sleep')).toBeUndefined();
  });
});

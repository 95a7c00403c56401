import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightPainter, type HighlightEnvironment, type HighlightLike } from './highlights';

function fakeEnvironment(): HighlightEnvironment {
  const registry = new Map<string, HighlightLike>();
  return {
    registry: { set: (name, h) => registry.set(name, h), delete: (name) => registry.delete(name) },
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

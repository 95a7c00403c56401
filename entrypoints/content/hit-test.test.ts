import { describe, expect, it } from 'vitest';
import { caretInMark, createHitTester, pointInRects } from './hit-test';

describe('hit test', () => {
  it('accepts points inside a box, with a little slack for the underline', () => {
    const rects = [{ left: 10, top: 10, right: 50, bottom: 30 }];
    expect(pointInRects(20, 20, rects)).toBe(true);
    expect(pointInRects(20, 31.5, rects)).toBe(true);
    expect(pointInRects(60, 20, rects)).toBe(false);
    expect(pointInRects(20, 40, rects)).toBe(false);
  });

  it('maps a caret offset to a mark across text nodes', () => {
    const a = document.createTextNode('take muscle ');
    const b = document.createTextNode('cramps now');
    const mark = { nodes: [a, b], startOffset: 5, endOffset: 6 };
    expect(caretInMark(mark, a, 7)).toBe(true);
    expect(caretInMark(mark, a, 2)).toBe(false);
    expect(caretInMark(mark, b, 6)).toBe(true);
    expect(caretInMark(mark, b, 8)).toBe(false);
    expect(caretInMark(mark, document.createTextNode('x'), 0)).toBe(false);
  });

  it('confirms the point against the mark’s boxes, and caches the last hit', () => {
    const text = document.createTextNode('omeprazole');
    const mark = { nodes: [text], startOffset: 0, endOffset: 10 };
    let caretCalls = 0;
    let rangeCalls = 0;
    const doc = {
      caretPositionFromPoint: () => {
        caretCalls++;
        return { offsetNode: text, offset: 3 };
      },
    } as unknown as Document;
    const tester = createHitTester({
      doc,
      marksAt: (node) => (node === text ? [mark] : undefined),
      rangeOf: () => {
        rangeCalls++;
        return { getClientRects: () => [{ left: 0, top: 0, right: 80, bottom: 16 }] } as unknown as Range;
      },
      shadowRoots: () => [],
    });
    expect(tester.hit(10, 8)).toBe(mark);
    expect(tester.hit(12, 9)).toBe(mark);
    expect(caretCalls).toBe(1);
    expect(rangeCalls).toBe(1);
    expect(tester.hit(200, 8)).toBeNull(); // the caret snaps to the word, the boxes say no
    tester.invalidate();
    expect(tester.hit(10, 8)).toBe(mark);
    expect(rangeCalls).toBe(2);
  });
});

describe('hit test with highlightsFromPoint', () => {
  const text = document.createTextNode('omeprazole');
  const mark = { nodes: [text], startOffset: 0, endOffset: 10 };
  const range = { getClientRects: () => [{ left: 0, top: 0, right: 80, bottom: 16 }] } as unknown as Range;
  const caretDoc = (calls: { n: number }) =>
    ({
      caretPositionFromPoint: () => {
        calls.n++;
        return { offsetNode: text, offset: 3 };
      },
    }) as unknown as Document;

  it('takes the mark from the range the browser names, without the caret method', () => {
    const calls = { n: 0 };
    const tester = createHitTester({
      doc: caretDoc(calls),
      marksAt: (node) => (node === text ? [mark] : undefined),
      rangeOf: () => range,
      shadowRoots: () => [],
      markOf: (r) => (r === range ? mark : undefined),
      fromPoint: (x) => (x < 80 ? [{ ranges: [range] }] : []),
      pixelRatio: () => 1,
    });
    expect(tester.hit(10, 8)).toBe(mark);
    expect(tester.hit(200, 8)).toBeNull();
    expect(calls.n).toBe(0);
  });

  it('uses the caret method at other pixel ratios, and for good once the browser names a wrong place', () => {
    const calls = { n: 0 };
    let ratio = 2;
    const elsewhere = { nodes: [document.createTextNode('migraine')], startOffset: 0, endOffset: 8 };
    const elsewhereRange = {
      getClientRects: () => [{ left: 300, top: 0, right: 380, bottom: 16 }],
    } as unknown as Range;
    const tester = createHitTester({
      doc: caretDoc(calls),
      marksAt: (node) => (node === text ? [mark] : node === elsewhere.nodes[0] ? [elsewhere] : undefined),
      rangeOf: (m) => (m === mark ? range : elsewhereRange),
      shadowRoots: () => [],
      markOf: (r) => (r === elsewhereRange ? elsewhere : undefined),
      // Chromium at 2x: nothing over a term, and a term from a point elsewhere.
      fromPoint: () => [{ ranges: [elsewhereRange] }],
      pixelRatio: () => ratio,
    });
    expect(tester.hit(10, 8)).toBe(mark);
    expect(calls.n).toBe(1);
    ratio = 1;
    tester.invalidate();
    expect(tester.hit(10, 8)).toBe(mark); // named "migraine", whose box is elsewhere: the caret decides
    expect(calls.n).toBe(2);
    tester.invalidate();
    expect(tester.hit(10, 8)).toBe(mark);
    expect(calls.n).toBe(3);
  });

  it('finds no mark where the browser names only a page’s own highlight', () => {
    const calls = { n: 0 };
    const foreign = {} as AbstractRange;
    const tester = createHitTester({
      doc: caretDoc(calls),
      marksAt: (node) => (node === text ? [mark] : undefined),
      rangeOf: () => range,
      shadowRoots: () => [],
      markOf: () => undefined,
      fromPoint: () => [{ ranges: [foreign] }],
      pixelRatio: () => 1,
    });
    expect(tester.hit(10, 8)).toBeNull();
    expect(calls.n).toBe(0);
  });

  it('ignores a mark that is no longer painted', () => {
    const calls = { n: 0 };
    const tester = createHitTester({
      doc: caretDoc(calls),
      marksAt: () => undefined,
      rangeOf: () => range,
      shadowRoots: () => [],
      markOf: () => mark,
      fromPoint: () => [{ ranges: [range] }],
      pixelRatio: () => 1,
    });
    expect(tester.hit(10, 8)).toBeNull();
  });
});

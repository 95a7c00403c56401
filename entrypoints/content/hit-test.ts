/**
 * Which marked term is under a viewport point? Highlights have no events. Where the browser has
 * `CSS.highlights.highlightsFromPoint` (Chromium 156 and Firefox ESR 153 both do), it names the ranges
 * under the point, and a range leads back to its mark. It is asked only at a device pixel ratio of 1:
 * Chromium 156 answers from the wrong place at 2 (device-scale emulation in e2e: nothing over a term, a
 * term from a point elsewhere), and browser zoom changes the ratio. A mark it names must have a box under
 * the point, or it is not asked again on this page. Otherwise, and where the browser lacks it, the
 * fallback: ask the browser for the caret position at the point, look the text node up in an index of
 * marks, then confirm the point is inside one of the mark's boxes (caret APIs snap to the nearest
 * character, even past a line's end). The last hit's boxes are kept, so small pointer moves over the
 * same term cost almost nothing.
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HitTarget {
  nodes: readonly Text[];
  startOffset: number;
  endOffset: number;
}

export interface HitTesterOptions<M extends HitTarget> {
  doc: Document;
  /** Marks that cover a text node (the painted ones only). */
  marksAt: (node: Text) => readonly M[] | undefined;
  /** A live range for a mark, or null when its nodes are gone. */
  rangeOf: (mark: M) => Range | null;
  shadowRoots: () => ShadowRoot[];
  /** The mark a painted range belongs to (for highlightsFromPoint's answers). */
  markOf?: (range: AbstractRange) => M | undefined;
  /** `CSS.highlights.highlightsFromPoint`, or null to use the caret method only; the browser's by default. */
  fromPoint?: HighlightsFromPoint | null;
  /** The device pixel ratio now (window.devicePixelRatio by default). */
  pixelRatio?: () => number;
}

/** One answer of highlightsFromPoint: a highlight and its ranges under the point. */
export interface HighlightHit {
  ranges?: readonly AbstractRange[];
}
export type HighlightsFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => readonly HighlightHit[];

/** The page's `CSS.highlights.highlightsFromPoint`, when the browser has it. */
export function browserHighlightsFromPoint(): HighlightsFromPoint | null {
  const registry =
    typeof CSS !== 'undefined' && 'highlights' in CSS
      ? (CSS.highlights as unknown as { highlightsFromPoint?: HighlightsFromPoint })
      : undefined;
  if (typeof registry?.highlightsFromPoint !== 'function') return null;
  return (x, y, options) => registry.highlightsFromPoint!(x, y, options);
}

export interface HitTester<M> {
  hit(x: number, y: number): M | null;
  /** Forget cached boxes (after a scroll, resize or repaint). */
  invalidate(): void;
}

/** A little slack below and above the text, where the underline sits. */
const SLACK = 2;

export function pointInRects(x: number, y: number, rects: Iterable<RectLike>, slack = SLACK): boolean {
  for (const r of rects) {
    if (x >= r.left && x <= r.right && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** Does a caret offset in `node` fall inside the mark (ends included; the boxes decide the rest)? */
export function caretInMark(mark: HitTarget, node: Text, offset: number): boolean {
  const at = mark.nodes.indexOf(node);
  if (at < 0) return false;
  if (at === 0 && offset < mark.startOffset) return false;
  if (at === mark.nodes.length - 1 && offset > mark.endOffset) return false;
  return true;
}

export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? withPosition.caretPositionFromPoint(x, y, { shadowRoots })
        : withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof withPosition.caretRangeFromPoint === 'function') {
    const range = withPosition.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function createHitTester<M extends HitTarget>(options: HitTesterOptions<M>): HitTester<M> {
  let cached: { mark: M; rects: RectLike[] } | null = null;
  const fromPoint = options.fromPoint === undefined ? browserHighlightsFromPoint() : options.fromPoint;
  const { markOf } = options;

  const rectsOf = (mark: M): RectLike[] => {
    const range = options.rangeOf(mark);
    return range ? Array.from(range.getClientRects()) : [];
  };
  const painted = (mark: M) => !!options.marksAt(mark.nodes[0]!)?.includes(mark);

  const pixelRatio = options.pixelRatio ?? (() => window.devicePixelRatio);
  /** Set when highlightsFromPoint named a mark with no box under the point: not asked again. */
  let wrongPlace = false;

  /** The painted mark highlightsFromPoint names at the point; 'none' when it names none of ours;
   * undefined when it is not to be asked (no such API, another pixel ratio, an earlier wrong answer). */
  const fromHighlights = (x: number, y: number): M | 'none' | undefined => {
    if (!fromPoint || !markOf || wrongPlace || pixelRatio() !== 1) return undefined;
    let answers: readonly HighlightHit[];
    try {
      const roots = options.shadowRoots();
      answers = roots.length > 0 ? fromPoint(x, y, { shadowRoots: roots }) : fromPoint(x, y);
    } catch {
      return undefined;
    }
    for (const answer of answers) {
      for (const range of answer.ranges ?? []) {
        const mark = markOf(range);
        if (mark && painted(mark)) return mark;
      }
    }
    return 'none';
  };

  return {
    hit(x, y) {
      if (cached && pointInRects(x, y, cached.rects)) return cached.mark;
      const named = fromHighlights(x, y);
      if (named === 'none') return null;
      if (named) {
        const rects = rectsOf(named);
        if (pointInRects(x, y, rects)) {
          cached = { mark: named, rects };
          return named;
        }
        wrongPlace = true;
      }
      const caret = caretAt(options.doc, x, y, options.shadowRoots());
      if (caret?.node.nodeType !== 3) return null;
      const marks = options.marksAt(caret.node as Text);
      if (!marks) return null;
      for (const mark of marks) {
        if (!caretInMark(mark, caret.node as Text, caret.offset)) continue;
        const rects = cached?.mark === mark ? cached.rects : rectsOf(mark);
        if (pointInRects(x, y, rects)) {
          cached = { mark, rects };
          return mark;
        }
      }
      return null;
    },
    invalidate() {
      cached = null;
    },
  };
}

import type { Topic } from '@/utils/dataset/types';
import type { PageTerm } from '@/utils/messages';
import type { EffectiveSettings, MarkHit, MarkPosition, MoveResult } from './contracts';
import { CURRENT_TERM_CSS, type Direction, stepIndex } from './current-term';
import { highlightCss, highlightName } from './highlight-styles';
import type { HighlightPainter } from './highlights';
import { createHitTester } from './hit-test';
import { foldWritten, type Mark, type MarkStore, pageTermsOf } from './mark-store';
import { inPageOrder } from './page-order';

/**
 * What the page shows of the marks the scanner found: which ones are painted (topics on, density),
 * painting them through the highlight painter, hit-testing a pointer against the painted ones, and
 * revealing a term with a flash. It never scans; the scan scheduler asks it to paint.
 */

export interface MarkViewOptions {
  doc: Document;
  store: MarkStore;
  painter: HighlightPainter;
  topics: readonly Pick<Topic, 'id' | 'color'>[];
  settings: EffectiveSettings;
  shadowRoots: () => ShadowRoot[];
  signal: AbortSignal;
}

export interface MarkView {
  /** Selects and paints the marks for the current settings; returns how many were painted. */
  paint(): number;
  /** New settings: the next paint uses them (call paint() after). */
  setSettings(settings: EffectiveSettings): void;
  /** Whether MagLens shows anything on this page now. */
  active(): boolean;
  adoptInto(root: ShadowRoot): void;
  hitTest(x: number, y: number): MarkHit | null;
  firstInView(): MarkHit | null;
  findByText(text: string): MarkHit | null;
  /** The marked terms in page order (by first occurrence), each counted as often as it is marked. */
  terms(): PageTerm[];
  /** Makes the first marked occurrence of a term the current term, scrolls to it and flashes it. */
  reveal(termId: string): boolean;
  /** Moves the current term to the next or previous mark in reading order (from `from` when given,
   * else from the current term, else from the viewport) and scrolls it into view. */
  step(direction: Direction, from?: MarkHit | null): MoveResult | null;
  /** The first painted mark in an element's text (a focused link), else null. */
  markIn(element: Element): MarkHit | null;
  /** Where a mark stands among the marks in reading order. */
  positionOf(hit: MarkHit): MarkPosition | null;
  /** Takes the current-term highlight off (only if `hit` is the current term, when given); the next
   * move still starts from there. */
  hideCurrent(hit?: MarkHit): void;
}

const FLASH_MS = 1500;

export function createMarkView(options: MarkViewOptions): MarkView {
  const { doc, store, painter, signal } = options;
  let settings = options.settings;
  let disabledTopics = new Set(settings.disabledTopics);
  let selected: Mark[] = [];
  const paintedByNode = new Map<Text, Mark[]>();
  const ranges = new WeakMap<Mark, Range | null>();
  const markByRange = new WeakMap<AbstractRange, Mark>();
  const hits = new WeakMap<Mark, MarkHit>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The painted marks in reading order, worked out when first needed after a paint. */
  let ordered: Mark[] | null = null;
  let current: Mark | null = null;
  let currentShown = false;

  const active = () => settings.siteOn && doc.designMode !== 'on';

  const rangeOf = (mark: Mark): Range | null => {
    if (ranges.has(mark)) return ranges.get(mark)!;
    let range: Range | null = null;
    try {
      const first = mark.nodes[0]!;
      const last = mark.nodes[mark.nodes.length - 1]!;
      if (first.isConnected && last.isConnected) {
        range = doc.createRange();
        range.setStart(first, mark.startOffset);
        range.setEnd(last, mark.endOffset);
      }
    } catch {
      range = null; // offsets from before a text change: the next batch rescans it
    }
    ranges.set(mark, range);
    if (range) markByRange.set(range, mark);
    return range;
  };

  const hitOf = (mark: Mark): MarkHit | null => {
    const known = hits.get(mark);
    if (known) return known;
    const range = rangeOf(mark);
    if (!range) return null;
    const hit: MarkHit = { termId: mark.termId, text: mark.text, range };
    hits.set(mark, hit);
    return hit;
  };

  const hitTester = createHitTester<Mark>({
    doc,
    marksAt: (node) => paintedByNode.get(node),
    rangeOf,
    shadowRoots: options.shadowRoots,
    markOf: (range) => markByRange.get(range),
  });

  // The stylesheet goes in only when there is something to paint, and after the scan: adding it
  // invalidates the page's style, and the scan's visibility checks would pay for that recalc.
  let stylesDirty = true;
  const applyStyles = () => {
    stylesDirty = false;
    painter.setStyles(`${highlightCss(options.topics, settings)}\n${CURRENT_TERM_CSS}`);
  };

  const paint = (): number => {
    selected = active() ? store.select({ disabledTopics, density: settings.density }) : [];
    paintedByNode.clear();
    const groups = new Map<string, Range[]>();
    if (settings.style !== 'off') {
      for (const mark of selected) {
        const range = rangeOf(mark);
        if (!range) continue;
        const name = highlightName(mark.topicId);
        const list = groups.get(name);
        if (list) list.push(range);
        else groups.set(name, [range]);
        for (const node of mark.nodes) {
          const marks = paintedByNode.get(node);
          if (marks) marks.push(mark);
          else paintedByNode.set(node, [mark]);
        }
      }
    }
    if (stylesDirty && groups.size > 0) applyStyles();
    painter.paint(groups);
    hitTester.invalidate();
    ordered = null;
    // A current term that is no longer marked (its topic went off, its text changed) loses its mark.
    if (current && !selected.includes(current)) {
      if (currentShown) painter.current(null);
      current = null;
      currentShown = false;
    }
    return selected.length;
  };

  const inOrder = (): Mark[] => {
    ordered ??= inPageOrder(selected, (mark) => ({ node: mark.nodes[0]!, offset: mark.startOffset }));
    return ordered;
  };
  const boxOf = (mark: Mark) => {
    const box = rangeOf(mark)?.getBoundingClientRect();
    return box && (box.width > 0 || box.height > 0) ? box : null;
  };
  const indexOf = (list: readonly Mark[], hit: MarkHit): number =>
    list.findIndex((mark) => {
      const known = hits.get(mark);
      if (known) return known === hit || known.range === hit.range;
      const range = rangeOf(mark);
      return (
        !!range &&
        mark.termId === hit.termId &&
        range.startContainer === hit.range.startContainer &&
        range.startOffset === hit.range.startOffset
      );
    });
  const showCurrent = (mark: Mark) => {
    const range = rangeOf(mark);
    if (!range) return;
    if (stylesDirty) applyStyles();
    current = mark;
    currentShown = true;
    painter.current(range);
  };
  const scrollToRange = (range: Range) => {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    // A paragraph taller than the window: bring the words themselves into view.
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'auto' });
    }
  };

  const invalidateHits = () => hitTester.invalidate();
  window.addEventListener('scroll', invalidateHits, { capture: true, passive: true, signal });
  window.addEventListener('resize', invalidateHits, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(flashTimer);
    painter.dispose();
    paintedByNode.clear();
  });

  const findFirst = (marks: Iterable<Mark>, test: (mark: Mark) => boolean): MarkHit | null => {
    for (const mark of marks) {
      const hit = test(mark) ? hitOf(mark) : null;
      if (hit) return hit;
    }
    return null;
  };
  const inViewport = (mark: Mark) => {
    const box = rangeOf(mark)?.getBoundingClientRect();
    return (
      !!box &&
      box.width > 0 &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.right > 0 &&
      box.left < window.innerWidth
    );
  };

  return {
    paint,
    setSettings(next) {
      if (
        next.style !== settings.style ||
        next.colorMode !== settings.colorMode ||
        next.singleColor !== settings.singleColor
      )
        stylesDirty = true;
      settings = next;
      disabledTopics = new Set(next.disabledTopics);
    },
    active,
    adoptInto: (root) => painter.adoptInto(root),
    hitTest(x, y) {
      if (!active() || settings.style === 'off' || paintedByNode.size === 0) return null;
      const mark = hitTester.hit(x, y);
      return mark ? hitOf(mark) : null;
    },
    firstInView: () => findFirst(selected, inViewport),
    findByText(text) {
      const wanted = foldWritten(text);
      if (!wanted || !active()) return null;
      return findFirst(store.counted(disabledTopics), (mark) => foldWritten(mark.text) === wanted);
    },
    terms() {
      return active() ? pageTermsOf(inOrder()) : [];
    },
    step(direction, from) {
      if (!active()) return null;
      const list = inOrder();
      let start: number | null = from ? indexOf(list, from) : -1;
      if (start < 0) start = current ? list.indexOf(current) : -1;
      const viewport = { firstNotAbove: -1, lastNotBelow: -1 };
      if (start < 0) {
        start = null;
        viewport.firstNotAbove = list.findIndex((mark) => (boxOf(mark)?.bottom ?? -1) > 0);
        viewport.lastNotBelow = list.findLastIndex(
          (mark) => (boxOf(mark)?.top ?? Number.POSITIVE_INFINITY) < window.innerHeight,
        );
      }
      // Skip marks with no box (text hidden since it was marked); give up after one round.
      let index = stepIndex(list.length, start, direction, viewport);
      for (let tries = 0; index !== null && tries < list.length; tries++) {
        const mark = list[index]!;
        const hit = boxOf(mark) ? hitOf(mark) : null;
        if (hit) {
          scrollToRange(hit.range);
          showCurrent(mark);
          return { hit, index, total: list.length };
        }
        index = stepIndex(list.length, index, direction, viewport);
      }
      return null;
    },
    markIn(element) {
      if (!active() || paintedByNode.size === 0) return null;
      const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      // A link's text is short; a focused container holding a whole article is not a link to look in.
      for (let node = walker.nextNode(), seen = 0; node && seen < 50; node = walker.nextNode(), seen++) {
        const mark = paintedByNode.get(node as Text)?.[0];
        if (mark) return hitOf(mark);
      }
      return null;
    },
    positionOf(hit) {
      const list = inOrder();
      const index = indexOf(list, hit);
      return index < 0 ? null : { index, total: list.length };
    },
    hideCurrent(hit) {
      if (!current || !currentShown) return;
      if (hit && hitOf(current) !== hit) return;
      currentShown = false;
      painter.current(null);
    },
    reveal(termId) {
      if (!active()) return false;
      const mark =
        inOrder().find((m) => m.termId === termId && rangeOf(m)) ??
        store.counted(disabledTopics).find((m) => m.termId === termId && rangeOf(m));
      const range = mark ? rangeOf(mark) : null;
      if (!mark || !range) return false;
      const element = range.startContainer.parentElement;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      if (stylesDirty) applyStyles();
      if (selected.includes(mark)) showCurrent(mark);
      painter.flash(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.flash(null), FLASH_MS);
      return true;
    },
  };
}

import type { Topic } from '@/utils/dataset/types';
import type { PageTerm } from '@/utils/messages';
import type { EffectiveSettings, MarkHit } from './contracts';
import { highlightCss, highlightName } from './highlight-styles';
import type { HighlightPainter } from './highlights';
import { createHitTester } from './hit-test';
import { foldWritten, type Mark, type MarkStore } from './mark-store';

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
  terms(): PageTerm[];
  reveal(termId: string): boolean;
}

const FLASH_MS = 1500;

export function createMarkView(options: MarkViewOptions): MarkView {
  const { doc, store, painter, signal } = options;
  let settings = options.settings;
  let disabledTopics = new Set(settings.disabledTopics);
  let selected: Mark[] = [];
  const paintedByNode = new Map<Text, Mark[]>();
  const ranges = new WeakMap<Mark, Range | null>();
  const hits = new WeakMap<Mark, MarkHit>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

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
  });

  // The stylesheet goes in only when there is something to paint, and after the scan: adding it
  // invalidates the page's style, and the scan's visibility checks would pay for that recalc.
  let stylesDirty = true;
  const applyStyles = () => {
    stylesDirty = false;
    painter.setStyles(highlightCss(options.topics, settings));
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
    return selected.length;
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
    terms: () => store.terms(disabledTopics),
    reveal(termId) {
      if (!active()) return false;
      const mark = store.counted(disabledTopics).find((m) => m.termId === termId && rangeOf(m));
      const range = mark ? rangeOf(mark) : null;
      if (!range) return false;
      const element = range.startContainer.parentElement;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      if (stylesDirty) applyStyles();
      painter.flash(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.flash(null), FLASH_MS);
      return true;
    },
  };
}

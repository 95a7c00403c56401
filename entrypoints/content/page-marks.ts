import type { Settings } from '@/utils/settings';
import type { MarkHit, PageMarks, PageMarksOptions } from './contracts';
import { FLASH_HIGHLIGHT, highlightCss, highlightName } from './highlight-styles';
import { createHighlightPainter, type HighlightEnvironment } from './highlights';
import { createHitTester } from './hit-test';
import { createMarkStore, foldWritten, type Mark } from './mark-store';
import { createMutationBatcher, type MutationBatch } from './mutation-batcher';
import {
  findBuiltInShadowRoots,
  type ScanOptions,
  SKIPPED_ANCESTOR_SELECTOR,
  scannableHost,
  scanSubtree,
} from './page-scanner';
import { rescanRoots } from './rescan-roots';
import { yieldToMain } from './yield-to-main';

/**
 * The page scanner and its highlights, behind the PageMarks seam: scans the page in short time
 * slices, keeps every match in memory, paints the selected ones through the CSS Custom Highlight
 * API, follows later content through a batched MutationObserver, and answers hit tests.
 */

export interface ScanStats {
  /** Wall time from the start of the scan to painted highlights. */
  scanMs: number;
  /** The longest single slice of work. */
  longestSliceMs: number;
  /** Time spent working, slices and paint added up (scanMs less the page's turns between slices). */
  busyMs: number;
  slices: number;
  matches: number;
  painted: number;
}

/** The look for shadow roots on built-in elements that follows a scan of the whole document. */
export interface SweepStats {
  /** Time spent working, slices added up (it runs when the page is idle). */
  busyMs: number;
  longestSliceMs: number;
  /** New shadow roots found (each is then scanned and painted like later content). */
  found: number;
}

export interface PageMarksHooks {
  /** Called after every scan (the first one and each batch of later content) once painted. */
  onScanned?: (stats: ScanStats) => void;
  /** Called when a sweep for shadow roots on built-in elements is done. */
  onSwept?: (stats: SweepStats) => void;
  /** A highlight registry to use instead of the browser's (tests). */
  highlights?: HighlightEnvironment | null;
  sliceMs?: number;
}

const FLASH_MS = 1500;

export function createPageMarks(options: PageMarksOptions, hooks: PageMarksHooks = {}): PageMarks {
  const { dataset, matcher, signal, isOwnElement } = options;
  const doc = document;
  const sliceMs = hooks.sliceMs ?? 8;
  let settings: Settings = options.settings;
  let siteEnabled = options.siteEnabled;
  let disabledTopics = new Set(settings.disabledTopics);

  const topicOf = new Map(dataset.terms.map((term) => [term.id, term.topicId]));
  const store = createMarkStore();
  const painter = createHighlightPainter(doc, hooks.highlights === undefined ? undefined : hooks.highlights);
  const shadowRoots = new Set<ShadowRoot>();
  const ranges = new WeakMap<Mark, Range | null>();
  const hits = new WeakMap<Mark, MarkHit>();
  let selected: Mark[] = [];
  const paintedByNode = new Map<Text, Mark[]>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  const active = () => settings.enabled && siteEnabled && doc.designMode !== 'on';

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
    shadowRoots: () => [...shadowRoots],
  });

  // The stylesheet goes in only when there is something to paint, and after the scan: adding it
  // invalidates the page's style, and the scan's visibility checks would pay for that recalc.
  let stylesDirty = true;
  const applyStyles = () => {
    stylesDirty = false;
    painter.setStyles(highlightCss(dataset.topics, settings));
  };

  const repaint = (): number => {
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
    return groups.size;
  };

  // ——— scanning in slices ———
  /** Parts of the page to scan; a rescan first forgets the marks already found inside its root. */
  const queue: { root: Node; rescan: boolean }[] = [];

  const forgetMarksIn = (root: Node) => {
    const gone = new Set<Mark>();
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const marks = store.startingIn(n as Text);
      if (marks) for (const mark of marks) gone.add(mark);
    }
    if (gone.size > 0) store.removeWhere((mark) => gone.has(mark));
  };
  let draining = false;

  const onShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    painter.adoptInto(root);
    observer?.observe(root, OBSERVE);
  };

  const scanOptions: ScanOptions = {
    matcher,
    isOwnElement,
    onShadowRoot,
    onMatch: (found) => {
      const topicId = topicOf.get(found.termId);
      if (topicId) store.add(found, topicId);
    },
  };
  // The whole document looks for shadow roots on custom elements only (one native query); touching
  // every element to ask costs more than reading the page's text. Built-in hosts follow in a sweep
  // once the marks are shown.
  const documentScanOptions: ScanOptions = { ...scanOptions, shadowHosts: 'custom-elements' };
  let sweepDue = false;

  const sweepBuiltInHosts = async () => {
    await whenIdle();
    if (signal.aborted) return;
    const sweep = findBuiltInShadowRoots(doc);
    let busy = 0;
    let longest = 0;
    let found = 0;
    for (;;) {
      const sliceStart = performance.now();
      const step = sweep.step(sliceStart + sliceMs);
      for (const root of step.found) {
        if (shadowRoots.has(root) || !scannableHost(root.host, isOwnElement)) continue;
        onShadowRoot(root);
        queue.push({ root, rescan: false });
        found++;
      }
      const spent = performance.now() - sliceStart;
      busy += spent;
      longest = Math.max(longest, spent);
      if (step.done) break;
      await yieldToMain();
      if (signal.aborted) return;
    }
    hooks.onSwept?.({ busyMs: busy, longestSliceMs: longest, found });
    if (queue.length > 0) void drain();
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    const startedAt = performance.now();
    let longest = 0;
    let busy = 0;
    let slices = 0;
    try {
      while (queue.length > 0 && !signal.aborted) {
        const { root, rescan } = queue.shift()!;
        if (!root.isConnected) continue;
        let sliceStart = performance.now();
        if (rescan) forgetMarksIn(root);
        const wholeDocument = root === doc.body;
        if (wholeDocument) sweepDue = true;
        const scan = scanSubtree(root, wholeDocument ? documentScanOptions : scanOptions);
        for (;;) {
          const done = scan.step(sliceStart + sliceMs);
          const spent = performance.now() - sliceStart;
          slices++;
          busy += spent;
          if (spent > longest) longest = spent;
          if (done) break;
          await yieldToMain();
          if (signal.aborted) return;
          sliceStart = performance.now();
        }
      }
      if (signal.aborted) return;
      const paintStart = performance.now();
      repaint();
      const paintMs = performance.now() - paintStart;
      busy += paintMs;
      longest = Math.max(longest, paintMs);
      hooks.onScanned?.({
        scanMs: performance.now() - startedAt,
        longestSliceMs: longest,
        busyMs: busy,
        slices,
        matches: store.size,
        painted: selected.length,
      });
      if (sweepDue) {
        sweepDue = false;
        void sweepBuiltInHosts();
      }
    } finally {
      draining = false;
    }
    if (queue.length > 0 && !signal.aborted) void drain();
  };

  // ——— later content ———
  const isSkipped = (root: Node): boolean => {
    const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (!element) return false;
    if (element.closest(SKIPPED_ANCESTOR_SELECTOR)) return true;
    for (let e: Element | null = element; e; e = e.parentElement) if (isOwnElement(e)) return true;
    return false;
  };

  /** Later content arrived while MagLens was off here: it is scanned when MagLens is back on, not before. */
  let missedWhileOff = false;

  const onBatch = async (batch: MutationBatch) => {
    if (signal.aborted) return;
    if (!active()) {
      missedWhileOff = true;
      return;
    }
    const roots = batch.overflowed && doc.body ? [doc.body] : rescanRoots(batch.targets, isSkipped);
    const removed = batch.removals ? store.removeWhere((mark) => !mark.nodes.every((n) => n.isConnected)) : 0;
    for (const root of roots) queue.push({ root, rescan: true });
    if (queue.length > 0) await drain();
    else if (removed > 0) repaint();
  };

  const batcher = createMutationBatcher({
    onBatch,
    ignore: (node) => {
      for (let n: Node | null = node; n; n = n.parentNode)
        if (n.nodeType === 1 && isOwnElement(n)) return true;
      return false;
    },
  });
  const OBSERVE: MutationObserverInit = { subtree: true, childList: true, characterData: true };
  let observer: MutationObserver | null = null;

  const start = () => {
    if (started || !active()) return;
    started = true;
    observer = new MutationObserver((records) => batcher.take(records));
    observer.observe(doc, OBSERVE);
    for (const root of shadowRoots) observer.observe(root, OBSERVE);
    if (doc.body) queue.push({ root: doc.body, rescan: false });
    void drain();
  };

  start();

  const invalidateHits = () => hitTester.invalidate();
  window.addEventListener('scroll', invalidateHits, { capture: true, passive: true, signal });
  window.addEventListener('resize', invalidateHits, { passive: true, signal });

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    batcher.dispose();
    clearTimeout(flashTimer);
    painter.dispose();
    store.clear();
    paintedByNode.clear();
  });

  const findFirst = (test: (mark: Mark) => boolean): MarkHit | null => {
    for (const mark of selected) {
      if (test(mark)) {
        const hit = hitOf(mark);
        if (hit) return hit;
      }
    }
    return null;
  };

  return {
    hitTest(x, y) {
      if (!active() || settings.style === 'off' || paintedByNode.size === 0) return null;
      const mark = hitTester.hit(x, y);
      return mark ? hitOf(mark) : null;
    },
    firstInView() {
      const width = window.innerWidth;
      const height = window.innerHeight;
      return findFirst((mark) => {
        const box = rangeOf(mark)?.getBoundingClientRect();
        return (
          !!box && box.width > 0 && box.bottom > 0 && box.top < height && box.right > 0 && box.left < width
        );
      });
    },
    findByText(text) {
      const wanted = foldWritten(text);
      if (!wanted || !active()) return null;
      for (const mark of store.counted(disabledTopics)) {
        if (foldWritten(mark.text) === wanted) {
          const hit = hitOf(mark);
          if (hit) return hit;
        }
      }
      return null;
    },
    terms() {
      return store.terms(disabledTopics);
    },
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
    applySettings(next, nextSiteEnabled) {
      const restyle =
        next.style !== settings.style ||
        next.colorMode !== settings.colorMode ||
        next.singleColor !== settings.singleColor;
      settings = next;
      siteEnabled = nextSiteEnabled;
      disabledTopics = new Set(next.disabledTopics);
      if (restyle) stylesDirty = true;
      if (!started) start();
      else if (missedWhileOff && active()) {
        missedWhileOff = false;
        store.removeWhere((mark) => !mark.nodes.every((n) => n.isConnected));
        if (doc.body) queue.push({ root: doc.body, rescan: true });
        void drain();
      }
      repaint();
    },
  };
}

/** Resolves when the page is idle (or after a second at most). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

export { FLASH_HIGHLIGHT };

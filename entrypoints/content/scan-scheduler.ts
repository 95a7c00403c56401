import type { MatchRules } from '@/utils/matcher/match-rules';
import { WordingsPending } from '@/utils/matcher/packed-wordings';
import type { TermMatcher } from '@/utils/matcher/term-matcher';
import type { Mark, MarkStore } from './mark-store';
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
 * When and what to scan: the whole document first, in short time slices that yield to the page; then,
 * when the page is idle, a sweep for shadow roots on built-in elements; then later content, as batches
 * of mutations arrive. Every match found goes into the mark store; after each scan the view is asked to
 * paint. It knows nothing of highlights or settings beyond "is MagLens active here now".
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

export interface ScanSchedulerOptions {
  doc: Document;
  matcher: TermMatcher;
  rules: MatchRules;
  store: MarkStore;
  /** The topic of a term id (matches of unknown terms are dropped). */
  topicOf: (termId: string) => string | undefined;
  /** Whether MagLens is on for this page now; later content that arrives while off waits. */
  isActive: () => boolean;
  isOwnElement: (node: Node) => boolean;
  /** A new open shadow root to paint in (the view adopts its stylesheet there). */
  onShadowRoot: (root: ShadowRoot) => void;
  /** Paints the store's current marks; returns how many were painted. */
  paint: () => number;
  signal: AbortSignal;
  sliceMs: number;
  onScanned?: (stats: ScanStats) => void;
  onSwept?: (stats: SweepStats) => void;
  /** After a batch of later changes (added, removed or ignored while off) has been handled. */
  onBatchHandled?: () => void;
}

export interface ScanScheduler {
  /** Starts watching the page and scanning it (once; later calls do nothing). */
  start(): void;
  readonly started: boolean;
  /** Content changed while MagLens was off here: rescan the page now that it is back on. */
  catchUp(): void;
  /** The open shadow roots found so far. */
  shadowRoots(): ShadowRoot[];
}

const OBSERVE: MutationObserverInit = { subtree: true, childList: true, characterData: true };

export function createScanScheduler(options: ScanSchedulerOptions): ScanScheduler {
  const { doc, store, signal, sliceMs, isOwnElement, isActive } = options;
  const shadowRoots = new Set<ShadowRoot>();
  /** Parts of the page to scan; a rescan first forgets the marks already found inside its root. */
  const queue: { root: Node; rescan: boolean }[] = [];
  let draining = false;
  let started = false;
  let sweepDue = false;
  /** Later content arrived while MagLens was off here: it is scanned when MagLens is back on, not before. */
  let missedWhileOff = false;
  let observer: MutationObserver | null = null;

  const forgetMarksIn = (root: Node) => {
    const gone = new Set<Mark>();
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const marks = store.startingIn(n as Text);
      if (marks) for (const mark of marks) gone.add(mark);
    }
    if (gone.size > 0) store.removeWhere((mark) => gone.has(mark));
  };

  const addShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    options.onShadowRoot(root);
    observer?.observe(root, OBSERVE);
  };

  const scanOptions: ScanOptions = {
    matcher: options.matcher,
    rules: options.rules,
    isOwnElement,
    onShadowRoot: addShadowRoot,
    onMatch: (found) => {
      const topicId = options.topicOf(found.termId);
      if (topicId) store.add(found, topicId);
    },
  };
  // The whole document looks for shadow roots on custom elements only (one native query); touching
  // every element to ask costs more than reading the page's text. Built-in hosts follow in a sweep
  // once the marks are shown.
  const documentScanOptions: ScanOptions = { ...scanOptions, shadowHosts: 'custom-elements' };

  const sweepBuiltInHosts = async () => {
    await whenIdle();
    if (signal.aborted) return;
    const sweep = findBuiltInShadowRoots(doc);
    const work: Work = { busy: 0, longest: 0, slices: 0 };
    let found = 0;
    for (;;) {
      const sliceStart = performance.now();
      const step = sweep.step(sliceStart + sliceMs);
      for (const root of step.found) {
        if (shadowRoots.has(root) || !scannableHost(root.host, isOwnElement)) continue;
        addShadowRoot(root);
        queue.push({ root, rescan: false });
        found++;
      }
      tally(work, performance.now() - sliceStart);
      if (step.done) break;
      await yieldToMain();
      if (signal.aborted) return;
    }
    options.onSwept?.({ busyMs: work.busy, longestSliceMs: work.longest, found });
    if (queue.length > 0) void drain();
  };

  /** Scans one queued root in slices; false when the signal aborted or the wordings failed to load. */
  const scanRoot = async (root: Node, rescan: boolean, work: Work): Promise<boolean> => {
    let sliceStart = performance.now();
    if (rescan) forgetMarksIn(root);
    const wholeDocument = root === doc.body;
    if (wholeDocument) sweepDue = true;
    const scan = scanSubtree(root, wholeDocument ? documentScanOptions : scanOptions);
    for (;;) {
      let done = false;
      let wordings: Promise<unknown> | null = null;
      try {
        done = scan.step(sliceStart + sliceMs);
      } catch (error) {
        // The page's first candidate: the scan goes on from there once the wordings have loaded.
        if (!(error instanceof WordingsPending)) throw error;
        wordings = error.loaded;
      }
      tally(work, performance.now() - sliceStart);
      work.slices++;
      if (done) return true;
      if (wordings) {
        // The wordings could not load (the extension was updated or removed under the page, or its files
        // cannot be read): this scan stops quietly, with nothing in the page's console, and the page's next
        // change tries again. The popup, whose questions need them too, says the page may need a reload.
        try {
          await wordings;
        } catch {
          return false;
        }
      } else await yieldToMain();
      if (signal.aborted) return false;
      sliceStart = performance.now();
    }
  };

  const drain = async () => {
    if (draining) return;
    draining = true;
    const startedAt = performance.now();
    const work: Work = { busy: 0, longest: 0, slices: 0 };
    try {
      while (queue.length > 0 && !signal.aborted) {
        const { root, rescan } = queue.shift()!;
        if (root.isConnected && !(await scanRoot(root, rescan, work))) return;
      }
      if (signal.aborted) return;
      const paintStart = performance.now();
      const painted = options.paint();
      tally(work, performance.now() - paintStart);
      options.onScanned?.({
        scanMs: performance.now() - startedAt,
        longestSliceMs: work.longest,
        busyMs: work.busy,
        slices: work.slices,
        matches: store.size,
        painted,
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

  const isSkipped = (root: Node): boolean => {
    const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (!element) return false;
    if (element.closest(SKIPPED_ANCESTOR_SELECTOR)) return true;
    for (let e: Element | null = element; e; e = e.parentElement) if (isOwnElement(e)) return true;
    return false;
  };

  const dropDisconnected = () => store.removeWhere((mark) => !mark.nodes.every((n) => n.isConnected));

  const handleBatch = async (batch: MutationBatch) => {
    if (!isActive()) {
      missedWhileOff = true;
      return;
    }
    const roots = batch.overflowed && doc.body ? [doc.body] : rescanRoots(batch.targets, isSkipped);
    const removed = batch.removals ? dropDisconnected() : 0;
    for (const root of roots) queue.push({ root, rescan: true });
    if (queue.length > 0) await drain();
    else if (removed > 0) options.paint();
  };
  const onBatch = async (batch: MutationBatch) => {
    if (signal.aborted) return;
    await handleBatch(batch);
    options.onBatchHandled?.();
  };

  const batcher = createMutationBatcher({
    onBatch,
    ignore: (node) => {
      for (let n: Node | null = node; n; n = n.parentNode)
        if (n.nodeType === 1 && isOwnElement(n)) return true;
      return false;
    },
  });

  signal.addEventListener('abort', () => {
    observer?.disconnect();
    batcher.dispose();
  });

  return {
    start() {
      if (started || signal.aborted) return;
      started = true;
      observer = new MutationObserver((records) => batcher.take(records));
      observer.observe(doc, OBSERVE);
      for (const root of shadowRoots) observer.observe(root, OBSERVE);
      if (doc.body) queue.push({ root: doc.body, rescan: false });
      void drain();
    },
    get started() {
      return started;
    },
    catchUp() {
      if (!missedWhileOff || !isActive()) return;
      missedWhileOff = false;
      dropDisconnected();
      if (doc.body) queue.push({ root: doc.body, rescan: true });
      void drain();
    },
    shadowRoots: () => [...shadowRoots],
  };
}

interface Work {
  busy: number;
  longest: number;
  slices: number;
}

function tally(work: Work, spent: number): void {
  work.busy += spent;
  if (spent > work.longest) work.longest = spent;
}

/** Resolves when the page is idle (or after a second at most). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

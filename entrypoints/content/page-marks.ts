import type { MarkHit, PageMarks, PageMarksOptions } from './contracts';
import { createHighlightPainter, type HighlightEnvironment } from './highlights';
import { createMarkStore } from './mark-store';
import { createMarkView } from './mark-view';
import { createScanScheduler, type ScanStats, type SweepStats } from './scan-scheduler';

/**
 * The page's marks behind the PageMarks seam: a scan scheduler finds them (scan-scheduler.ts), a mark
 * view shows them (mark-view.ts), and both share one mark store. This module only wires them together
 * and applies settings.
 */

export type { ScanStats, SweepStats };

export interface PageMarksHooks {
  /** Called after every scan (the first one and each batch of later content) once painted. */
  onScanned?: (stats: ScanStats) => void;
  /** Called when a sweep for shadow roots on built-in elements is done. */
  onSwept?: (stats: SweepStats) => void;
  /** Called once a batch of later changes to the page has been handled (tests wait on it). */
  onBatchHandled?: () => void;
  /** A highlight registry to use instead of the browser's (tests). */
  highlights?: HighlightEnvironment | null;
  sliceMs?: number;
}

export function createPageMarks(options: PageMarksOptions, hooks: PageMarksHooks = {}): PageMarks {
  const { signal } = options;
  const doc = document;
  const store = createMarkStore();
  const painter = createHighlightPainter(doc, hooks.highlights === undefined ? undefined : hooks.highlights);
  const view = createMarkView({
    doc,
    store,
    painter,
    topics: options.topics,
    settings: options.settings,
    shadowRoots: () => scheduler.shadowRoots(),
    signal,
  });
  const scheduler = createScanScheduler({
    doc,
    matcher: options.matcher,
    rules: options.rules,
    store,
    topicOf: options.topicOf,
    isActive: view.active,
    isOwnElement: options.isOwnElement,
    onShadowRoot: view.adoptInto,
    paint: view.paint,
    signal,
    sliceMs: hooks.sliceMs ?? 8,
    onScanned: hooks.onScanned,
    onSwept: hooks.onSwept,
    onBatchHandled: hooks.onBatchHandled,
  });
  signal.addEventListener('abort', () => store.clear());
  if (view.active()) scheduler.start();

  return {
    hitTest: (x, y): MarkHit | null => view.hitTest(x, y),
    firstInView: () => view.firstInView(),
    findByText: (text) => view.findByText(text),
    terms: () => view.terms(),
    reveal: (termId) => view.reveal(termId),
    step: (direction, from) => view.step(direction, from),
    markIn: (element) => view.markIn(element),
    positionOf: (hit) => view.positionOf(hit),
    hideCurrent: (hit) => view.hideCurrent(hit),
    applySettings(next) {
      view.setSettings(next);
      if (view.active()) {
        scheduler.start();
        scheduler.catchUp();
      }
      view.paint();
    },
  };
}

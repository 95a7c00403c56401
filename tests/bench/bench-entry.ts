// Bundled into an IIFE by bench.mjs and evaluated in each benchmark page: the real scanner, as shipped.

import { createPageMarks, type ScanStats, type SweepStats } from '@/entrypoints/content/page-marks';
import type { PageDataset } from '@/utils/dataset/types';
import { matchRules } from '@/utils/matcher/match-rules';
import { createPageMatcher, type PageMatcher } from '@/utils/matcher/packed-wordings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-defaults';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, disabledTopics: [], sites: [] };

declare global {
  interface Window {
    maglensBench: typeof api;
  }
}

let indexed: ({ dataset: PageDataset } & PageMatcher) | null = null;

const api = {
  /** One bare TreeWalker pass reading every text node's data: the floor any scanner pays. */
  walk(): { walkMs: number; textNodes: number; chars: number } {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      textNodes++;
      chars += (n as Text).data.length;
    }
    return { walkMs: performance.now() - started, textNodes, chars };
  },

  /** Creates the matcher for a dataset, as the content script does once per page while its settings
   * load (entrypoints/content/index.ts): only the prefilter; the scan reads the packed trie and wordings
   * where it meets a candidate, and that is in its time. */
  index(dataset: PageDataset): { indexMs: number } {
    const started = performance.now();
    indexed = { dataset, ...createPageMatcher(dataset.matcher) };
    indexed.warm(); // as the content script does in a frame of any size while its settings load
    return { indexMs: performance.now() - started };
  },

  /** MagLens' full scan to registered highlights with the last index built, sliced as in the extension,
   * and the idle sweep for shadow roots of built-in elements that follows it (its cost reported apart). */
  scan(): Promise<ScanStats & { sweepMs: number; sweepLongestMs: number }> {
    if (!indexed) throw new Error('maglensBench.index(dataset) first');
    const { dataset, matcher, topicOf } = indexed;
    const controller = new AbortController();
    return new Promise((resolve) => {
      let scanned: ScanStats | null = null;
      let swept: SweepStats | null = null;
      const finish = () => {
        if (!scanned || !swept) return;
        controller.abort();
        resolve({ ...scanned, sweepMs: swept.busyMs, sweepLongestMs: swept.longestSliceMs });
      };
      createPageMarks(
        {
          topics: dataset.topics,
          topicOf,
          matcher,
          rules: matchRules,
          settings: { ...SETTINGS, siteOn: true },
          signal: controller.signal,
          isOwnElement: () => false,
        },
        {
          onScanned: (stats) => {
            scanned ??= stats;
            finish();
          },
          onSwept: (stats) => {
            swept = stats;
            finish();
          },
        },
      );
    });
  },
};

window.maglensBench = api;

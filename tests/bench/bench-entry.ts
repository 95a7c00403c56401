// Bundled into an IIFE by bench.mjs and evaluated in each benchmark page: the real scanner, as shipped.

import { createPageMarks, type ScanStats } from '@/entrypoints/content/page-marks';
import type { ContentDataset } from '@/utils/dataset/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-defaults';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, disabledTopics: [], sites: [] };

declare global {
  interface Window {
    maglensBench: typeof api;
  }
}

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

  /** MagLens' full scan to registered highlights, sliced as in the extension. */
  scan(dataset: ContentDataset): Promise<ScanStats> {
    const controller = new AbortController();
    return new Promise((resolve) => {
      createPageMarks(
        {
          dataset,
          settings: SETTINGS,
          siteEnabled: true,
          signal: controller.signal,
          isOwnElement: () => false,
        },
        {
          onScanned: (stats) => {
            controller.abort();
            resolve(stats);
          },
        },
      );
    });
  },
};

window.maglensBench = api;

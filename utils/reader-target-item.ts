import { storage } from 'wxt/utils/storage';

/**
 * Where "Read more" on a card wants the popup's reader to open: written by the background
 * (entrypoints/background/open-reader.ts) just before it opens the popup, read and cleared by the popup
 * (components/reader/reader-target.ts).
 */
export interface ReaderTarget {
  articleId: string;
  sectionId?: string;
  /** Date.now() when it was written; the popup ignores stale ones. */
  at: number;
}

export const readerTargetItem = storage.defineItem<ReaderTarget | null>('local:readerTarget', {
  fallback: null,
});

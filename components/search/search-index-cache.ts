import type { ReaderDataset } from '@/utils/dataset/types';
import { buildSearchIndex, type SearchIndex } from '@/utils/search';

let cache: { data: ReaderDataset; index: SearchIndex } | null = null;

/** The search index, built the first time search is opened (not on the popup's first paint). */
export function searchIndexFor(data: ReaderDataset): SearchIndex {
  if (cache?.data !== data) cache = { data, index: buildSearchIndex(data.search) };
  return cache.index;
}

import { buildMatcherIndex } from '../matcher/term-matcher.ts';
import { loadDataset } from './load-files.ts';
import type { ContentDataset, ReaderDataset } from './types.ts';

/** The compact part of the dataset the content script ships: cards, wordings and the matcher's
 * index, built here once rather than on every page. */
export function toContentDataset(dataset: ReaderDataset): ContentDataset {
  return {
    version: dataset.version,
    topics: dataset.topics,
    terms: dataset.terms,
    matcher: dataset.matcher,
    matcherIndex: buildMatcherIndex(dataset.matcher),
  };
}

/** The content script's dataset, compiled from data/ under `root` (the benchmark uses it). */
export function loadContentDataset(root: string): ContentDataset {
  return toContentDataset(loadDataset(root));
}

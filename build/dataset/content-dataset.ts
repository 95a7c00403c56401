import type {
  BackgroundDataset,
  CardDataset,
  FrameDataset,
  PackedWordings,
  PageDataset,
  ReaderDataset,
} from '../../utils/dataset/types.ts';
import { packWordings } from '../../utils/matcher/packed-wordings.ts';
import { loadDataset } from './load-files.ts';

/** Each term's topic id, by term id. */
function termTopics(dataset: ReaderDataset): Record<string, string> {
  return Object.fromEntries(dataset.terms.map((term) => [term.id, term.topicId]));
}

/** The part of the dataset every frame's content script ships: the topics' colours and the wordings
 * packed with their terms' topics (the prefilter built here once rather than on every page); no card text. */
export function toPageDataset(dataset: ReaderDataset): PageDataset {
  return {
    version: dataset.version,
    topics: dataset.topics.map(({ id, color }) => ({ id, color })),
    matcher: packWordings(dataset.matcher, termTopics(dataset)),
  };
}

/** What every frame's content script ships: the page dataset less the trie, the wordings and the terms'
 * topics, which a frame loads (the marking chunk) when its text first holds a candidate. */
export function toFrameDataset({ version, topics, matcher }: PageDataset): FrameDataset {
  return { version, topics, matcher: { prefilter: matcher.prefilter } };
}

/** The marking chunk's data: the trie of words, the wordings, the term ids they refer to and each term's
 * topic. */
export function toWordingsDataset({ matcher }: PageDataset): PackedWordings {
  const { trie, wordings, termIds, termTopics } = matcher;
  return { trie, wordings, termIds, termTopics };
}

/** Every card's text, for the card chunk the content script loads on first use. */
export function toCardDataset(dataset: ReaderDataset): CardDataset {
  return { topics: dataset.topics, terms: dataset.terms };
}

/** What the background needs to file a saved note under its topic. */
export function toBackgroundDataset(dataset: ReaderDataset): BackgroundDataset {
  return { termTopics: termTopics(dataset) };
}

/** The content script's dataset, compiled from data/ under `root` (the benchmark uses it). */
export function loadContentDataset(root: string): PageDataset {
  return toPageDataset(loadDataset(root));
}

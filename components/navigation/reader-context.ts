import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Article, CardTerm, ReaderDataset, Topic } from '@/utils/dataset/types';
import type { Note, StoreResult } from '@/utils/notes-store';
import type { Route } from './route';

/** What every reader view needs: the dataset with its look-ups, navigation, and saving a term. */
export interface ReaderContextValue {
  data: ReaderDataset;
  terms: Map<string, CardTerm>;
  topics: Map<string, Topic>;
  articles: Map<string, Article>;
  /** Opens a route, keeping the current one in the history for Back. */
  go: (route: Route) => void;
  /** Saves a term to My notes, attributed to the page the reader is looking at (or the reader itself). */
  saveTerm: (termId: string) => Promise<StoreResult<Note>>;
}

export function createLookups(data: ReaderDataset) {
  return {
    data,
    terms: new Map(data.terms.map((t) => [t.id, t])),
    topics: new Map(data.topics.map((t) => [t.id, t])),
    articles: new Map(data.articles.map((a) => [a.id, a])),
  };
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const value = useContext(ReaderContext);
  if (!value) throw new Error('ReaderContext is missing');
  return value;
}

import { useMemo } from 'preact/hooks';
import type { ReaderDataset } from '@/utils/dataset/types';
import { addNote } from '@/utils/notes-store';
import { createLookups, type ReaderContextValue } from './reader-context';
import type { Route } from './route';

/** The page a saved term is attributed to in My notes. */
export interface NotePage {
  title: string;
  url: string;
}

/** The ReaderContext value for a reader (popup or full tab): look-ups, navigation, and saving a term. */
export function useReaderContext(
  data: ReaderDataset,
  go: (route: Route) => void,
  page: NotePage,
): ReaderContextValue {
  const { title, url } = page;
  return useMemo<ReaderContextValue>(
    () => ({
      ...createLookups(data),
      go,
      saveTerm: (termId) =>
        addNote({
          termId,
          topicId: data.terms.find((t) => t.id === termId)?.topicId ?? '',
          pageTitle: title,
          pageUrl: url,
        }),
    }),
    [data, go, title, url],
  );
}

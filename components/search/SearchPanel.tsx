import { useMemo } from 'preact/hooks';
import { useReader } from '@/components/navigation/reader-context';
import { search, suggest } from '@/utils/search';
import { SearchView } from './SearchView';
import { searchIndexFor } from './search-index-cache';

interface Props {
  query: string;
  /** Replaces the current route's query (typing does not pile up history). */
  onQuery: (query: string) => void;
}

export function SearchPanel({ query, onQuery }: Props) {
  const { data, articles } = useReader();
  const index = searchIndexFor(data);
  const hits = useMemo(() => search(index, query), [index, query]);
  const suggestions = useMemo(() => (hits.length ? [] : suggest(index, query)), [index, query, hits]);
  return (
    <SearchView
      query={query}
      hits={hits}
      suggestions={suggestions}
      articleTitle={(id) => articles.get(id)?.title ?? id}
      onQuery={onQuery}
    />
  );
}

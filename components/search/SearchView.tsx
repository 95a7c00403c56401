import { RouteLink } from '@/components/navigation/RouteLink';
import type { Route } from '@/components/navigation/route';
import { firstSentence } from '@/components/ui/first-sentence';
import { useAutoFocus } from '@/components/ui/use-auto-focus';
import type { SearchHit, Suggestion } from '@/utils/search';

interface Props {
  query: string;
  hits: SearchHit[];
  suggestions: Suggestion[];
  /** "Article title" for each section ref, to say where a section hit lives. */
  articleTitle: (articleId: string) => string;
  onQuery: (query: string) => void;
}

export function routeOfHit(hit: SearchHit): Route {
  if (hit.doc.kind === 'term') return { view: 'term', termId: hit.doc.ref };
  const [articleId = '', sectionId] = hit.doc.ref.split('#');
  return { view: 'article', articleId, sectionId };
}

/** The search box and its results; results update as you type. */
export function SearchView({ query, hits, suggestions, articleTitle, onQuery }: Props) {
  const trimmed = query.trim();
  const input = useAutoFocus<HTMLInputElement>();
  return (
    <section class="ml-search" aria-labelledby="search-heading">
      <h1 id="search-heading" class="ml-view-title">
        Search
      </h1>
      <input
        type="search"
        class="ml-search-input"
        aria-label="Search terms and articles"
        placeholder="Try “PPI”, “cramps” or “sleep”"
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        ref={input}
      />
      <p role="status" class="ml-muted ml-status">
        {trimmed &&
          (hits.length
            ? `${hits.length} result${hits.length === 1 ? '' : 's'}`
            : `Nothing found for “${trimmed}”.`)}
      </p>
      {trimmed && hits.length === 0 && suggestions.length > 0 && (
        <p>
          Did you mean{' '}
          {suggestions.map((s, i) => (
            <span key={s.ref}>
              {i > 0 && ', '}
              <button type="button" class="ml-link-button" onClick={() => onQuery(s.text)}>
                {s.text}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      <ul class="ml-list" aria-label="Results">
        {hits.map((hit) => (
          <li key={hit.doc.ref} class="ml-list-item">
            <RouteLink route={routeOfHit(hit)} class="ml-item-title">
              {hit.doc.title}
            </RouteLink>
            <p class="ml-muted">
              {hit.doc.kind === 'term' ? 'Term' : `In “${articleTitle(hit.doc.ref.split('#')[0] ?? '')}”`}
              {' · '}
              {hit.snippet ?? firstSentence(hit.doc.body)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { RouteLink } from '@/components/navigation/RouteLink';

/** What "On this page" offers where the page has no terms to show: the articles and the search. */
export function ReadInstead() {
  return (
    <p class="ml-read-instead">
      You can still <RouteLink route={{ view: 'articles' }}>read the articles</RouteLink> or{' '}
      <RouteLink route={{ view: 'search', query: '' }}>search the terms</RouteLink>.
    </p>
  );
}

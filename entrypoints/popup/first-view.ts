import type { PageTermsState } from './use-page-terms';

/**
 * Where the popup lands when it opens without an address of its own: "On this page" when the page has
 * something to show there (its terms, or a switch to turn MagLens on for it); the articles where it has
 * nothing (a browser or extension page, a page that does not answer, a page without terms). Null while
 * the page has not answered yet.
 */
export function firstView(result: PageTermsState): 'page' | 'articles' | null {
  switch (result.state) {
    case 'loading':
      return null;
    case 'ready':
      return result.terms.length > 0 ? 'page' : 'articles';
    case 'inactive':
      return 'page';
    default:
      return 'articles';
  }
}

/**
 * Where the reader is: one of the lists (tabs) or an article section or a term card. The same routes
 * live in the reader page's hash (`#/article/<id>/<section>`), so "Open in a tab" keeps the place.
 */

export type TabId = 'page' | 'articles' | 'search' | 'notes';

export type Route =
  | { view: 'page' }
  | { view: 'articles' }
  | { view: 'search'; query: string }
  | { view: 'notes' }
  | { view: 'article'; articleId: string; sectionId?: string }
  | { view: 'term'; termId: string };

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [view, a, b] = parts;
  switch (view) {
    case 'page':
    case 'articles':
    case 'notes':
      return { view };
    case 'search':
      return { view: 'search', query: a ? safeDecode(parts.slice(1).join('/')) : '' };
    case 'article':
      if (!a || !ID.test(a)) return null;
      return b && ID.test(b)
        ? { view: 'article', articleId: a, sectionId: b }
        : { view: 'article', articleId: a };
    case 'term':
      return a && ID.test(a) ? { view: 'term', termId: a } : null;
    default:
      return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function formatHash(route: Route): string {
  switch (route.view) {
    case 'search':
      return route.query ? `#/search/${encodeURIComponent(route.query)}` : '#/search';
    case 'article':
      return `#/article/${route.articleId}${route.sectionId ? `/${route.sectionId}` : ''}`;
    case 'term':
      return `#/term/${route.termId}`;
    default:
      return `#/${route.view}`;
  }
}

/** The tab a route belongs to, for the tab bar's selection. Articles and cards sit under "Articles". */
export function tabOf(route: Route, fallback: TabId): TabId {
  if (route.view === 'article') return 'articles';
  if (route.view === 'term') return fallback;
  return route.view;
}

export const sameRoute = (a: Route, b: Route) => formatHash(a) === formatHash(b);

/** The in-page history: a stack of routes, the current one last. Pure functions, newest state returned. */
export type RouteStack = readonly Route[];

export function pushRoute(stack: RouteStack, route: Route): RouteStack {
  const top = stack[stack.length - 1];
  if (top && sameRoute(top, route)) return stack;
  return [...stack, route].slice(-50);
}

export function popRoute(stack: RouteStack): RouteStack {
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}

/** Switching tabs starts a new history at that tab; typing in search replaces the top, not piles up. */
export function replaceTop(stack: RouteStack, route: Route): RouteStack {
  return [...stack.slice(0, -1), route];
}

import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, popRoute, pushRoute, type Route, replaceTop, tabOf } from './route';

describe('reader routes', () => {
  it('reads and writes the reader page hash', () => {
    const routes: Route[] = [
      { view: 'article', articleId: 'medicines', sectionId: 'proton-pump-inhibitors' },
      { view: 'article', articleId: 'sleep' },
      { view: 'term', termId: 'night-cramps' },
      { view: 'search', query: 'PPI / heartburn' },
      { view: 'search', query: '' },
      { view: 'notes' },
      { view: 'articles' },
      { view: 'page' },
    ];
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
    expect(formatHash(routes[0] as Route)).toBe('#/article/medicines/proton-pump-inhibitors');
  });

  it('ignores hashes that are not routes', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#/article/')).toBeNull();
    expect(parseHash('#/term/<img>')).toBeNull();
    expect(parseHash('#/article/sleep/"x"')).toEqual({ view: 'article', articleId: 'sleep' });
    expect(parseHash('#/search/%E0%A4%A')).toEqual({ view: 'search', query: '%E0%A4%A' });
  });

  it('keeps a history that goes back to where the reader came from', () => {
    let stack = pushRoute([{ view: 'page' }], { view: 'term', termId: 'insomnia' });
    stack = pushRoute(stack, { view: 'article', articleId: 'sleep', sectionId: 'what-trials-show' });
    stack = pushRoute(stack, { view: 'article', articleId: 'sleep', sectionId: 'what-trials-show' });
    expect(stack).toHaveLength(3);
    stack = popRoute(stack);
    expect(stack[stack.length - 1]).toEqual({ view: 'term', termId: 'insomnia' });
    expect(popRoute(popRoute(stack))).toEqual([{ view: 'page' }]);
    expect(replaceTop([{ view: 'search', query: 'p' }], { view: 'search', query: 'pp' })).toEqual([
      { view: 'search', query: 'pp' },
    ]);
  });

  it('selects the right tab for each view', () => {
    expect(tabOf({ view: 'article', articleId: 'food' }, 'page')).toBe('articles');
    expect(tabOf({ view: 'term', termId: 'insomnia' }, 'search')).toBe('search');
    expect(tabOf({ view: 'notes' }, 'page')).toBe('notes');
  });
});

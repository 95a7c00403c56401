import { describe, expect, it } from 'vitest';
import { firstView } from './first-view';

const term = { termId: 'insomnia', wordings: ['insomnia'], count: 1 };

describe('firstView', () => {
  it('lands on "On this page" where the page has terms', () => {
    expect(firstView({ state: 'ready', terms: [term] })).toBe('page');
  });

  it('lands on the articles where there is nothing to show', () => {
    expect(firstView({ state: 'ready', terms: [] })).toBe('articles');
    expect(firstView({ state: 'restricted' })).toBe('articles');
    expect(firstView({ state: 'no-tab' })).toBe('articles');
    expect(firstView({ state: 'no-answer' })).toBe('articles');
  });

  it('stays on "On this page" where MagLens is off for the site, whose switch is there', () => {
    expect(firstView({ state: 'inactive' })).toBe('page');
  });

  it('waits while the page has not answered', () => {
    expect(firstView({ state: 'loading' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createMarkStore, foldWritten, pageTermsOf } from './mark-store';
import type { FoundMatch } from './page-scanner';

const found = (
  termId: string,
  text: string,
  verdict: FoundMatch['verdict'] = 'yes',
  more: Partial<FoundMatch> = {},
): FoundMatch => ({
  termId,
  text,
  wording: text.toLowerCase(),
  verdict,
  passage: document.createElement('p'),
  healthPassage: verdict === 'yes',
  inMain: true,
  ...more,
  nodes: [document.createTextNode(text)],
  startOffset: 0,
  endOffset: text.length,
});

describe('mark store', () => {
  it('keeps the first occurrence of each wording in "first" density, all in "every"', () => {
    const store = createMarkStore();
    store.add(found('ppi', 'omeprazole'), 'medications');
    store.add(found('ppi', 'PPIs'), 'medications');
    store.add(found('ppi', 'omeprazole'), 'medications');
    const none = new Set<string>();
    expect(store.select({ disabledTopics: none, density: 'first' }).map((m) => m.text)).toEqual([
      'omeprazole',
      'PPIs',
    ]);
    expect(store.select({ disabledTopics: none, density: 'every' })).toHaveLength(3);
    expect(store.select({ disabledTopics: new Set(['medications']), density: 'every' })).toEqual([]);
  });

  it('lets everyday wordings outside a health passage count only once three passages are about health', () => {
    const store = createMarkStore();
    store.add(found('depression', 'depression', 'page'), 'mood-stress');
    store.add(found('insomnia', 'insomnia'), 'sleep');
    store.add(found('insomnia', 'insomnia'), 'sleep');
    const none = new Set<string>();
    expect(store.counted(none).map((m) => m.termId)).toEqual(['insomnia', 'insomnia']);
    store.add(found('ppi', 'omeprazole'), 'medications');
    expect(store.counted(none).map((m) => m.termId)).toEqual(['depression', 'insomnia', 'insomnia', 'ppi']);
  });

  it('never lets everyday wordings vouch for each other, however many', () => {
    const store = createMarkStore();
    for (const word of ['coffee', 'stress', 'old age', 'nuts', 'anxiety', 'tea'])
      store.add(found(word, word, 'yes', { healthPassage: false }), 'lifestyle');
    store.add(found('depression', 'depression', 'page'), 'mood-stress');
    expect(store.counted(new Set()).map((m) => m.termId)).not.toContain('depression');
  });

  it('does not call a page about health when its health passages are few among many others', () => {
    const store = createMarkStore();
    for (const term of ['insomnia', 'omeprazole', 'antibiotics']) store.add(found(term, term), 'x');
    for (let i = 0; i < 7; i++) store.add(found('coffee', 'coffee', 'page'), 'lifestyle');
    expect(store.counted(new Set()).map((m) => m.termId)).toEqual(['insomnia', 'omeprazole', 'antibiotics']);
  });

  it('keeps marks outside the main content quiet', () => {
    const store = createMarkStore();
    store.add(found('insomnia', 'insomnia', 'yes', { inMain: false }), 'sleep');
    store.add(found('insomnia', 'insomnia'), 'sleep');
    const painted = store.select({ disabledTopics: new Set(), density: 'first' });
    expect(painted.map((m) => m.inMain)).toEqual([true]);
  });

  it('groups terms for the popup with every wording and the full count', () => {
    const store = createMarkStore();
    store.add(found('ppi', 'Omeprazole'), 'medications');
    store.add(found('ppi', 'omeprazole'), 'medications');
    store.add(found('ppi', 'PPIs'), 'medications');
    expect(pageTermsOf(store.counted(new Set()))).toEqual([
      { termId: 'ppi', wordings: ['Omeprazole', 'PPIs'], count: 3 },
    ]);
  });

  it('forgets removed marks and their node index', () => {
    const store = createMarkStore();
    const mark = store.add(found('ppi', 'omeprazole'), 'medications');
    expect(store.startingIn(mark.nodes[0]!)).toEqual([mark]);
    expect(store.removeWhere((m) => m === mark)).toBe(1);
    expect(store.startingIn(mark.nodes[0]!)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('folds written wordings for comparison', () => {
    expect(foldWritten(' Crohn’s\u00a0Disease ')).toBe("crohn's disease");
  });
});

import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '@/utils/dataset/types';
import { blockVerdict, containsPhrase, createPassage, foldForPhrases, resolveEntry } from './context-rules';
import { createTermMatcher } from './term-matcher';

const ppi: MatcherEntry = {
  text: 'PPI',
  termId: 'proton-pump-inhibitors',
  exactCase: true,
  kind: 'specific',
  context: { anyOf: ['proton pump', 'heartburn', 'stomach acid'], noneOf: ['pixels', 'display', 'screen'] },
};

const plain: MatcherEntry = { text: 'PPI', termId: 'x', exactCase: true, kind: 'specific' };
const coffee: MatcherEntry = { text: 'coffee', termId: 'caffeine', exactCase: false, kind: 'everyday' };

describe('context rules', () => {
  it('finds phrases as whole words, across any white space and apostrophes', () => {
    const block = foldForPhrases('Long-term Proton\u00a0pump use; it’s heartburn.');
    expect(containsPhrase(block, 'proton pump')).toBe(true);
    expect(containsPhrase(block, "it's")).toBe(true);
    expect(containsPhrase(block, 'burn')).toBe(false);
  });

  it('rules an ambiguous wording out when a noneOf phrase is in the block', () => {
    expect(blockVerdict(ppi.context!, foldForPhrases('A 6.7-inch display at 411 PPI'))).toBe('no');
    expect(blockVerdict(ppi.context!, foldForPhrases('The screen has heartburn-level PPI'))).toBe('no');
  });

  it('rules it in when an anyOf phrase is in the block', () => {
    expect(blockVerdict(ppi.context!, foldForPhrases('A PPI reduces stomach acid'))).toBe('yes');
  });

  it('leaves the decision to the page otherwise', () => {
    expect(blockVerdict(ppi.context!, foldForPhrases('Ask about your PPI'))).toBe('page');
  });

  const matcher = createTermMatcher([ppi, coffee, { ...plain, text: 'omeprazole' }]);
  const passage = (text: string) => createPassage(text, matcher);

  it('counts a specific wording wherever it stands, unless a noneOf phrase rules it out', () => {
    expect(resolveEntry([plain], passage(''))).toEqual({ entry: plain, verdict: 'yes' });
    expect(resolveEntry([ppi], passage('Ask about your PPI'))?.verdict).toBe('yes');
    const other: MatcherEntry = { ...ppi, termId: 'other', context: { anyOf: ['pump'], noneOf: [] } };
    expect(resolveEntry([ppi, other], passage('a pump on the screen'))?.entry.termId).toBe('other');
    expect(resolveEntry([ppi], passage('on the display'))).toBeNull();
  });

  it('counts an everyday wording in a health passage, and leaves it to the page elsewhere', () => {
    expect(resolveEntry([coffee], passage('Coffee with my doctor'))?.verdict).toBe('yes');
    expect(resolveEntry([coffee], passage('Coffee with 20 mg of it'))?.verdict).toBe('yes');
    expect(resolveEntry([coffee], passage('Coffee and omeprazole'))?.verdict).toBe('yes');
    expect(resolveEntry([coffee], passage('Coffee and tea and more coffee'))?.verdict).toBe('page');
  });

  it('rules out uses that are another sense', () => {
    const text = 'She put it on the coffee table.';
    const start = text.indexOf('coffee');
    expect(resolveEntry([coffee], passage(text), { text, start, end: start + 6 })).toBeNull();
  });
});

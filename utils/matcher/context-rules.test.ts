import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '@/utils/dataset/types';
import { blockVerdict, containsPhrase, foldForPhrases, resolveEntry } from './context-rules';

const ppi: MatcherEntry = {
  text: 'PPI',
  termId: 'proton-pump-inhibitors',
  exactCase: true,
  kind: 'specific',
  context: { anyOf: ['proton pump', 'heartburn', 'stomach acid'], noneOf: ['pixels', 'display', 'screen'] },
};

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

  it('resolves an unambiguous entry at once and picks the first entry its block accepts', () => {
    const plain: MatcherEntry = { text: 'PPI', termId: 'x', exactCase: true, kind: 'specific' };
    expect(resolveEntry([plain], () => '')).toEqual({ entry: plain, verdict: 'yes' });
    const other: MatcherEntry = { ...ppi, termId: 'other', context: { anyOf: ['pump'], noneOf: [] } };
    expect(resolveEntry([ppi, other], () => 'a pump')?.entry.termId).toBe('other');
    expect(resolveEntry([ppi], () => 'on the display')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '@/utils/dataset/types';
import { extendOverlaps } from './overlaps';
import { createTermMatcher } from './term-matcher';

const entry = (text: string, termId: string): MatcherEntry => ({
  text,
  termId,
  exactCase: false,
  kind: 'specific',
});
const matcher = createTermMatcher([
  entry('poor sleep', 'sleep-quality'),
  entry('sleep quality', 'sleep-quality'),
  entry('quality scores', 'sleep-quality'),
  entry('leg cramps', 'leg-cramps'),
  entry('cramps at night', 'night-cramps'),
]);

/** The matches as the scanner takes them: each extended, the next looked for after it. */
function joined(text: string): string[] {
  const out: string[] = [];
  for (let m = matcher.findNext(text, 0); m !== null; m = matcher.findNext(text, m.end)) {
    m = extendOverlaps(text, m, matcher);
    out.push(text.slice(m.start, m.end));
  }
  return out;
}

describe('overlapping wordings', () => {
  it('joins two wordings of one term that share a word into one match', () => {
    expect(joined('Her poor sleep quality got worse.')).toEqual(['poor sleep quality']);
  });

  it('keeps joining while the next wording overlaps too', () => {
    expect(joined('poor sleep quality scores')).toEqual(['poor sleep quality scores']);
  });

  it('leaves wordings of different terms as they are', () => {
    expect(joined('leg cramps at night')).toEqual(['leg cramps']);
  });

  it('leaves a single-word or lone match alone', () => {
    expect(joined('Some poor sleep.')).toEqual(['poor sleep']);
  });
});

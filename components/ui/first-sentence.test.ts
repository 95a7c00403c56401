import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence';

describe('firstSentence', () => {
  it('takes the first sentence of a note', () => {
    expect(firstSentence('Long-term use can lower magnesium. Ask about it.')).toBe(
      'Long-term use can lower magnesium.',
    );
    expect(firstSentence('About 2.5 mg a day, e.g. in nuts. More here.')).toBe(
      'About 2.5 mg a day, e.g. in nuts.',
    );
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});

import { describe, expect, it } from 'vitest';
import { foldForPhrases } from './phrases';
import { hasHealthCue, isOtherSense } from './senses';

/** Is `wording`, where it first stands in `text`, another sense than health? */
const other = (text: string, wording: string, kind: 'specific' | 'everyday' = 'everyday') => {
  const start = text.toLowerCase().indexOf(wording.toLowerCase());
  return isOtherSense({ text, start, end: start + wording.length }, wording, kind);
};

describe('sense rules', () => {
  it('finds clear health cues, a dose with its unit among them', () => {
    expect(hasHealthCue(foldForPhrases('Ask your doctor first.'))).toBe(true);
    expect(hasHealthCue(foldForPhrases('Take 350 mg a day.'))).toBe(true);
    expect(hasHealthCue(foldForPhrases('He drove his MG to the coast.'))).toBe(false);
    expect(hasHealthCue(foldForPhrases('She drank coffee and felt stressed.'))).toBe(false);
  });

  it('rules out verbs but keeps nouns', () => {
    expect(other('She wanted to stress one point.', 'stress')).toBe(true);
    expect(other('We must stress that nothing changed.', 'stress')).toBe(true);
    expect(other('Stress the importance of rest.', 'stress')).toBe(true);
    expect(other('The stress of the job kept her awake.', 'stress')).toBe(false);
    expect(other('Sleep suffers under stress.', 'stress')).toBe(false);
    expect(other('It is linked to stress, not diet.', 'stress')).toBe(false);
  });

  it('rules out idioms, "-free" and "non-" forms and negations', () => {
    expect(other('a book on the coffee table', 'coffee')).toBe(true);
    expect(other('the nuts and bolts of the deal', 'nuts')).toBe(true);
    expect(other('planting the seeds of doubt', 'seeds')).toBe(true);
    expect(other('an alcohol-free punch', 'alcohol')).toBe(true);
    expect(other('a caffeine free cola', 'caffeine')).toBe(true);
    expect(other('anti-ageing cream', 'ageing')).toBe(true);
    expect(other('there was no alcohol at the party', 'alcohol')).toBe(true);
    expect(other('a drug seizure at the port', 'seizure', 'specific')).toBe(true);
    expect(other('coffee raises blood pressure', 'coffee')).toBe(false);
    expect(other('a cup of coffee after dinner', 'coffee')).toBe(false);
  });

  it('lets a negation stand before a specific wording', () => {
    expect(other('no omeprazole for a week', 'omeprazole', 'specific')).toBe(false);
  });
});

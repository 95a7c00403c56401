import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '@/utils/dataset/types';
import { buildMatcherIndex, candidateKey, createTermMatcher, startPrefilter } from './term-matcher';

const entry = (text: string, termId: string, exactCase = /[A-Z]{2}/.test(text)): MatcherEntry => ({
  text,
  termId,
  exactCase,
  kind: 'specific',
});

const matcher = createTermMatcher([
  entry('GABA', 'gaba'),
  entry('hypertension', 'hypertension'),
  entry('restless legs', 'restless-legs'),
  entry('restless legs syndrome', 'restless-legs'),
  entry('muscle cramps', 'muscle-cramps'),
  entry('PPI', 'proton-pump-inhibitors'),
  entry('PPIs', 'proton-pump-inhibitors'),
  entry('omeprazole', 'proton-pump-inhibitors'),
  entry("Crohn's disease", 'crohns-disease'),
  entry('type 2 diabetes', 'type-2-diabetes'),
  entry('vitamin D', 'vitamin-d'),
  entry('B-vitamins', 'b-vitamins'),
]);

const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));
const termsIn = (text: string) => matcher.findAll(text).map((m) => m.entries[0]!.termId);

describe('term matcher', () => {
  it('matches whole words only', () => {
    expect(found('Gabapentin is not GABA.')).toEqual(['GABA']);
    expect(found('hypertensive crisis and hypertension')).toEqual(['hypertension']);
    expect(found('omeprazoles')).toEqual([]);
  });

  it('prefers the longest wording', () => {
    expect(found('She has restless legs syndrome at night')).toEqual(['restless legs syndrome']);
    expect(found('restless legs at night')).toEqual(['restless legs']);
  });

  it('matches abbreviations only in their written case, other wordings in any case', () => {
    expect(found('ppi and Ppi and PPI')).toEqual(['PPI']);
    expect(found('HYPERTENSION, Hypertension')).toEqual(['HYPERTENSION', 'Hypertension']);
    expect(found('Vitamin d levels')).toEqual(['Vitamin d']);
  });

  it('finds listed variants such as plurals', () => {
    expect(found('PPIs like omeprazole')).toEqual(['PPIs', 'omeprazole']);
  });

  it('accepts straight and curly apostrophes', () => {
    expect(found("Crohn’s disease and Crohn's disease")).toEqual(['Crohn’s disease', "Crohn's disease"]);
  });

  it('accepts any white space between words, including no-break spaces and line breaks', () => {
    expect(found('muscle\u00a0cramps, muscle \n\t cramps, muscle\u202fcramps')).toHaveLength(3);
    expect(found('type\u00a02 diabetes')).toEqual(['type\u00a02 diabetes']);
  });

  it('does not join words across other punctuation unless the wording has it', () => {
    expect(found('muscle. Cramps')).toEqual([]);
    expect(found('muscle-cramps')).toEqual([]);
    expect(termsIn('B-vitamins and B vitamins')).toEqual(['b-vitamins']);
  });

  it('reports offsets in the original text', () => {
    const text = 'Take omeprazole daily';
    const [m] = matcher.findAll(text);
    expect(m).toMatchObject({ start: 5, end: 15 });
  });

  it('keeps every entry of a wording shared by two terms', () => {
    const shared = createTermMatcher([
      {
        text: 'stress',
        termId: 'chronic-stress',
        exactCase: false,
        kind: 'specific',
        context: { anyOf: [], noneOf: [] },
      },
      {
        text: 'stress',
        termId: 'cortisol',
        exactCase: false,
        kind: 'specific',
        context: { anyOf: [], noneOf: [] },
      },
    ]);
    expect(shared.size).toBe(1);
    expect(shared.findAll('stress')[0]!.entries.map((e) => e.termId)).toEqual(['chronic-stress', 'cortisol']);
  });

  it('copes with characters that change length when lower-cased', () => {
    expect(found('İstanbul omeprazole')).toEqual(['omeprazole']);
  });

  it('does not grow its work with the dictionary: 5,000 extra wordings find the same matches', () => {
    const big = Array.from({ length: 5000 }, (_, i) => entry(`zz${i} word${i % 7}`, `t${i}`));
    const withBig = createTermMatcher([...big, entry('omeprazole', 'proton-pump-inhibitors')]);
    expect(withBig.findAll('zz12 word5 and omeprazole').map((m) => m.entries[0]!.termId)).toEqual([
      't12',
      'proton-pump-inhibitors',
    ]);
  });

  it('first-word prefilter never hides a wording: one-letter words, apostrophes, astral and Greek letters', () => {
    const tricky = createTermMatcher([
      entry('o', 'o'),
      entry("o'clock", 'oclock'),
      entry('x ray', 'x-ray'),
      entry('𝛂 blocker', 'alpha'),
      entry('ΣΑΣ', 'sas', false),
      entry('été', 'ete'),
      entry('2 diabetes', 'two'),
      entry('ab', 'ab'),
    ]);
    const ids = (text: string) => tricky.findAll(text).map((m) => m.entries[0]!.termId);
    expect(ids("o' and o’clock, o.")).toEqual(['o', 'oclock', 'o']);
    expect(ids('X ray; an x-ray; _x ray')).toEqual(['x-ray', 'x-ray']);
    expect(ids('a 𝛂 blocker')).toEqual(['alpha']);
    expect(ids('Σας σας')).toEqual(['sas', 'sas']);
    expect(ids('Été, «été»')).toEqual(['ete', 'ete']);
    expect(ids('type 2 diabetes, 22 diabetes')).toEqual(['two']);
    expect(ids('abc ab’s ab')).toEqual(['ab']);
    expect(ids('nothing here at all')).toEqual([]);
  });

  it('prefilter keys are the candidates found at the start of each first word', () => {
    const words = ['insomnia', 'b', "crohn's", 'vitamin'];
    const pattern = startPrefilter(words);
    expect(words.map((w) => candidateKey(pattern, w))).toEqual(words);
    expect("the insomnia of crohn's, b-12".match(pattern)).toEqual(['insomnia', "crohn's", 'b']);
    expect(pattern.source).not.toContain('insomnia');
  });

  it('prefilter reads the page in any case and passes over words that share only two first letters', () => {
    const pattern = startPrefilter(['insomnia', 'ppi', 'mg']);
    expect('INSOMNIA, inert, Intake, Insulin, PPIs, mg, mgs'.match(pattern)).toEqual([
      'INSOMNIA',
      'Insulin',
      'PPIs',
      'mg',
    ]);
  });

  it('finds the same with an index built ahead and shipped as JSON (as the content script gets it)', () => {
    const entries = [
      entry('restless legs syndrome', 'restless-legs'),
      entry("Crohn's disease", 'crohns-disease'),
      entry('PPI', 'proton-pump-inhibitors'),
      entry('A-fib', 'atrial-fibrillation', false),
      entry('o', 'o'),
    ];
    const shipped = JSON.parse(JSON.stringify(buildMatcherIndex(entries)));
    const text = "PPI, ppi, a-fib, A fib, Crohn’s disease, o'clock, o, restless legs syndrome";
    const spans = (m: ReturnType<typeof createTermMatcher>) => m.findAll(text).map((x) => [x.start, x.end]);
    expect(spans(createTermMatcher(entries, shipped))).toEqual(spans(createTermMatcher(entries)));
    expect(spans(createTermMatcher(entries, shipped))).toHaveLength(5);
    // An index built for other entries is not used.
    const stale = buildMatcherIndex(entries.slice(0, 2));
    expect(spans(createTermMatcher(entries, stale))).toEqual(spans(createTermMatcher(entries)));
  });

  it('finds the next match from a given offset', () => {
    const text = 'omeprazole, then muscle cramps';
    expect(matcher.findNext(text, 0)).toMatchObject({ start: 0, end: 10 });
    expect(matcher.findNext(text, 10)).toMatchObject({ start: 17, end: 30 });
    expect(matcher.findNext(text, 30)).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { toPageDataset } from '@/build/dataset/content-dataset';
import { loadDataset } from '@/build/dataset/load-files';
import type { MatcherEntry, PackedWordings } from '@/utils/dataset/types';
import {
  createPageMatcher,
  createStagedPageMatcher,
  frontCode,
  packWordings,
  unfrontCode,
  unpackWordings,
  WordingsPending,
  wordingReader,
} from './packed-wordings';
import { createTermMatcher, lazyTermMatcher, readTrie } from './term-matcher';

const entry = (text: string, termId: string, extra: Partial<MatcherEntry> = {}): MatcherEntry => ({
  text,
  termId,
  exactCase: false,
  kind: 'specific',
  ...extra,
});

const entries = [
  entry('omeprazole', 'proton-pump-inhibitors'),
  entry('PPIs', 'proton-pump-inhibitors', { exactCase: true }),
  entry('restless legs syndrome', 'restless-legs'),
  entry('A-fib', 'atrial-fibrillation'),
  entry('stress', 'stress', { kind: 'everyday', context: { anyOf: ['anxiety'], noneOf: ['test'] } }),
];
const termTopics = {
  'proton-pump-inhibitors': 'medications',
  'restless-legs': 'sleep',
  stress: 'mood-stress',
};

describe('packed wordings', () => {
  it('unpack to exactly the wordings and topics of the shipped dataset', () => {
    const dataset = loadDataset(process.cwd());
    const { matcher } = toPageDataset(dataset);
    const unpacked = unpackWordings(JSON.parse(JSON.stringify(matcher)));
    expect(unpacked.entries).toEqual(dataset.matcher);
    // One byte per character in every frame's memory: nothing past U+00FF in what a page holds.
    const held = [matcher.trie, matcher.wordings, matcher.termIds, JSON.stringify(matcher.prefilter)];
    expect(held.filter((text) => /[\u0100-\uffff]/.test(text))).toEqual([]);
    expect(Object.fromEntries(unpacked.termTopics)).toEqual(
      Object.fromEntries(dataset.terms.map((t) => [t.id, t.topicId])),
    );
  });

  it('keep fields a wording may carry beyond the four columns', () => {
    const odd = [{ ...entry('tremor', 'tremor'), sense: 'medical | "quoted" \\ \u2013' } as MatcherEntry];
    expect(unpackWordings(packWordings(odd, { tremor: 'muscles-nerves' })).entries).toEqual(odd);
  });

  it('find what the plain matcher finds', () => {
    const text = 'Omeprazole and PPIs, ppis, Restless  legs syndrome, a fib, a-FIB, stress and more stress.';
    const spans = (found: { start: number; end: number }[]) => found.map((m) => [m.start, m.end]);
    const { matcher, topicOf } = createPageMatcher(packWordings(entries, termTopics));
    expect(spans(matcher.findAll(text))).toEqual(spans(createTermMatcher(entries).findAll(text)));
    expect(matcher.findAll(text).map((m) => m.entries[0]!.termId)).toEqual([
      'proton-pump-inhibitors',
      'proton-pump-inhibitors',
      'restless-legs',
      'atrial-fibrillation',
      'stress',
      'stress',
    ]);
    expect(topicOf('restless-legs')).toBe('sleep');
    expect(topicOf('constructor')).toBeUndefined();
  });

  it('read nothing of the trie or the wordings for text without a candidate for any wording', () => {
    const packed = packWordings(entries, termTopics);
    const read: string[] = [];
    const watched = new Proxy(packed, {
      get(target, field: keyof typeof packed) {
        if (field !== 'prefilter') read.push(field);
        return target[field];
      },
    });
    const { matcher } = createPageMatcher(watched);
    expect(matcher.findAll('A quiet afternoon by a lake, with a cup of tea and restless birds.')).toEqual([]);
    expect(read).toEqual([]);
    expect(matcher.findAll('Then omeprazole.')).toHaveLength(1);
    expect(read).toContain('trie');
  });

  it('make only the wordings a text finds into entries', () => {
    const reader = wordingReader(packWordings(entries, termTopics));
    const made = vi.fn(reader.entryAt);
    const trie = readTrie(packWordings(entries, termTopics).trie, made);
    const matcher = lazyTermMatcher(null, () => trie);
    expect(matcher.findAll('Restless legs syndrome, then restless legs syndrome again.')).toHaveLength(2);
    expect(made.mock.calls).toEqual([[2]]);
  });

  it("load the wordings on a frame's first candidate only, once, and then find what they hold", async () => {
    const { trie, wordings, termIds, termTopics: topics, ...frame } = packWordings(entries, termTopics);
    const load = vi.fn(() => Promise.resolve({ trie, wordings, termIds, termTopics: topics }));
    const { matcher, topicOf } = createStagedPageMatcher(frame, load);
    expect(matcher.findAll('A quiet afternoon by a lake, with a cup of tea.')).toEqual([]);
    expect(load).not.toHaveBeenCalled();

    const text = 'Then omeprazole and restless legs syndrome.';
    let pending: unknown;
    try {
      matcher.findAll(text);
    } catch (error) {
      pending = error;
    }
    expect(pending).toBeInstanceOf(WordingsPending);
    expect(() => matcher.findAll(text)).toThrow(WordingsPending);
    await (pending as WordingsPending).loaded;
    expect(matcher.findAll(text).map((m) => m.entries[0]!.termId)).toEqual([
      'proton-pump-inhibitors',
      'restless-legs',
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    // Each term's topic comes with the wordings, for the matches they find.
    expect(topicOf('restless-legs')).toBe('sleep');
    expect(topicOf('constructor')).toBeUndefined();
  });

  it('try a failed load of the wordings again at the next candidate', async () => {
    const { trie, wordings, termIds, termTopics: topics, ...frame } = packWordings(entries, termTopics);
    const load = vi
      .fn<() => Promise<PackedWordings>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ trie, wordings, termIds, termTopics: topics });
    const { matcher } = createStagedPageMatcher(frame, load);
    const pendingOf = () => {
      try {
        matcher.findAll('omeprazole');
      } catch (error) {
        return (error as WordingsPending).loaded;
      }
      return null;
    };
    await expect(pendingOf()).rejects.toThrow('offline');
    await pendingOf();
    expect(matcher.findAll('omeprazole')).toHaveLength(1);
  });
});

describe('front-coded keys', () => {
  it('read back the same words, sorted, in about half the characters', () => {
    const words = ['insulin', 'insomnia', 'a', 'pre', 'prediabetes', 'prediabetic', 'crohn’s', 'b12', 'σκ'];
    const packed = frontCode(words);
    expect(packed.split('\n')).toContain('3ulin');
    expect(unfrontCode(packed)).toEqual([...words].sort());
    const shipped = toPageDataset(loadDataset(process.cwd())).matcher.prefilter!.keys;
    const keys = unfrontCode(shipped);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shipped.length).toBeLessThan(keys.join('\n').length * 0.85);
  });

  it('stay ASCII, and read back, when words share a start longer than one character can count', () => {
    const long = 'x'.repeat(100);
    const packed = frontCode([`${long}a`, `${long}b`]);
    expect(packed).toMatch(/^[\n -~]*$/);
    expect(unfrontCode(packed)).toEqual([`${long}a`, `${long}b`]);
  });
});

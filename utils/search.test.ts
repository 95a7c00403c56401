import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import type { SearchDoc } from './dataset/types';
import { buildSearchIndex, normalize, prefixDistance, queryWords, search, suggest } from './search';

const index = buildSearchIndex(fakeReaderData.search);
const refs = (query: string) => search(index, query).map((hit) => hit.doc.ref);

describe('search', () => {
  it('normalises case, accents, apostrophes and spaces', () => {
    expect(normalize('  Crohn’s   DISEASE ')).toBe('crohn s disease');
    expect(normalize('Café')).toBe('cafe');
  });

  it('finds proton pump inhibitors first for "PPI", in any case', () => {
    expect(refs('PPI')[0]).toBe('proton-pump-inhibitors');
    expect(refs('ppi')[0]).toBe('proton-pump-inhibitors');
  });

  it('finds a term by one of its variants', () => {
    expect(refs('omeprazole')[0]).toBe('proton-pump-inhibitors');
    expect(refs('water pills')[0]).toBe('diuretics');
    expect(refs('pepitas')).toEqual(['pumpkin-seeds']);
  });

  it('finds results as you type, from the first letters', () => {
    expect(refs('ome')[0]).toBe('proton-pump-inhibitors');
    expect(refs('magnesium gly')[0]).toBe('magnesium-glycinate');
  });

  it('finds article sections by their text, with a snippet', () => {
    const hits = search(index, 'asleep faster');
    expect(hits.map((h) => h.doc.ref)).toEqual(['sleep#what-trials-show']);
    expect(hits[0]?.snippet).toContain('fell asleep');
  });

  it('centres the snippet on the word the query matched, not on the same letters inside another word', () => {
    const filler =
      'Most people feel happier and sleep better with a steady routine, and many keep a diary. '.repeat(3);
    const doc: SearchDoc = {
      kind: 'section',
      ref: 'medicines#ppi-note',
      title: 'A note on acid reducers',
      keywords: [],
      body: `${filler}A PPI taken for years can lower magnesium.`,
    };
    const [hit] = search(buildSearchIndex([doc]), 'ppi');
    expect(hit?.snippet).toContain('A PPI taken for years');
  });

  it('does not require the small filler words of a question to match', () => {
    const doc: SearchDoc = {
      kind: 'section',
      ref: 'sleep#night-cramps',
      title: 'Night cramps',
      keywords: [],
      body: 'Cramps that wake you in the night are common in older adults.',
    };
    const only = buildSearchIndex([doc]);
    expect(search(only, 'cramps at night').map((hit) => hit.doc.ref)).toEqual(['sleep#night-cramps']);
    expect(search(only, 'can I do it with cramps').map((hit) => hit.doc.ref)).toEqual(['sleep#night-cramps']);
    expect(search(only, 'cramps after running')).toEqual([]);
    expect(queryWords('on the')).toEqual(['on', 'the']);
  });

  it('ranks a term above an article section that only mentions it', () => {
    const order = refs('omeprazole');
    expect(order.indexOf('proton-pump-inhibitors')).toBeLessThan(
      order.indexOf('medicines#proton-pump-inhibitors'),
    );
  });

  it('needs every word of the query to match', () => {
    expect(refs('insomnia omeprazole')).toEqual([]);
    expect(refs('   ')).toEqual([]);
  });

  it('suggests close wordings when nothing matches', () => {
    expect(refs('magnesim')).toEqual([]);
    const magnesium = suggest(index, 'magnesim');
    expect(magnesium.length).toBeGreaterThan(0);
    expect(magnesium.every((s) => s.text.toLowerCase().startsWith('magnesium'))).toBe(true);
    expect(suggest(index, 'omeprazol')[0]?.text).toBe('omeprazole');
    expect(suggest(index, 'omeprazoel')[0]?.text).toBe('omeprazole');
    expect(suggest(index, 'glycinat')[0]?.ref).toBe('magnesium-glycinate');
    expect(suggest(index, 'xyzzyq')).toEqual([]);
  });

  it('measures edit distance to the closest prefix', () => {
    expect(prefixDistance('magnesim', 'magnesium glycinate', 2)).toBe(1);
    expect(prefixDistance('omeprazol', 'omeprazole', 2)).toBe(0);
    expect(prefixDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('answers each keystroke well under a frame on a dataset larger than the real one', () => {
    const words =
      'magnesium sleep muscle cramps kidney absorption supplement heart rhythm blood pressure trial'.split(
        ' ',
      );
    const docs: SearchDoc[] = [];
    for (let i = 0; i < 150; i++) {
      docs.push({
        kind: 'term',
        ref: `term-${i}`,
        title: `Term ${i} ${words[i % words.length]}`,
        keywords: Array.from({ length: 8 }, (_, k) => `variant ${i} ${k} ${words[(i + k) % words.length]}`),
        body: words.join(' ').repeat(3),
      });
    }
    for (let i = 0; i < 80; i++) {
      const body = Array.from({ length: 400 }, (_, k) => words[(i * k) % words.length]).join(' ');
      docs.push({ kind: 'section', ref: `a#s${i}`, title: `Section ${i}`, keywords: ['Article'], body });
    }
    const started = performance.now();
    const big = buildSearchIndex(docs);
    const buildMs = performance.now() - started;
    const typed = [
      'm',
      'ma',
      'mag',
      'magn',
      'magne',
      'magnes',
      'magnesi',
      'magnesiu',
      'magnesium',
      'magnesium s',
    ];
    const queries = [...typed, 'p', 'pp', 'ppi', 'kidney ab', 'xq', 'xqz', 'xqzw'];
    const t0 = performance.now();
    const rounds = 20;
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) if (search(big, q).length === 0) suggest(big, q);
    }
    const perKeystroke = (performance.now() - t0) / (rounds * queries.length);
    console.info(
      `search: ${docs.length} docs, ${Math.round(docs.reduce((n, d) => n + d.body.length, 0) / 1024)} KB; ` +
        `index built in ${buildMs.toFixed(1)} ms; ${perKeystroke.toFixed(3)} ms per keystroke`,
    );
    expect(search(big, 'magnesium').length).toBeGreaterThan(0);
  });
});

const readerData = loadDataset(process.cwd());

/** The shipped dataset through the search, and its speed (measured and reported, not asserted). */
describe('search over the shipped dataset', () => {
  const started = performance.now();
  const index = buildSearchIndex(readerData.search);
  const buildMs = performance.now() - started;

  it('finds proton pump inhibitors first for "PPI", and suggests "omeprazole" for "omeprazol"', () => {
    expect(search(index, 'PPI')[0]?.doc.ref).toBe('proton-pump-inhibitors');
    expect(search(index, 'omeprazole')[0]?.doc.ref).toBe('proton-pump-inhibitors');
    expect(suggest(index, 'omeprazoel')[0]?.text.toLowerCase()).toBe('omeprazole');
    expect(suggest(index, 'magnesim').length).toBeGreaterThan(0);
  });

  it('reports the time per keystroke', () => {
    const words = ['magnesium', 'omeprazole', 'restless legs', 'kidney', 'xqzvw', 'magnesim'];
    const keystrokes = words.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));
    const t0 = performance.now();
    const rounds = 10;
    for (let r = 0; r < rounds; r++) {
      for (const q of keystrokes) if (search(index, q).length === 0) suggest(index, q);
    }
    const perKeystroke = (performance.now() - t0) / (rounds * keystrokes.length);
    const kb = Math.round(readerData.search.reduce((n, d) => n + d.body.length, 0) / 1024);
    console.info(
      `search (shipped data): ${readerData.search.length} docs, ${kb} KB of text; index built in ` +
        `${buildMs.toFixed(1)} ms; ${perKeystroke.toFixed(3)} ms per keystroke over ${keystrokes.length} keystrokes`,
    );
    expect(perKeystroke).toBeGreaterThan(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '@/build/dataset/load-files';
import { marksInPassage } from './passage';
import { createTermMatcher } from './term-matcher';

/**
 * The labelled set (tests/fixtures/precision/*.yaml): sentences from many genres, each with the
 * terms a careful reader expects marked, run through the shipped dataset, the real matcher and the
 * real context and sense rules. Reports precision and recall per genre and fails below 97 %
 * precision or 95 % recall overall.
 */

interface Genre {
  genre: string;
  page: 'health' | 'other';
  sentences: { text: string; marks: string[] }[];
}

const dataset = loadDataset(process.cwd());
const matcher = createTermMatcher(dataset.matcher);
const folder = join(process.cwd(), 'tests/fixtures/precision');
const genres: Genre[] = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => parse(readFileSync(join(folder, name), 'utf8')) as Genre);

interface Score {
  sentences: number;
  right: number;
  wrong: number;
  missed: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

function score(genre: Genre, mistakes: string[]): Score {
  const result: Score = { sentences: genre.sentences.length, right: 0, wrong: 0, missed: 0 };
  for (const { text, marks } of genre.sentences) {
    const expected = new Set(marks);
    const found = new Set(marksInPassage(text, matcher, genre.page === 'health').map((m) => m.termId));
    for (const id of found) {
      if (expected.has(id)) result.right++;
      else {
        result.wrong++;
        mistakes.push(`${genre.genre}: wrong mark ${id}: ${text}`);
      }
    }
    for (const id of expected) {
      if (found.has(id)) continue;
      result.missed++;
      mistakes.push(`${genre.genre}: missed ${id}: ${text}`);
    }
  }
  return result;
}

describe('precision on the labelled set', () => {
  it('has at least 400 sentences from ten genres, every expected mark a real term', () => {
    const ids = new Set(dataset.terms.map((t) => t.id));
    expect(genres.length).toBeGreaterThanOrEqual(10);
    expect(genres.reduce((n, g) => n + g.sentences.length, 0)).toBeGreaterThanOrEqual(400);
    for (const genre of genres)
      for (const { text, marks } of genre.sentences)
        for (const id of marks) expect(ids.has(id), `${id} in "${text}"`).toBe(true);
  });

  it('never lets an everyday wording vouch for another: no anyOf word is itself an everyday wording', () => {
    const everyday = new Set(
      dataset.matcher.filter((e) => e.kind === 'everyday').map((e) => e.text.toLowerCase()),
    );
    for (const entry of dataset.matcher)
      for (const word of entry.context?.anyOf ?? [])
        expect(everyday.has(word.toLowerCase()), `${word} in the anyOf of "${entry.text}"`).toBe(false);
  });

  it('marks at least 97 % rightly and finds at least 95 % of what a reader expects', () => {
    const mistakes: string[] = [];
    const total: Score = { sentences: 0, right: 0, wrong: 0, missed: 0 };
    const rows = genres.map((genre) => {
      const s = score(genre, mistakes);
      total.sentences += s.sentences;
      total.right += s.right;
      total.wrong += s.wrong;
      total.missed += s.missed;
      return [genre.genre, s] as const;
    });
    const line = (name: string, s: Score) =>
      `${name.padEnd(12)} ${String(s.sentences).padStart(9)} ${String(s.right + s.wrong).padStart(6)} ` +
      `${percent(ratio(s.right, s.right + s.wrong)).padStart(10)} ${percent(ratio(s.right, s.right + s.missed)).padStart(8)}`;
    console.log(
      [
        'genre        sentences  marks  precision   recall',
        ...rows.map(([name, s]) => line(name, s)),
        line('all', total),
        ...mistakes,
      ].join('\n'),
    );
    expect(ratio(total.right, total.right + total.wrong)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(total.right, total.right + total.missed)).toBeGreaterThanOrEqual(0.95);
  });
});

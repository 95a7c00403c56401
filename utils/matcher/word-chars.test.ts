import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_RANGES } from './unicode-word-ranges';
import { isSpaceCode, isWordCode, normalizeGap, splitWording, wordEnd } from './word-chars';

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** The BMP ranges of letters, digits and marks, as unicode-word-ranges.ts stores them: "gap+span"
 * pairs in base 36, each gap counted from the end of the range before. */
function encodeWordRanges(): string {
  const pairs: string[] = [];
  let previousEnd = 0;
  let start = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const word =
      code < 0x10000 && (code < 0xd800 || code > 0xdfff) && UNICODE_WORD.test(String.fromCharCode(code));
    if (word && start < 0) start = code;
    if (!word && start >= 0) {
      pairs.push(`${(start - previousEnd).toString(36)}+${(code - 1 - start).toString(36)}`);
      previousEnd = code - 1;
      start = -1;
    }
  }
  return pairs.join(',');
}

describe('word characters', () => {
  it('the shipped table of word ranges is what Unicode says (UPDATE_WORD_RANGES=1 rewrites it)', () => {
    const fresh = encodeWordRanges();
    if (process.env.UPDATE_WORD_RANGES && fresh !== WORD_RANGES) {
      const file = path.resolve('utils/matcher/unicode-word-ranges.ts');
      const source = readFileSync(file, 'utf8').replace(/'[^']*';\s*$/, `'${fresh}';\n`);
      writeFileSync(file, source);
    }
    expect(WORD_RANGES).toBe(fresh);
  });

  it('classifies every code unit of the BMP exactly as Unicode does', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isWordCode(code) !== UNICODE_WORD.test(String.fromCharCode(code))) {
        expect([code.toString(16), isWordCode(code)]).toEqual([code.toString(16), !isWordCode(code)]);
      }
    }
  });

  it('treats letters of any script and digits as word characters', () => {
    for (const ch of ['a', 'Z', '7', 'é', 'ß', 'ж', 'ع', '中'])
      expect(isWordCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of [' ', '-', '.', '’', '\u00a0', '(']) expect(isWordCode(ch.charCodeAt(0))).toBe(false);
  });

  it('keeps an apostrophe inside a word only when a letter follows', () => {
    expect(wordEnd("Crohn's disease", 0)).toBe(7);
    expect(wordEnd('Crohn’s', 0)).toBe(7);
    expect(wordEnd("patients' notes", 0)).toBe(8);
  });

  it('knows no-break and thin spaces', () => {
    expect(isSpaceCode(0xa0)).toBe(true);
    expect(isSpaceCode(0x202f)).toBe(true);
    expect(isSpaceCode(45)).toBe(false);
  });

  it('splits a wording into words and separators', () => {
    expect(splitWording('Crohn’s  disease')).toEqual({ words: ["Crohn's", 'disease'], gaps: [' '] });
    expect(splitWording('B-vitamins')).toEqual({ words: ['B', 'vitamins'], gaps: ['-'] });
    expect(normalizeGap(' - ')).toBe('-');
  });
});

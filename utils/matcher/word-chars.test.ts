import { describe, expect, it } from 'vitest';
import { isSpaceCode, isWordCode, normalizeGap, splitWording, wordEnd } from './word-chars';

describe('word characters', () => {
  it('classifies Latin-1 and general punctuation up front exactly as Unicode does', () => {
    const unicode = /[\p{L}\p{N}\p{M}]/u;
    const codes = [
      ...Array.from({ length: 0x80 }, (_, i) => 0x80 + i),
      ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i),
    ];
    for (const code of codes) {
      expect([code, isWordCode(code)]).toEqual([code, unicode.test(String.fromCharCode(code))]);
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

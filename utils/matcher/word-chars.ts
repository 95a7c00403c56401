/**
 * What counts as a word for MagLens: letters, digits and combining marks, with straight or curly
 * apostrophes inside a word ("Crohn’s"). Everything else separates words.
 */

import { WORD_RANGES } from './unicode-word-ranges.ts';

/**
 * Read the first time a word is read, not before: no Unicode-property expression at run time (its first
 * uses cost milliseconds on every page, as it compiles a large character class, twice as it tiers up).
 * Latin-1 is a 256-entry table, read from the first few ranges; past it, the Unicode ranges of letters,
 * digits and marks are searched in one typed array of bounds (a few KiB, where a table of every code unit
 * would take 64 KiB in each frame), read only when a page's text first holds a character past Latin-1.
 */
let latin: Uint8Array | null = null;
/** Start, end (inclusive), start, end… of the word ranges past Latin-1, in order. */
let wide: Uint16Array | null = null;

/** Calls `range(start, end)` for each word range, in order, until it returns false. */
function eachWordRange(range: (start: number, end: number) => boolean): void {
  let at = 0;
  for (let from = 0; from < WORD_RANGES.length; ) {
    const comma = WORD_RANGES.indexOf(',', from);
    const pair = WORD_RANGES.slice(from, comma < 0 ? WORD_RANGES.length : comma);
    from = comma < 0 ? WORD_RANGES.length : comma + 1;
    const plus = pair.indexOf('+');
    at += Number.parseInt(pair.slice(0, plus), 36);
    const end = at + Number.parseInt(pair.slice(plus + 1), 36);
    if (!range(at, end)) return;
    at = end;
  }
}

function readLatin(): Uint8Array {
  const table = new Uint8Array(0x100);
  eachWordRange((start, end) => {
    if (start < 0x100) table.fill(1, start, Math.min(end, 0xff) + 1);
    return end < 0x100;
  });
  return table;
}

function readWide(): Uint16Array {
  const bounds: number[] = [];
  eachWordRange((start, end) => {
    if (end >= 0x100) bounds.push(Math.max(start, 0x100), end);
    return true;
  });
  bounds.push(0xd800, 0xdfff); // astral letters: rare, count as word
  // The surrogates sit between other ranges: keep the bounds in order for the search.
  const ranges: [number, number][] = [];
  for (let k = 0; k < bounds.length; k += 2) ranges.push([bounds[k]!, bounds[k + 1]!]);
  ranges.sort((x, y) => x[0] - y[0]);
  return Uint16Array.from(ranges.flat());
}

/** Is `code` (past Latin-1) inside one of the word ranges? Binary search over range starts. */
function inWideRange(ranges: Uint16Array, code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < ranges[2 * mid]!) high = mid - 1;
    else if (code > ranges[2 * mid + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Is this UTF-16 code unit part of a word? */
export function isWordCode(code: number): boolean {
  if (code < 0x100) {
    latin ??= readLatin();
    return latin[code] === 1;
  }
  wide ??= readWide();
  return inWideRange(wide, code);
}

export function isApostropheCode(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

/** Whitespace between words: spaces, tabs, newlines, no-break and other Unicode spaces. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Finds the end of the word starting at `start` (which must be a word code unit). An apostrophe
 * belongs to the word only when a word character follows it. */
export function wordEnd(text: string, start: number): number {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) i++;
    else if (isApostropheCode(code) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/**
 * MagLens' one way of folding text for comparing (the matcher's words, context phrases, wordings as written
 * on a page, the build's duplicate check): lower case, curly apostrophes straight. `foldText` also makes
 * every run of white space one space.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/** foldWord for running text: also every run of white space made one space. */
export function foldText(text: string): string {
  return foldWord(text).replace(/\s+/gu, ' ');
}

export function straightenApostrophes(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word;
}

/** A wording split into words and the separators between them: whitespace becomes " ", any other
 * separator (a hyphen, a slash) is kept without the spaces around it. */
export function splitWording(text: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let i = 0;
  let gapStart = -1;
  while (i < text.length) {
    if (isWordCode(text.charCodeAt(i))) {
      const end = wordEnd(text, i);
      if (words.length > 0) gaps.push(normalizeGap(text.slice(gapStart, i)));
      words.push(straightenApostrophes(text.slice(i, end)));
      i = end;
      gapStart = i;
    } else {
      i++;
    }
  }
  return { words, gaps };
}

/** A separator as the matcher compares it: only spaces → " ", otherwise the non-space characters. */
export function normalizeGap(gap: string): string {
  let out = '';
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (!isSpaceCode(code)) out += gap[i];
  }
  return out === '' ? ' ' : out;
}

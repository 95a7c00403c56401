/**
 * What counts as a word for MagLens: letters, digits and combining marks, with straight or curly
 * apostrophes inside a word ("Crohn’s"). Everything else separates words.
 */

import { WORD_RANGES } from './unicode-word-ranges.ts';

/** 1 = word, 2 = not a word, for every UTF-16 code unit: filled (natively) from the Unicode ranges of
 * letters, digits and marks the first time a word is read (no Unicode-property expression at run time:
 * its first uses cost milliseconds on every page, as it compiles a large character class, twice as it
 * tiers up), so a frame that never reads a word never allocates the 64 KiB table. */
let classes: Uint8Array | null = null;

function wordClasses(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(2);
  let at = 0;
  for (const pair of WORD_RANGES.split(',')) {
    const [gap, span] = pair.split('+');
    at += Number.parseInt(gap!, 36);
    const end = at + Number.parseInt(span!, 36);
    table.fill(1, at, end + 1);
    at = end;
  }
  table.fill(1, 0xd800, 0xe000); // astral letters: rare, count as word
  return table;
}

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Is this UTF-16 code unit part of a word? */
export function isWordCode(code: number): boolean {
  classes ??= wordClasses();
  return classes[code] === 1;
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

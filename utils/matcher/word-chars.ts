/**
 * What counts as a word for MagLens: letters, digits and combining marks, with straight or curly
 * apostrophes inside a word ("Crohn’s"). Everything else separates words.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** 0 = not classified yet, 1 = word, 2 = not a word; filled lazily outside ASCII. */
export const WORD_CLASSES = new Uint8Array(0x10000);
const classes = WORD_CLASSES;
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
for (let c = 0xd800; c <= 0xdfff; c++) classes[c] = 1; // astral letters: rare, count as word
// Latin-1 and general punctuation are classified up front (their categories have not changed since
// Unicode 1.1): on most pages the Unicode-property expression is then never needed, and its first
// uses cost milliseconds (it compiles a large character class, twice as it tiers up).
for (let c = 0x80; c <= 0xff; c++) {
  const letter = (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  const digit = c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  classes[c] = letter || digit ? 1 : 2;
}
for (let c = 0x2000; c <= 0x206f; c++) classes[c] = 2;

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Is this UTF-16 code unit part of a word? */
export function isWordCode(code: number): boolean {
  let kind = classes[code];
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    classes[code] = kind;
  }
  return kind === 1;
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

/** A hash of a folded word, as computed while scanning: the same on both sides of a look-up. */
export function wordHash(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
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

/** Lower-cases and turns curly apostrophes straight, for comparing words. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
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

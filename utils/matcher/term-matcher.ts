import type { MatcherEntry } from '@/utils/dataset/types';
import {
  foldWord,
  isSpaceCode,
  isWordCode,
  splitWording,
  straightenApostrophes,
  WORD_CLASSES,
  wordEnd,
  wordHash,
} from './word-chars';

/**
 * Finds the dataset's wordings in a run of text: whole words only, longest wording first, any case
 * unless the wording is exact-case, straight or curly apostrophes, any white space between words.
 *
 * The index maps a wording's first word (case-folded) to its candidates, longest first, so the cost
 * of a scan grows with the text, not with the size of the dictionary: each word of the text costs one
 * Map look-up, and only words that start some wording cost more.
 */

export interface TextMatch {
  start: number;
  end: number;
  /** The wording's entries, usually one; several only when a wording is ambiguous between terms. */
  entries: readonly MatcherEntry[];
}

interface Candidate {
  /** Words as compared: folded, or as written (apostrophes straightened) when exact-case. */
  words: string[];
  gaps: string[];
  exactCase: boolean;
  entries: MatcherEntry[];
}

export interface TermMatcher {
  /** Every match in `text`, left to right, never overlapping. */
  findAll(text: string): TextMatch[];
  /** How many distinct wordings the index holds. */
  readonly size: number;
}

/** Whitespace allowed between two words of a wording (source HTML can hold long indents). */
const MAX_GAP = 40;

export function createTermMatcher(entries: readonly MatcherEntry[]): TermMatcher {
  const byFirstWord = new Map<string, Candidate[]>();
  const byKey = new Map<string, Candidate>();
  for (const entry of entries) {
    const { words, gaps } = splitWording(entry.text);
    if (words.length === 0) continue;
    const compared = entry.exactCase ? words : words.map(foldWord);
    const key = `${entry.exactCase ? '=' : '~'}${compared.join('\u0001')}\u0002${gaps.join('\u0001')}`;
    const known = byKey.get(key);
    if (known) {
      known.entries.push(entry);
      continue;
    }
    const candidate: Candidate = { words: compared, gaps, exactCase: entry.exactCase, entries: [entry] };
    byKey.set(key, candidate);
    const first = foldWord(words[0]!);
    const list = byFirstWord.get(first);
    if (list) list.push(candidate);
    else byFirstWord.set(first, [candidate]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  // A bit set of first-word hashes: most words of a page fail it without allocating anything.
  const FILTER_BITS = 1 << 20;
  const filter = new Uint8Array(FILTER_BITS >> 3);
  for (const first of byFirstWord.keys()) {
    const h = wordHash(first) & (FILTER_BITS - 1);
    filter[h >> 3]! |= 1 << (h & 7);
  }

  function findAll(text: string): TextMatch[] {
    const matches: TextMatch[] = [];
    const n = text.length;
    const classes = WORD_CLASSES;
    let lowered: string | null = null;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let kind = classes[c];
      if (kind === 0) kind = isWordCode(c) ? 1 : 2;
      if (kind !== 1) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      let curly = false;
      for (;;) {
        // Case-fold as we go: ASCII by arithmetic, anything else through a cached table.
        const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
        if (f < 0) return findAllSlow(text, text.toLowerCase());
        h = (Math.imul(h, 31) + f) | 0;
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        kind = classes[c];
        if (kind === 0) kind = isWordCode(c) ? 1 : 2;
        if (kind === 1) continue;
        if ((c === 39 || c === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
          if (c !== 39) curly = true;
          c = 39;
          continue;
        }
        break;
      }
      const bit = h & (FILTER_BITS - 1);
      if ((filter[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      lowered ??= text.toLowerCase();
      if (lowered.length !== n) return findAllSlow(text, lowered);
      let key = lowered.slice(start, i);
      if (curly) key = straightenApostrophes(key);
      const candidates = byFirstWord.get(key);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const matchEnd = matchAt(text, lowered, true, start, i, candidate);
        if (matchEnd > 0) {
          matches.push({ start, end: matchEnd, entries: candidate.entries });
          i = matchEnd;
          break;
        }
      }
    }
    return matches;
  }

  function findAllSlow(text: string, lowered: string): TextMatch[] {
    const matches: TextMatch[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      const candidates = byFirstWord.get(foldWord(text.slice(i, end)));
      let next = end;
      if (candidates) {
        for (const candidate of candidates) {
          const matchEnd = matchAt(text, lowered, false, i, end, candidate);
          if (matchEnd > 0) {
            matches.push({ start: i, end: matchEnd, entries: candidate.entries });
            next = matchEnd;
            break;
          }
        }
      }
      i = next;
    }
    return matches;
  }

  return { findAll, size: byKey.size };
}

/** Lower-case of one UTF-16 unit, or -1 when lower-casing changes its length (İ). Cached. */
const FOLDED = new Int32Array(0x10000).fill(-2);
function foldCode(code: number): number {
  let folded = FOLDED[code]!;
  if (folded === -2) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : -1;
    FOLDED[code] = folded;
  }
  return folded;
}

/** Returns the end of the candidate's match starting at the word [start, firstEnd), or -1. */
function matchAt(
  text: string,
  lowered: string,
  sameLength: boolean,
  start: number,
  firstEnd: number,
  candidate: Candidate,
): number {
  const wordAt = (from: number, to: number): string => {
    if (candidate.exactCase) return straightenApostrophes(text.slice(from, to));
    return sameLength ? straightenApostrophes(lowered.slice(from, to)) : foldWord(text.slice(from, to));
  };
  if (candidate.exactCase && wordAt(start, firstEnd) !== candidate.words[0]) return -1;
  let pos = firstEnd;
  for (let k = 1; k < candidate.words.length; k++) {
    const gapStart = pos;
    let wordStart = pos;
    while (wordStart < text.length && !isWordCode(text.charCodeAt(wordStart))) {
      if (wordStart - gapStart > MAX_GAP) return -1;
      wordStart++;
    }
    if (wordStart === gapStart || wordStart >= text.length) return -1;
    if (!gapMatches(text, gapStart, wordStart, candidate.gaps[k - 1]!)) return -1;
    const end = wordEnd(text, wordStart);
    if (wordAt(wordStart, end) !== candidate.words[k]) return -1;
    pos = end;
  }
  return pos;
}

function gapMatches(text: string, from: number, to: number, expected: string): boolean {
  let other = '';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) other += text[i];
  }
  return other === '' ? expected === ' ' : other === expected;
}

import type { MatcherEntry } from '@/utils/dataset/types';
import {
  foldWord,
  isSpaceCode,
  isWordCode,
  normalizeGap,
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
 * The wordings form a trie of words. The text is tokenised once; each word costs a hash computed
 * while reading it and one bit test, and only a word that starts some wording goes on to Map
 * look-ups, one per following word. So the cost of a scan grows with the text, not with the size
 * of the dictionary (no alternation regex, no per-wording loop).
 */

export interface TextMatch {
  start: number;
  end: number;
  /** The wording's entries, usually one; several only when a wording is ambiguous between terms. */
  entries: readonly MatcherEntry[];
}

export interface TermMatcher {
  /** Every match in `text`, left to right, never overlapping. */
  findAll(text: string): TextMatch[];
  /** How many distinct wordings the index holds. */
  readonly size: number;
}

interface TrieNode {
  /** Entries of the wording that ends here, if one does. */
  entries: MatcherEntry[] | null;
  /** Next word, keyed by separator + word: folded for any-case wordings, "=" + as written for exact. */
  next: Map<string, TrieNode> | null;
}

/** Whitespace allowed between two words of a wording (source HTML can hold long indents). */
const MAX_GAP = 40;
const FILTER_BITS = 1 << 20;

const newNode = (): TrieNode => ({ entries: null, next: null });

export function createTermMatcher(entries: readonly MatcherEntry[]): TermMatcher {
  const rootFolded = new Map<string, TrieNode>();
  const rootExact = new Map<string, TrieNode>();
  const filter = new Uint8Array(FILTER_BITS >> 3);
  let size = 0;
  const firstWords = new Set<string>();

  for (const entry of entries) {
    const { words, gaps } = splitWording(entry.text);
    if (words.length === 0) continue;
    const exact = entry.exactCase;
    const first = exact ? words[0]! : foldWord(words[0]!);
    const roots = exact ? rootExact : rootFolded;
    let node = roots.get(first);
    if (!node) {
      node = newNode();
      roots.set(first, node);
    }
    firstWords.add(foldWord(words[0]!));
    const bit = wordHash(foldWord(words[0]!)) & (FILTER_BITS - 1);
    filter[bit >> 3]! |= 1 << (bit & 7);
    for (let k = 1; k < words.length; k++) {
      const key = exact ? `=${gaps[k - 1]}${words[k]}` : `${gaps[k - 1]}${foldWord(words[k]!)}`;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.entries) {
      node.entries = [];
      size++;
    }
    node.entries.push(entry);
  }
  const candidates = startPrefilter(firstWords);
  const apostrophes = [...firstWords].some((w) => w.includes("'"));
  const sigma = [...firstWords].some((w) => w.includes('σ') || w.includes('ς'));
  const keys = new Set<string>();
  let unsure = false;
  for (const word of firstWords) {
    const key = candidateKey(candidates, word);
    if (key === null) unsure = true;
    else keys.add(key);
  }
  /** Could a wording start in this lower-cased text? Native look-ups; false only when none can. */
  const mayStart = (lowered: string): boolean => {
    if (unsure || (sigma && lowered.includes('ς'))) return true;
    const words = (apostrophes ? lowered.replaceAll('’', "'") : lowered).match(candidates);
    if (words === null) return false;
    for (let k = 0; k < words.length; k++) if (keys.has(words[k]!)) return true;
    return false;
  };

  /** The longest wording starting with the word [start, end): its end and entries, or null. */
  function longestFrom(
    text: string,
    lowered: string,
    start: number,
    end: number,
  ): { end: number; entries: MatcherEntry[] } | null {
    let best: { end: number; entries: MatcherEntry[] } | null = null;
    const firstFolded = straightenApostrophes(lowered.slice(start, end));
    const starts: TrieNode[] = [];
    const folded = rootFolded.get(firstFolded);
    if (folded) starts.push(folded);
    if (rootExact.size > 0) {
      const exact = rootExact.get(straightenApostrophes(text.slice(start, end)));
      if (exact) starts.push(exact);
    }
    for (const startNode of starts) {
      let node: TrieNode | undefined = startNode;
      let pos = end;
      const exactBranch = startNode !== folded;
      while (node) {
        if (node.entries && (!best || pos > best.end)) best = { end: pos, entries: node.entries };
        if (!node.next) break;
        const next = nextWord(text, pos);
        if (!next) break;
        const word = exactBranch
          ? `=${next.gap}${straightenApostrophes(text.slice(next.start, next.end))}`
          : `${next.gap}${straightenApostrophes(lowered.slice(next.start, next.end))}`;
        node = node.next.get(word);
        pos = next.end;
      }
    }
    return best;
  }

  function findAll(text: string): TextMatch[] {
    const matches: TextMatch[] = [];
    const n = text.length;
    const classes = WORD_CLASSES;
    // Native first pass: most runs hold no word that starts a wording, and are done here
    // without a line of JavaScript per character.
    const lowered = text.toLowerCase();
    if (lowered.length !== n) return findAllSlow(text);
    if (!mayStart(lowered)) return matches;
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
      for (;;) {
        // Case-fold as we go: ASCII by arithmetic, anything else through a cached table.
        const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
        if (f < 0) return findAllSlow(text);
        h = (Math.imul(h, 31) + f) | 0;
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        kind = classes[c];
        if (kind === 0) kind = isWordCode(c) ? 1 : 2;
        if (kind === 1) continue;
        if ((c === 39 || c === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
          c = 39;
          continue;
        }
        break;
      }
      const bit = h & (FILTER_BITS - 1);
      if ((filter[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      const found = longestFrom(text, lowered, start, i);
      if (found) {
        matches.push({ start, end: found.end, entries: found.entries });
        i = found.end;
      }
    }
    return matches;
  }

  /** For text whose length changes when lower-cased (İ): fold word by word. */
  function findAllSlow(text: string): TextMatch[] {
    const matches: TextMatch[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      // Fold each word on its own, padding to keep offsets: the trie walk reads `lowered` by offset.
      const found = longestFrom(text, foldSameLength(text), i, end);
      let next = end;
      if (found) {
        matches.push({ start: i, end: found.end, entries: found.entries });
        next = found.end;
      }
      i = next;
    }
    return matches;
  }

  return { findAll, size };
}

/** A code unit escaped for a regular expression. */
const escapeUnit = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A global regular expression that returns, from lower-cased text (curly apostrophes made
 * straight when the dictionary has apostrophes), a candidate at every place where a word could be
 * the first word of a wording: a word start (no ASCII letter or digit before it) whose first two
 * code units could begin one, followed by the word's ASCII letters and digits (with joined
 * apostrophes). Candidates are then looked up in a Set of the same keys computed from the first
 * words (`candidateKey`). Its size is bounded by the alphabet, one character class per first unit;
 * no word is spelled out in it. It may find candidates that start no wording, never misses one.
 */
export function startPrefilter(firstWords: Iterable<string>): RegExp {
  const seconds = new Map<string, Set<string>>();
  const alone = new Set<string>();
  const variants = (unit: string): string[] =>
    unit === 'σ' || unit === 'ς' ? ['σ', 'ς'] : unit === '’' ? ["'"] : [unit];
  for (const word of firstWords) {
    if (word.length === 0) continue;
    for (const first of variants(word[0]!)) {
      if (word.length === 1) {
        alone.add(first);
        continue;
      }
      let set = seconds.get(first);
      if (!set) {
        set = new Set();
        seconds.set(first, set);
      }
      for (const second of variants(word[1]!)) set.add(second);
    }
  }
  const branches: string[] = [];
  for (const first of new Set([...seconds.keys(), ...alone])) {
    const parts: string[] = [];
    // A one-unit word first: the unit after it is no ASCII letter or digit.
    if (alone.has(first)) parts.push('(?![a-z0-9])');
    const next = seconds.get(first);
    if (next) parts.push(`[${[...next].map(escapeUnit).join('')}]`);
    branches.push(`${escapeUnit(first)}${parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`}`);
  }
  if (branches.length === 0) return /(?!)/g;
  return new RegExp(`(?<![a-z0-9])(?:${branches.join('|')})[a-z0-9]*(?:'[a-z0-9]+)*`, 'g');
}

/** The candidate `pattern` (from startPrefilter) finds at the start of this word, or null. */
export function candidateKey(pattern: RegExp, word: string): string | null {
  pattern.lastIndex = 0;
  const found = pattern.exec(word);
  pattern.lastIndex = 0;
  return found && found.index === 0 ? found[0] : null;
}

/** Lower-cases unit by unit, keeping a unit as is when lower-casing would change the length. */
function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    out += f < 0 ? text[i] : String.fromCharCode(f);
  }
  return out;
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

/** The separator and the word after `pos`, or null when no word follows closely. */
function nextWord(text: string, pos: number): { gap: string; start: number; end: number } | null {
  let start = pos;
  let spacesOnly = true;
  while (start < text.length && !isWordCode(text.charCodeAt(start))) {
    if (start - pos > MAX_GAP) return null;
    if (spacesOnly && !isSpaceCode(text.charCodeAt(start))) spacesOnly = false;
    start++;
  }
  if (start === pos || start >= text.length) return null;
  const gap = spacesOnly ? ' ' : normalizeGap(text.slice(pos, start));
  return { gap, start, end: wordEnd(text, start) };
}

import type { MatcherEntry } from '@/utils/dataset/types';
import {
  foldWord,
  isApostropheCode,
  isSpaceCode,
  isWordCode,
  normalizeGap,
  splitWording,
  straightenApostrophes,
  wordEnd,
} from './word-chars';

/**
 * Finds the dataset's wordings in a run of text: whole words only, longest wording first, any case
 * unless the wording is exact-case, straight or curly apostrophes, any white space between words.
 *
 * The wordings form a trie of words. The text is lower-cased once and walked natively by one regular
 * expression that stops only at words whose first two letters could begin a wording (character
 * classes, one per first letter: its size is bounded by the alphabet); each such word costs one Set
 * look-up, and only a word that starts some wording goes on to Map look-ups, one per following
 * word. So the cost of a scan grows with the text, not with the size of the dictionary (no
 * alternation of words, no per-wording loop), and no JavaScript runs per character.
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

const newNode = (): TrieNode => ({ entries: null, next: null });

export function createTermMatcher(entries: readonly MatcherEntry[]): TermMatcher {
  const rootFolded = new Map<string, TrieNode>();
  const rootExact = new Map<string, TrieNode>();
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

  /**
   * Every match, found from the first-word candidates only: the regular expression walks the text
   * natively and JavaScript runs only where a word could start a wording (a few words per page).
   */
  function findAll(text: string): TextMatch[] {
    const lowered = text.toLowerCase();
    if (lowered.length !== text.length) return everyWord(text, foldSameLength(text));
    if (unsure || (sigma && lowered.includes('ς'))) return everyWord(text, lowered);
    const matches: TextMatch[] = [];
    const haystack = apostrophes ? lowered.replaceAll('’', "'") : lowered;
    const pattern = candidates;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(haystack); found !== null; found = pattern.exec(haystack)) {
      if (!keys.has(found[0])) continue;
      const start = found.index;
      if (!isWordStart(text, start)) continue;
      const hit = longestFrom(text, lowered, start, wordEnd(text, start));
      if (hit) {
        matches.push({ start, end: hit.end, entries: hit.entries });
        pattern.lastIndex = hit.end;
      }
    }
    return matches;
  }

  /** Word by word in JavaScript, for text the candidates cannot serve (İ, final sigma). */
  function everyWord(text: string, lowered: string): TextMatch[] {
    const matches: TextMatch[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      const found = longestFrom(text, lowered, i, end);
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

/** Does a word start at `at`: no word character before it, nor an apostrophe joined to one? */
function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (isWordCode(before)) return false;
  return !(isApostropheCode(before) && at >= 2 && isWordCode(text.charCodeAt(at - 2)));
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

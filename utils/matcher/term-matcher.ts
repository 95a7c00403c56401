import type { MatcherEntry, MatcherIndex } from '@/utils/dataset/types';
import {
  foldWord,
  isApostropheCode,
  isSpaceCode,
  isWordCode,
  normalizeGap,
  splitWording,
  straightenApostrophes,
  wordEnd,
} from './word-chars.ts';

/**
 * Finds the dataset's wordings in a run of text: whole words only, longest wording first, any case
 * unless the wording is exact-case, straight or curly apostrophes, any white space between words.
 *
 * The wordings form a trie of words. The text is walked natively by one regular expression that
 * stops only at words whose first three letters could begin a wording, in any case (character
 * classes nested three deep: their size is bounded by the alphabet, never by the number of
 * wordings). Each such word costs one Set look-up, and only a word that starts some wording goes on
 * to Map look-ups, one per following word, each word lower-cased on its own. So the cost of a scan
 * grows with the text, not with the size of the dictionary (no alternation of words, no
 * per-wording loop), no JavaScript runs per character, and the text is never copied or
 * lower-cased as a whole.
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
  /** The first match starting at or after `from` (a word boundary), or null. */
  findNext(text: string, from: number): TextMatch | null;
  /** How many distinct wordings the index holds. */
  readonly size: number;
}

/** Whitespace allowed between two words of a wording (source HTML can hold long indents). */
const MAX_GAP = 40;

/** What building a matcher computes from the wordings' text alone (see MatcherIndex). */
export function buildMatcherIndex(entries: readonly MatcherEntry[]): MatcherIndex {
  const words: string[][] = [];
  const gaps: string[][] = [];
  const firstWords = new Set<string>();
  for (const entry of entries) {
    const split = splitWording(entry.text);
    words.push(split.words);
    gaps.push(split.gaps);
    if (split.words.length > 0) firstWords.add(foldWord(split.words[0]!));
  }
  const pattern = startPrefilter(firstWords);
  const keys: string[] = [];
  for (const word of firstWords) {
    const key = candidateKey(pattern, word);
    if (key === null) return { words, gaps, prefilter: null };
    keys.push(key);
  }
  return { words, gaps, prefilter: { source: pattern.source, keys } };
}

export function createTermMatcher(
  entries: readonly MatcherEntry[],
  prebuilt: MatcherIndex | undefined = undefined,
): TermMatcher {
  const index = prebuilt?.words.length === entries.length ? prebuilt : buildMatcherIndex(entries);
  const prefilter = index.prefilter && { source: index.prefilter.source, keys: () => index.prefilter!.keys };
  const matcher = lazyTermMatcher(prefilter, () =>
    readTrie(packTrie({ entries, words: index.words, gaps: index.gaps }), (i) => entries[i]!),
  );
  if (prefilter) compileNow(matcher.candidates);
  return matcher;
}

/** The wordings a trie is packed from: entries with their words and separators, in the same order. */
export interface TrieSource {
  entries: readonly MatcherEntry[];
  words: readonly (readonly string[])[];
  gaps: readonly (readonly string[])[];
}

/**
 * The trie of words as a reader walks it. Nodes are numbers: ROOT_FOLDED's children are keyed by a
 * first word folded (foldWord), ROOT_EXACT's by an exact-case first word as written; below them, by
 * separator + next word, folded for any-case wordings, "=" + separator + word as written for exact.
 */
export interface Trie {
  /** The node reached from `node` by `key`, or -1. */
  child(node: number, key: string): number;
  /** Does any key lead on from this node? */
  hasChildren(node: number): boolean;
  /** The entries of the wording that ends at this node, or null. */
  entriesAt(node: number): readonly MatcherEntry[] | null;
  /** How many distinct wordings end at some node. */
  readonly size: number;
}

export const ROOT_FOLDED = 0;
export const ROOT_EXACT = 1;

/** In a packed trie's line: after the node's entries, before each child's key, before its number. Plain
 * characters no word or separator of a wording holds (packTrie checks), so the script carries them as is. */
const FIELD = '|';
const KEY = '{';
const CHILD = '}';

/**
 * Packs the trie of words at build time: one line per node, "entry,entry" FIELD, then KEY "key" CHILD
 * "child" for each child; node 0 is the folded root and node 1 the exact-case root. A page reads a line
 * only when a text walks to its node (readTrie), so it never builds the whole trie.
 */
export function packTrie({ entries, words: allWords, gaps: allGaps }: TrieSource): string {
  const nodes: { entries: number[]; next: Map<string, number> }[] = [
    { entries: [], next: new Map() },
    { entries: [], next: new Map() },
  ];
  const childOf = (node: number, key: string): number => {
    let child = nodes[node]!.next.get(key);
    if (child === undefined) {
      child = nodes.length;
      nodes.push({ entries: [], next: new Map() });
      nodes[node]!.next.set(key, child);
    }
    return child;
  };
  for (let e = 0; e < entries.length; e++) {
    const words = allWords[e]!;
    const gaps = allGaps[e]!;
    if (words.length === 0) continue;
    const exact = entries[e]!.exactCase;
    const odd = [...words, ...gaps].join('').match(/[|{}\n]/);
    if (odd)
      throw new Error(`The wording "${entries[e]!.text}" holds "${odd[0]}", which the packed trie cannot.`);
    let node = childOf(exact ? ROOT_EXACT : ROOT_FOLDED, exact ? words[0]! : foldWord(words[0]!));
    for (let k = 1; k < words.length; k++) {
      node = childOf(node, exact ? `=${gaps[k - 1]}${words[k]}` : `${gaps[k - 1]}${foldWord(words[k]!)}`);
    }
    nodes[node]!.entries.push(e);
  }
  return escapeWide(
    nodes
      .map(
        (node) =>
          `${node.entries.join(',')}${FIELD}${[...node.next].map(([key, child]) => `${KEY}${key}${CHILD}${child}`).join('')}`,
      )
      .join('\n'),
  );
}

/**
 * A packed string kept to one byte per character: V8 holds a string with any character past U+00FF at
 * two bytes per character, so one en dash in a wording would double the trie's memory in every frame.
 * Such characters (and the backslash) are written \uXXXX; `unescapeWide` reads them back.
 */
export function escapeWide(text: string): string {
  return text.replace(
    /[\\\u0100-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function unescapeWide(text: string): string {
  return text.includes('\\')
    ? text.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/**
 * Reads a packed trie (packTrie) in place: the line offsets at first use (one Int32Array), then each
 * step is one native search for the key in its node's line; no node or map is built. An entry is made
 * only when a wording that holds it is found.
 */
export function readTrie(packed: string, entryAt: (index: number) => MatcherEntry): Trie {
  let count = 1;
  for (let at = packed.indexOf('\n'); at >= 0; at = packed.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count + 1);
  for (let i = 1, at = -1; i < count; i++) {
    at = packed.indexOf('\n', at + 1);
    starts[i] = at + 1;
  }
  starts[count] = packed.length + 1;
  const lineOf = (node: number) => packed.slice(starts[node]!, starts[node + 1]! - 1);
  const made = new Map<number, readonly MatcherEntry[] | null>();
  let size = -1;
  return {
    child(node, key) {
      const line = lineOf(node);
      const needle = `${KEY}${escapeWide(key)}${CHILD}`;
      const at = line.indexOf(needle);
      if (at < 0) return -1;
      const from = at + needle.length;
      const end = line.indexOf(KEY, from);
      return Number(line.slice(from, end < 0 ? line.length : end));
    },
    hasChildren: (node) => packed.indexOf(FIELD, starts[node]!) + 1 < starts[node + 1]! - 1,
    entriesAt(node) {
      let entries = made.get(node);
      if (entries === undefined) {
        const ids = packed.slice(starts[node]!, packed.indexOf(FIELD, starts[node]!));
        entries = ids ? ids.split(',').map((id) => entryAt(Number(id))) : null;
        made.set(node, entries);
      }
      return entries;
    },
    get size() {
      if (size < 0) {
        size = 0;
        for (let i = 0; i < count; i++) if (packed[starts[i]!] !== FIELD) size++;
      }
      return size;
    },
  };
}

/**
 * A matcher that builds only what a text makes it need: the prefilter's regular expression at once,
 * its Set of keys at the first candidate, the trie's reader at the first key that starts a wording,
 * and of the trie only the nodes a text walks to. A frame whose text has no candidate builds nothing
 * more than one regular expression. With no prefilter, the trie is read at the first call.
 */
export function lazyTermMatcher(
  prefilter: {
    source: string;
    keys: () => Iterable<string>;
    /** For a key that starts only longer wordings, the separator + folded next words they allow. */
    followers?: (key: string) => Set<string> | null;
  } | null,
  readWordings: () => Trie,
): TermMatcher & { candidates: RegExp } {
  const candidates = new RegExp(prefilter?.source ?? '(?!)', 'g');
  let keys: Set<string> | null = null;
  /** False when the key's wordings all need a next word, and the text's next word is none of theirs. */
  const nextWordFits = (key: string, text: string, end: number): boolean => {
    const allowed = prefilter?.followers?.(key);
    if (!allowed) return true;
    const next = nextWord(text, end);
    return !!next && allowed.has(`${next.gap}${foldWord(text.slice(next.start, next.end))}`);
  };
  let trie: Trie | null = null;
  let hasExact = false;
  const ensureTrie = () => {
    if (!trie) {
      trie = readWordings();
      hasExact = trie.hasChildren(ROOT_EXACT);
    }
    return trie;
  };

  /** The longest wording starting with the word [start, end): its end and entries, or null. */
  function longestFrom(
    text: string,
    start: number,
    end: number,
  ): { end: number; entries: readonly MatcherEntry[] } | null {
    const words = ensureTrie();
    let best: { end: number; entries: readonly MatcherEntry[] } | null = null;
    const first = text.slice(start, end);
    const folded = words.child(ROOT_FOLDED, foldWord(first));
    const exact = hasExact ? words.child(ROOT_EXACT, straightenApostrophes(first)) : -1;
    for (const startNode of [folded, exact]) {
      if (startNode < 0) continue;
      const exactBranch = startNode === exact;
      let node = startNode;
      let pos = end;
      while (node >= 0) {
        const entries = words.entriesAt(node);
        if (entries && (!best || pos > best.end)) best = { end: pos, entries };
        if (!words.hasChildren(node)) break;
        const next = nextWord(text, pos);
        if (!next) break;
        const written = text.slice(next.start, next.end);
        node = words.child(
          node,
          exactBranch ? `=${next.gap}${straightenApostrophes(written)}` : `${next.gap}${foldWord(written)}`,
        );
        pos = next.end;
      }
    }
    return best;
  }

  /**
   * The next match from the first-word candidates only: the regular expression walks the text
   * natively and JavaScript runs only where a word could start a wording (a few words per page).
   */
  function findNext(text: string, from: number): TextMatch | null {
    if (!prefilter) return nextByWord(text, from);
    const pattern = candidates;
    pattern.lastIndex = from;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      keys ??= new Set(prefilter.keys());
      const key = foldKey(found[0]);
      if (!keys.has(key)) continue;
      const start = found.index;
      if (!isWordStart(text, start)) continue;
      // The candidate is the word's ASCII part: the word goes on from its last unit, not from its start.
      const last = start + found[0].length - 1;
      const end = wordEnd(text, isWordCode(text.charCodeAt(last)) ? last : start);
      // A common word that starts only longer wordings ("a" of "A-fib") reads nothing of the trie.
      if (!nextWordFits(key, text, end)) continue;
      const hit = longestFrom(text, start, end);
      if (hit) return { start, end: hit.end, entries: hit.entries };
    }
    return null;
  }

  /** Word by word in JavaScript, for a dictionary the candidates cannot serve. */
  function nextByWord(text: string, from: number): TextMatch | null {
    const n = text.length;
    let i = from;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      const found = isWordStart(text, i) ? longestFrom(text, i, end) : null;
      if (found) return { start: i, end: found.end, entries: found.entries };
      i = end;
    }
    return null;
  }

  function findAll(text: string): TextMatch[] {
    const matches: TextMatch[] = [];
    for (let m = findNext(text, 0); m !== null; m = findNext(text, m.end)) matches.push(m);
    return matches;
  }

  return {
    findAll,
    findNext,
    get size() {
      return ensureTrie().size;
    },
    candidates,
  };
}

/** A code unit escaped for a regular expression. */
const escapeUnit = (unit: string): string => {
  const code = unit.charCodeAt(0);
  const plain = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return plain ? unit : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Word characters the prefilter reads natively (in any case); others end a candidate. */
const ASCII_WORD = 'A-Za-z0-9';

/** The forms of one folded code unit a page may show: itself, its capital, the other sigma or
 * apostrophe. */
function unitForms(unit: string): string[] {
  if (unit === 'σ' || unit === 'ς') return ['σ', 'ς', 'Σ'];
  if (unit === "'" || unit === '’') return ["'", '’'];
  const upper = unit.toUpperCase();
  return upper !== unit && upper.length === 1 ? [unit, upper] : [unit];
}

/** A candidate as a key: lower-cased, apostrophes straight, one sigma (both sides alike). */
export function foldKey(candidate: string): string {
  let key = candidate.toLowerCase();
  if (key.includes('’')) key = key.replaceAll('’', "'");
  if (key.includes('ς')) key = key.replaceAll('ς', 'σ');
  return key;
}

interface PrefixNode {
  /** A first word ends here (one or two units long). */
  ends: boolean;
  next: Map<string, PrefixNode>;
}

/**
 * A global regular expression that returns, from text in any case, a candidate at every place where
 * a word could be the first word of a wording: a word start (no ASCII letter or digit before it)
 * whose first three code units could begin one, in any case, followed by the word's ASCII letters
 * and digits (with joined apostrophes). Candidates are then looked up (`foldKey`) in a Set of the
 * same keys computed from the first words (`candidateKey`). The prefixes are nested character
 * classes, at most three deep, so its size is bounded by the alphabet; no word is spelled out in
 * it. It may find candidates that start no wording, never misses one.
 */
export function startPrefilter(firstWords: Iterable<string>): RegExp {
  const root: PrefixNode = { ends: false, next: new Map() };
  for (const word of firstWords) {
    let node = root;
    const units = Math.min(word.length, 3);
    for (let k = 0; k < units; k++) {
      const unit = word[k] === '’' ? "'" : word[k] === 'ς' ? 'σ' : word[k]!;
      let child = node.next.get(unit);
      if (!child) {
        child = { ends: false, next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    if (node !== root && units < 3) node.ends = true;
  }
  if (root.next.size === 0) return /(?!)/g;
  return new RegExp(
    `(?<![${ASCII_WORD}])${prefixPattern(root)}[${ASCII_WORD}]*(?:['\\u2019][${ASCII_WORD}]+)*`,
    'g',
  );
}

/** One level of the prefix tree: units that end a prefix share one character class. */
function prefixPattern(node: PrefixNode, classes = new Map<string, string>()): string {
  const branches: string[] = [];
  const last: string[] = [];
  if (node.ends) branches.push(`(?![${ASCII_WORD}])`);
  for (const [unit, child] of node.next) {
    let forms = classes.get(unit);
    if (forms === undefined) {
      forms = unitForms(unit).map(escapeUnit).join('');
      classes.set(unit, forms);
    }
    if (child.next.size === 0 && !child.ends) last.push(forms);
    else branches.push(`[${forms}]${prefixPattern(child, classes)}`);
  }
  if (last.length > 0) branches.push(`[${last.join('')}]`);
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * Compiles the prefilter to machine code now, while the index is built, rather than in the first
 * scan: V8 compiles a pattern once per string width (Latin-1 or two-byte) and natively only once it
 * meets a long string, so it is run once on a long string of each width.
 */
export function compileNow(pattern: RegExp): void {
  const filler = ' '.repeat(1024);
  for (const sample of [filler, `${filler}\u2019`]) {
    pattern.lastIndex = 0;
    pattern.exec(sample);
  }
  pattern.lastIndex = 0;
}

/** The key of the candidate `pattern` (from startPrefilter) finds at the start of this word, or null. */
export function candidateKey(pattern: RegExp, word: string): string | null {
  pattern.lastIndex = 0;
  const found = pattern.exec(word);
  pattern.lastIndex = 0;
  return found && found.index === 0 ? foldKey(found[0]) : null;
}

/** Does a word start at `at`: no word character before it, nor an apostrophe joined to one? */
function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (isWordCode(before)) return false;
  return !(isApostropheCode(before) && at >= 2 && isWordCode(text.charCodeAt(at - 2)));
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

import type { MatcherEntry, PackedMatcher, PackedWordings } from '@/utils/dataset/types';
import {
  buildMatcherIndex,
  candidateKey,
  compileNow,
  escapeWide,
  lazyTermMatcher,
  packTrie,
  readTrie,
  startPrefilter,
  type TermMatcher,
  unescapeWide,
} from './term-matcher.ts';
import { foldWord, splitWording } from './word-chars.ts';

/**
 * Packs the wordings for every frame's content script at build time (PackedMatcher): the prefilter, the
 * trie of words (term-matcher.ts packTrie) and one line per wording, all plain strings. A page reads
 * them in place: a frame with no candidate keeps a few strings and one regular expression; a page with
 * matches reads the trie nodes its text walks to and the wordings it finds, never the rest.
 */

/** Separates the fields of a wording's line: flags, term index, text, then any other fields as JSON. */
const FIELD = '|';

const EXACT = 1;
const EVERYDAY = 2;

export function packWordings(
  entries: readonly MatcherEntry[],
  termTopics: Readonly<Record<string, string>>,
): PackedMatcher {
  const termIds = [...new Set([...entries.map((e) => e.termId), ...Object.keys(termTopics)])];
  const termIndex = new Map(termIds.map((id, i) => [id, i]));
  const index = buildMatcherIndex(entries);
  const { prefilter } = index;
  const lines = entries.map(({ text, termId, exactCase, kind, ...extra }) => {
    const more: Record<string, unknown> =
      kind === 'specific' || kind === 'everyday' ? extra : { ...extra, kind };
    const flags = (exactCase ? EXACT : 0) + (kind === 'everyday' ? EVERYDAY : 0);
    const json = Object.keys(more).length > 0 ? JSON.stringify(more) : '';
    if (/[|\n]/.test(text)) throw new Error(`The wording "${text}" holds a "|" or a line break.`);
    return escapeWide([flags, termIndex.get(termId), text, json].join(FIELD));
  });
  return {
    prefilter: prefilter && {
      source: prefilter.source,
      keys: frontCode(prefilter.keys),
      followers: packFollowers(entries),
    },
    trie: packTrie({ entries, words: index.words, gaps: index.gaps }),
    wordings: lines.join('\n'),
    termIds: termIds.join('\n'),
    termTopics: { ...termTopics },
  };
}

/** The highest count of shared leading characters frontCode writes (one character from "0" on, ASCII). */
const MAX_SHARED = 70;

/**
 * Words sorted and front-coded, a line each: one character for how many leading characters a word shares
 * with the one before ("0" + n), then the rest; "insomnia", "insulin" are "0insomnia\n3ulin". The
 * prefilter's keys ship so in every frame, at about half their length; `unfrontCode` reads them back.
 */
export function frontCode(words: readonly string[]): string {
  const sorted = [...words].sort();
  return sorted
    .map((word, i) => {
      const before = i > 0 ? sorted[i - 1]! : '';
      let shared = 0;
      while (shared < MAX_SHARED && shared < word.length && word[shared] === before[shared]) shared++;
      return `${String.fromCharCode(48 + shared)}${word.slice(shared)}`;
    })
    .join('\n');
}

/** The words of frontCode's lines, in its (sorted) order. */
export function unfrontCode(packed: string): string[] {
  const words: string[] = [];
  let before = '';
  for (const line of packed.split('\n')) {
    before = before.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    words.push(before);
  }
  return words;
}

/**
 * For each prefilter key whose wordings all have a second word and match in any case, the separators
 * and second words that may follow it: "a" starts only "A-fib", so an "a" elsewhere in a page needs no
 * unpacking. Lines of key, then tab-separated followers (separator + folded word), between newlines.
 */
function packFollowers(entries: readonly MatcherEntry[]): string {
  const splits = entries.map((entry) => ({ entry, ...splitWording(entry.text) }));
  const pattern = startPrefilter(splits.filter((s) => s.words.length > 0).map((s) => foldWord(s.words[0]!)));
  const byKey = new Map<string, Set<string> | null>();
  for (const { entry, words, gaps } of splits) {
    if (words.length === 0) continue;
    const key = candidateKey(pattern, foldWord(words[0]!));
    if (key === null) continue;
    const guard = entry.exactCase || words.length < 2 ? null : `${gaps[0]}${foldWord(words[1]!)}`;
    const known = byKey.get(key);
    if (known === null) continue;
    if (guard === null) byKey.set(key, null);
    else if (known) known.add(guard);
    else byKey.set(key, new Set([guard]));
  }
  const lines = [...byKey]
    .filter((pair): pair is [string, Set<string>] => pair[1] !== null)
    .map(([key, next]) => [key, ...next].join('\t'));
  return escapeWide(`\n${lines.join('\n')}\n`);
}

/** The followers of one key, read from the packed lines when the key is first met. */
function followersReader(packed: () => string): (key: string) => Set<string> | null {
  let lines: string | null = null;
  const known = new Map<string, Set<string> | null>();
  return (key) => {
    let found = known.get(key);
    if (found === undefined) {
      lines ??= packed();
      const written = escapeWide(key);
      const at = lines.indexOf(`\n${written}\t`);
      const line = at < 0 ? '' : lines.slice(at + written.length + 2, lines.indexOf('\n', at + 1));
      found = at < 0 ? null : new Set(unescapeWide(line).split('\t'));
      known.set(key, found);
    }
    return found;
  };
}

/**
 * JSON with every character past ASCII escaped (\\uXXXX). V8 stores a string with any such character at
 * two bytes per character, so the wordings (and the script that holds them) would take twice the memory
 * in every frame for a handful of curly apostrophes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, asciiEscape);
}

/** One UTF-16 code unit as a \\uXXXX escape, valid in JSON and in JavaScript source alike. */
export function asciiEscape(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The wordings' lines read in place: each wording is made into a MatcherEntry when first asked for. */
export function wordingReader(packed: Pick<PackedMatcher, 'wordings' | 'termIds'>): {
  count: number;
  entryAt(index: number): MatcherEntry;
} {
  let text = '';
  let termIds: string[] | null = null;
  const starts: number[] = [];
  /** The line offsets, found when the first wording is asked for. */
  const lineStarts = () => {
    if (starts.length > 0) return starts;
    text = packed.wordings;
    starts.push(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    starts.push(text.length + 1);
    return starts;
  };
  const made: (MatcherEntry | undefined)[] = [];
  return {
    get count() {
      return lineStarts().length - 1;
    },
    entryAt(index) {
      let entry = made[index];
      if (entry === undefined) {
        lineStarts();
        termIds ??= packed.termIds.split('\n');
        const line = unescapeWide(text.slice(starts[index], starts[index + 1]! - 1));
        // Three fields, then the JSON (which may hold the separator) to the end of the line.
        const [flags, term, wording] = line.split(FIELD, 3);
        const json = line.slice(flags!.length + term!.length + wording!.length + 3);
        const bits = Number(flags);
        entry = {
          text: wording!,
          termId: termIds[Number(term)]!,
          exactCase: (bits & EXACT) !== 0,
          kind: bits & EVERYDAY ? 'everyday' : 'specific',
        };
        if (json) Object.assign(entry, JSON.parse(json));
        made[index] = entry;
      }
      return entry;
    },
  };
}

/** Every wording and each term's topic (for tests and the benchmark; a page never needs them all). */
export function unpackWordings(packed: PackedMatcher): {
  entries: MatcherEntry[];
  termTopics: ReadonlyMap<string, string>;
} {
  const reader = wordingReader(packed);
  const entries = Array.from({ length: reader.count }, (_, i) => reader.entryAt(i));
  return { entries, termTopics: new Map(Object.entries(packed.termTopics)) };
}

export interface PageMatcher {
  matcher: TermMatcher;
  /** Compiles the prefilter to machine code now (while the settings load), not in the first scan. */
  warm(): void;
  /** A term's topic id; from a staged matcher, once its wordings are here (a match or a card comes only
   * then), and undefined before. */
  topicOf(termId: string): string | undefined;
}

/** The matcher over packed wordings, read in place as a page's text needs them. */
export function createPageMatcher(packed: PackedMatcher): PageMatcher {
  return { ...createStagedPageMatcher(packed, () => packed), topicOf: (termId) => topicIn(packed, termId) };
}

/** A term's topic id in the wordings' term → topic (an own key only: "constructor" is no term). */
function topicIn({ termTopics }: Pick<PackedWordings, 'termTopics'>, termId: string): string | undefined {
  return Object.hasOwn(termTopics, termId) ? termTopics[termId] : undefined;
}

/**
 * Thrown by a staged matcher (createStagedPageMatcher) where a text holds a candidate and the wordings
 * have not loaded yet: nothing has changed, and the same call made once `loaded` settles goes on.
 */
export class WordingsPending extends Error {
  constructor(readonly loaded: Promise<unknown>) {
    super('The wordings are loading.');
  }
}

/**
 * The matcher over a frame's prefilter, with the trie and the wordings from `wordings`: at hand (a
 * PackedWordings) or loaded on the first candidate (a function returning a promise). Until they are
 * here, a call that needs them throws WordingsPending; a frame whose text holds no candidate never
 * loads them.
 */
export function createStagedPageMatcher(
  packed: Pick<PackedMatcher, 'prefilter'>,
  wordings: () => PackedWordings | Promise<PackedWordings>,
): PageMatcher {
  const { prefilter } = packed;
  let loaded: PackedWordings | null = null;
  let loading: Promise<unknown> | null = null;
  const readWordings = () => {
    if (!loaded && !loading) {
      const got = wordings();
      if (got instanceof Promise) {
        loading = got.then(
          (value) => {
            loaded = value;
          },
          (error: unknown) => {
            loading = null;
            throw error;
          },
        );
      } else loaded = got;
    }
    if (!loaded) throw new WordingsPending(loading!);
    return readTrie(loaded.trie, wordingReader(loaded).entryAt);
  };
  const matcher = lazyTermMatcher(
    prefilter && {
      source: prefilter.source,
      keys: () => unfrontCode(prefilter.keys),
      followers: followersReader(() => prefilter.followers),
    },
    readWordings,
  );
  return {
    matcher,
    warm: () => compileNow(matcher.candidates),
    topicOf: (termId) => (loaded ? topicIn(loaded, termId) : undefined),
  };
}

import type { MatcherEntry, PackedMatcher } from '@/utils/dataset/types';
import {
  buildMatcherIndex,
  candidateKey,
  compileNow,
  lazyTermMatcher,
  startPrefilter,
  type TermMatcher,
  type TrieSource,
} from './term-matcher.ts';
import { foldWord, splitWording } from './word-chars.ts';

/**
 * Packs the wordings for every frame's content script at build time (PackedMatcher), and unpacks them
 * there only when a page's text holds a candidate. A frame with no candidate keeps two strings and one
 * regular expression, not hundreds of small objects.
 */

/** The wordings as columns: one array per field, one slot per wording, strings never repeated. */
interface Columns {
  texts: string[];
  termIds: string[];
  /** Per wording: its term's index in termIds. */
  terms: number[];
  /** Per wording, one digit: 1 = exact case, 2 = everyday (added). */
  flags: string;
  /** Any other fields of a wording (its context rule, for one), by the wording's index. */
  extras: [number, Record<string, unknown>][];
  /** Per wording: its words (folded unless exact case) and the separators between them, each joined by
   * SEP, so that a page builds the trie without splitting or folding anything. */
  words: string[];
  gaps: string[];
  topicIds: string[];
  /** Per term id: its topic's index in topicIds. */
  topics: number[];
}

const SEP = '\u0001';

const EXACT = 1;
const EVERYDAY = 2;

export function packWordings(
  entries: readonly MatcherEntry[],
  termTopics: Readonly<Record<string, string>>,
): PackedMatcher {
  const termIds = [...new Set([...entries.map((e) => e.termId), ...Object.keys(termTopics)])];
  const termIndex = new Map(termIds.map((id, i) => [id, i]));
  const topicIds = [...new Set(Object.values(termTopics))];
  const columns: Columns = {
    texts: entries.map((e) => e.text),
    termIds,
    terms: entries.map((e) => termIndex.get(e.termId)!),
    flags: entries.map((e) => (e.exactCase ? EXACT : 0) + (e.kind === 'everyday' ? EVERYDAY : 0)).join(''),
    extras: [],
    words: [],
    gaps: [],
    topicIds,
    topics: termIds.map((id) => (id in termTopics ? topicIds.indexOf(termTopics[id]!) : -1)),
  };
  for (const entry of entries) {
    const split = splitWording(entry.text);
    columns.words.push((entry.exactCase ? split.words : split.words.map(foldWord)).join(SEP));
    columns.gaps.push(split.gaps.join(SEP));
  }
  entries.forEach(({ text, termId, exactCase, kind, ...extra }, i) => {
    const more: Record<string, unknown> =
      kind === 'specific' || kind === 'everyday' ? extra : { ...extra, kind };
    if (Object.keys(more).length > 0) columns.extras.push([i, more]);
  });
  const { prefilter } = buildMatcherIndex(entries);
  return {
    prefilter: prefilter && {
      source: prefilter.source,
      keys: prefilter.keys.join('\n'),
      followers: packFollowers(entries),
    },
    wordings: asciiJson(columns),
  };
}

/**
 * For each prefilter key whose wordings all have a second word and match in any case, the separators
 * and second words that may follow it: "a" starts only "A-fib", so an "a" elsewhere in a page needs no
 * unpacking. Lines of key, then tab-separated followers (separator + folded word).
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
  return [...byKey]
    .filter((pair): pair is [string, Set<string>] => pair[1] !== null)
    .map(([key, next]) => [key, ...next].join('\t'))
    .join('\n');
}

/** The followers of one key, read from the packed lines when the key is first met. */
function followersReader(packed: string): (key: string) => Set<string> | null {
  const lines = `\n${packed}\n`;
  const known = new Map<string, Set<string> | null>();
  return (key) => {
    let found = known.get(key);
    if (found === undefined) {
      const at = lines.indexOf(`\n${key}\t`);
      found =
        at < 0 ? null : new Set(lines.slice(at + key.length + 2, lines.indexOf('\n', at + 1)).split('\t'));
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

export interface Wordings extends TrieSource {
  entries: MatcherEntry[];
  /** Each term's topic id, by term id. */
  termTopics: ReadonlyMap<string, string>;
}

export function unpackWordings(packed: PackedMatcher): Wordings {
  const columns = JSON.parse(packed.wordings) as Columns;
  const entries: MatcherEntry[] = columns.texts.map((text, i) => {
    const flags = columns.flags.charCodeAt(i) - 48;
    return {
      text,
      termId: columns.termIds[columns.terms[i]!]!,
      exactCase: (flags & EXACT) !== 0,
      kind: flags & EVERYDAY ? 'everyday' : 'specific',
    };
  });
  for (const [i, extra] of columns.extras) Object.assign(entries[i]!, extra);
  const words = columns.words.map((joined) => (joined ? joined.split(SEP) : []));
  const gaps = columns.gaps.map((joined) => (joined ? joined.split(SEP) : []));
  const termTopics = new Map<string, string>();
  columns.termIds.forEach((id, i) => {
    const topic = columns.topicIds[columns.topics[i]!];
    if (topic !== undefined) termTopics.set(id, topic);
  });
  return { entries, words, gaps, folded: true, termTopics };
}

export interface PageMatcher {
  matcher: TermMatcher;
  /** Compiles the prefilter to machine code now (while the settings load), not in the first scan. */
  warm(): void;
  /** A term's topic id (unpacks the wordings if a match has not already). */
  topicOf(termId: string): string | undefined;
}

/** The matcher over packed wordings, unpacked at most once, when first needed. */
export function createPageMatcher(packed: PackedMatcher): PageMatcher {
  let wordings: Wordings | null = null;
  const unpacked = () => {
    wordings ??= unpackWordings(packed);
    return wordings;
  };
  const { prefilter } = packed;
  const matcher = lazyTermMatcher(
    prefilter && {
      source: prefilter.source,
      keys: () => prefilter.keys.split('\n'),
      followers: followersReader(prefilter.followers),
    },
    unpacked,
  );
  return {
    matcher,
    warm: () => compileNow(matcher.candidates),
    topicOf: (termId) => unpacked().termTopics.get(termId),
  };
}

import type { WordingKind } from '@/utils/dataset/types';
import { containsPhrase, foldForPhrases } from './phrases';
import {
  HEALTH_CUE_PATTERNS,
  HEALTH_CUES,
  IDIOMS,
  NEGATIONS,
  PREFIXES,
  SUFFIXES,
  VERBS,
} from './sense-rules';
import { isWordCode } from './word-chars';

/**
 * Senses, not strings: is a passage about health (a clear cue in it), and is one use of a wording
 * some other sense (a verb, an idiom, a "-free" form, a negation)? The rules are data, in
 * sense-rules.ts; this module only reads them.
 */

/** Does a folded passage (foldForPhrases) hold a clear health cue? */
export function hasHealthCue(folded: string): boolean {
  for (const cue of HEALTH_CUES) if (containsPhrase(folded, cue)) return true;
  return HEALTH_CUE_PATTERNS.some((pattern) => pattern.test(folded));
}

/** How far around a match the sense rules look. */
const REACH = 80;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUFFIX = new RegExp(`^[-\\s](?:${SUFFIXES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const PREFIX = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${PREFIXES.map(escapeRegExp).join('|')})-$`, 'u');
const NEGATION = new RegExp(`(?:^|[^\\p{L}\\p{N}'])(?:${NEGATIONS.map(escapeRegExp).join('|')}) $`, 'u');

export interface WordingUse {
  /** The text holding the match, and the match in it. */
  text: string;
  start: number;
  end: number;
  /** The stretch of `text` the rules may look at (the match's own block of text). */
  from?: number;
  to?: number;
}

/** Is this use of a wording (the dataset's `wording`, of this kind) another sense than health? */
export function isOtherSense(use: WordingUse, wording: string, kind: WordingKind): boolean {
  const from = Math.max(use.from ?? 0, use.start - REACH);
  const to = Math.min(use.to ?? use.text.length, use.end + REACH);
  const before = foldForPhrases(use.text.slice(from, use.start));
  const after = foldForPhrases(use.text.slice(use.end, to));
  if (SUFFIX.test(after) || PREFIX.test(before)) return true;
  const key = foldForPhrases(wording);
  if (IDIOMS[key]?.some((idiom) => idiomAround(idiom, key, before, after))) return true;
  if (kind === 'everyday' && NEGATION.test(before)) return true;
  const verb = VERBS[key];
  return verb !== undefined && isVerbUse(verb, before, after);
}

/** Does `idiom`, which holds `key`, sit around the match (`before` and `after` it)? */
function idiomAround(idiom: string, key: string, before: string, after: string): boolean {
  const phrase = foldForPhrases(idiom);
  for (let at = phrase.indexOf(key); at >= 0; at = phrase.indexOf(key, at + 1)) {
    const head = phrase.slice(0, at);
    const tail = phrase.slice(at + key.length);
    if (head && isWordCode(head.charCodeAt(head.length - 1))) continue;
    if (tail && isWordCode(tail.charCodeAt(0))) continue;
    if (!before.endsWith(head) || !after.startsWith(tail)) continue;
    const beforeHead = before.length > head.length ? before.charCodeAt(before.length - head.length - 1) : 32;
    const afterTail = after.length > tail.length ? after.charCodeAt(tail.length) : 32;
    if ((head === '' || !isWordCode(beforeHead)) && (tail === '' || !isWordCode(afterTail))) return true;
  }
  return false;
}

const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’])([\p{L}\p{N}'’]+) $/u;
const WORD_AFTER = /^ ([\p{L}\p{N}'’]+)/u;
/** With no word before it (a sentence start), only these show the verb: "Stress the point". */
const VERB_AFTER_AT_START = new Set(['the', 'how', 'one', 'again']);

function isVerbUse(verb: (typeof VERBS)[string], before: string, after: string): boolean {
  const previous = WORD_BEFORE.exec(before)?.[1];
  const next = WORD_AFTER.exec(after)?.[1];
  if (next === undefined) return false;
  if (previous === undefined) return VERB_AFTER_AT_START.has(next);
  if (verb.subjectBefore.includes(previous)) return true;
  return verb.after.includes(next) && !verb.nounBefore.includes(previous);
}

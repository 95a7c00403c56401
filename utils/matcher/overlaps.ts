import type { TermMatcher, TextMatch } from './term-matcher';
import { isWordCode } from './word-chars';

/**
 * A phrase in which two wordings of one term overlap ("poor sleep quality": "poor sleep" and "sleep
 * quality") is one mark over the whole phrase. The matcher returns the longest wording at each start
 * and goes on after it, so the second wording is cut; this step looks for wordings starting inside
 * the match that run past its end, and takes them in while they belong to the same term.
 */

/** How far past a match a wording starting inside it is looked for. */
const REACH = 200;

export function extendOverlaps(text: string, match: TextMatch, matcher: TermMatcher): TextMatch {
  let from = secondWord(text, match.start, match.end);
  if (from < 0) return match;
  const terms = new Set(match.entries.map((entry) => entry.termId));
  let end = match.end;
  while (from >= 0) {
    // A small window of the text, so a long page is never copied or scanned far ahead.
    const offset = match.start;
    const view = text.slice(offset, Math.min(text.length, end + REACH));
    const next = matcher.findNext(view, from - offset);
    if (!next || next.start + offset >= end) break;
    const nextEnd = next.end + offset;
    if (nextEnd > end && next.entries.some((entry) => terms.has(entry.termId))) end = nextEnd;
    from = secondWord(text, next.start + offset, end);
  }
  return end === match.end ? match : { start: match.start, end, entries: match.entries };
}

/** Where the word after the one at `start` begins, if before `end`; otherwise -1. */
function secondWord(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isWordCode(text.charCodeAt(at))) at++;
  while (at < end && !isWordCode(text.charCodeAt(at))) at++;
  return at < end ? at : -1;
}

import { createPassage, type ResolvedEntry, resolveEntry } from './context-rules';
import { extendOverlaps } from './overlaps';
import type { TermMatcher } from './term-matcher';

/** One match in a passage, with what it stands for and whether it counts there. */
export interface PassageMark {
  termId: string;
  text: string;
  start: number;
  end: number;
  verdict: ResolvedEntry['verdict'];
}

/**
 * The marks MagLens makes in one passage of text read on its own (a sentence or a paragraph), by
 * the same steps as the page scanner: the matcher, overlapping wordings of one term joined, then the
 * context and sense rules with the passage as context. `onHealthPage` says whether the page around it
 * is about health (otherwise 'page' verdicts do not count).
 */
export function marksInPassage(text: string, matcher: TermMatcher, onHealthPage = false): PassageMark[] {
  const passage = createPassage(text, matcher);
  const marks: PassageMark[] = [];
  for (let found = matcher.findNext(text, 0); found !== null; found = matcher.findNext(text, found.end)) {
    const match = extendOverlaps(text, found, matcher);
    found = match;
    const resolved = resolveEntry(match.entries, passage, { text, start: match.start, end: match.end });
    if (!resolved || (resolved.verdict === 'page' && !onHealthPage)) continue;
    const { start, end } = match;
    marks.push({
      termId: resolved.entry.termId,
      text: text.slice(start, end),
      start,
      end,
      verdict: resolved.verdict,
    });
  }
  return marks;
}

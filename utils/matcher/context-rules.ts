import type { ContextRule, MatcherEntry } from '@/utils/dataset/types';
import { isWordCode } from './word-chars';

/**
 * Ambiguous wordings ("PPI", "depression", "stress") count only where the text is about health.
 * A block of text decides it when it can: a `noneOf` phrase in the block rules the wording out, an
 * `anyOf` phrase rules it in. Otherwise the page decides: it counts once the page has at least
 * `PAGE_TERMS_FOR_CONTEXT` distinct unambiguous terms.
 */

export type ContextVerdict = 'yes' | 'no' | 'page';

export const PAGE_TERMS_FOR_CONTEXT = 2;

/** Lower-cased, apostrophes straightened and every run of white space made one space. */
export function foldForPhrases(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/gu, ' ');
}

/** Does `phrase` occur in `folded` (from foldForPhrases) as whole words? */
export function containsPhrase(folded: string, phrase: string): boolean {
  const needle = foldForPhrases(phrase.trim());
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? 32 : folded.charCodeAt(at - 1);
    const after = at + needle.length >= folded.length ? 32 : folded.charCodeAt(at + needle.length);
    if (!isWordCode(before) && !isWordCode(after)) return true;
    from = at + 1;
  }
}

export function blockVerdict(rule: ContextRule, foldedBlock: string): ContextVerdict {
  if (rule.noneOf.some((phrase) => containsPhrase(foldedBlock, phrase))) return 'no';
  if (rule.anyOf.some((phrase) => containsPhrase(foldedBlock, phrase))) return 'yes';
  return 'page';
}

export interface ResolvedEntry {
  entry: MatcherEntry;
  /** 'yes' for unambiguous wordings; 'page' means it waits for the page's other terms. */
  verdict: Exclude<ContextVerdict, 'no'>;
}

/** Picks the entry a match stands for in this block, or null when the context rules it out. */
export function resolveEntry(
  entries: readonly MatcherEntry[],
  foldedBlock: () => string,
): ResolvedEntry | null {
  let waiting: MatcherEntry | null = null;
  for (const entry of entries) {
    if (!entry.context) return { entry, verdict: 'yes' };
    const verdict = blockVerdict(entry.context, foldedBlock());
    if (verdict === 'yes') return { entry, verdict };
    if (verdict === 'page' && !waiting) waiting = entry;
  }
  return waiting ? { entry: waiting, verdict: 'page' } : null;
}

import type { ContextRule, MatcherEntry } from '@/utils/dataset/types';
import { containsPhrase, foldForPhrases } from './phrases';
import { hasHealthCue, isOtherSense, type WordingUse } from './senses';
import type { TermMatcher } from './term-matcher';

/**
 * Which matches count (data/README.md, "What makes a health context"). A specific wording counts
 * wherever it stands; an everyday one only when its passage is about health (a clear health cue, a
 * specific wording that counts there, or one of the wording's own `anyOf` words), or else when the
 * page is ('page': the mark store decides from the page's health passages). Everyday wordings never
 * vouch for each other. Either kind is ruled out by a `noneOf` phrase in its passage, or by a use
 * that is another sense (a verb, an idiom, a "-free" form, a negation: senses.ts).
 */

export { containsPhrase, foldForPhrases };

export type ContextVerdict = 'yes' | 'no' | 'page';

/** What a wording's own `ambiguous` rule says about its passage. */
export function blockVerdict(rule: ContextRule, foldedBlock: string): ContextVerdict {
  if (rule.noneOf.some((phrase) => containsPhrase(foldedBlock, phrase))) return 'no';
  if (rule.anyOf.some((phrase) => containsPhrase(foldedBlock, phrase))) return 'yes';
  return 'page';
}

/** The text around a match that decides its context, read lazily. */
export interface Passage {
  /** The passage from foldForPhrases. */
  folded(): string;
  /** Is the passage about health by itself: a clear health cue, or a specific wording that counts? */
  health(): boolean;
}

/** A passage over `text` (a block, or a few sentences of one); its answers are worked out once. */
export function createPassage(text: string, matcher: TermMatcher): Passage {
  let folded: string | undefined;
  let health: boolean | undefined;
  const passage: Passage = {
    folded: () => {
      folded ??= foldForPhrases(text);
      return folded;
    },
    health: () => {
      health ??= hasHealthCue(passage.folded()) || holdsSpecificWording(text, passage.folded(), matcher);
      return health;
    },
  };
  return passage;
}

function holdsSpecificWording(text: string, folded: string, matcher: TermMatcher): boolean {
  for (const match of matcher.findAll(text)) {
    for (const entry of match.entries) {
      if (entry.kind !== 'specific') continue;
      if (entry.context && blockVerdict(entry.context, folded) === 'no') continue;
      if (!isOtherSense({ text, start: match.start, end: match.end }, entry.text, 'specific')) return true;
    }
  }
  return false;
}

export interface ResolvedEntry {
  entry: MatcherEntry;
  /** 'yes' when the match counts now; 'page' when it counts only on a page about health. */
  verdict: Exclude<ContextVerdict, 'no'>;
}

/**
 * Picks the entry a match stands for in its passage, or null when no entry counts there. `use`
 * (the match in its text) lets the sense rules look at the words around it.
 */
export function resolveEntry(
  entries: readonly MatcherEntry[],
  passage: Passage,
  use?: WordingUse,
): ResolvedEntry | null {
  let waiting: MatcherEntry | null = null;
  for (const entry of entries) {
    if (use && isOtherSense(use, entry.text, entry.kind)) continue;
    const rule = entry.context ? blockVerdict(entry.context, passage.folded()) : 'page';
    if (rule === 'no') continue;
    if (entry.kind === 'specific' || rule === 'yes' || passage.health()) return { entry, verdict: 'yes' };
    waiting ??= entry;
  }
  return waiting ? { entry: waiting, verdict: 'page' } : null;
}

import { foldText, isWordCode } from './word-chars';

/** Lower-cased, apostrophes straightened and every run of white space made one space (foldText). */
export const foldForPhrases = foldText;

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

import type { PageTerm } from '@/utils/messages';

/**
 * Tells an open popup when the page's marked terms change (after a scan, a settings change, a site switch),
 * so "On this page" is asked again at once instead of after a guessed delay. `changed()` may be called as
 * often as wanted: only a real change of what the popup would show (on or off, and each term's count) is told.
 */
export function createTermsChangedNotice(
  current: () => { active: boolean; terms: PageTerm[] },
  tell: () => void,
): { changed(): void } {
  let last: string | null = null;
  return {
    changed() {
      const { active, terms } = current();
      const summary = `${active}|${terms.map((t) => `${t.termId}:${t.count}`).join(',')}`;
      if (last !== null && summary !== last) tell();
      last = summary;
    },
  };
}

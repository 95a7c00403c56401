import type { CardTerm, EvidenceGrade } from '@/utils/dataset/types';

export const GRADE_ORDER: EvidenceGrade[] = ['strong', 'moderate', 'limited', 'contested'];

export const GRADE_WORDS: Record<EvidenceGrade, string> = {
  strong: 'Strong',
  moderate: 'Moderate',
  limited: 'Limited',
  contested: 'Contested',
};

export type Graded<T> = T & { termId: string; termName: string; grade: EvidenceGrade };

/**
 * Entries of a figure file (evidence map, drains, nerves) joined with their term's grade and name from the
 * cards, strongest grade first (ties keep the file's order). Entries whose term is missing are left out
 * (the build refuses such a file, so this only guards hand-made data).
 */
export function withGrades<T extends { term: string }>(
  entries: T[],
  terms: Map<string, CardTerm>,
): Graded<T>[] {
  return entries
    .flatMap((entry) => {
      const term = terms.get(entry.term);
      return term ? [{ ...entry, termId: term.id, termName: term.name, grade: term.grade }] : [];
    })
    .sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
}

/** Groups entries by a key, in the order the keys are given; empty groups are dropped. */
export function groupBy<T, K extends string>(entries: T[], keyOf: (e: T) => K, keys: K[]): [K, T[]][] {
  return keys
    .map((key) => [key, entries.filter((e) => keyOf(e) === key)] as [K, T[]])
    .filter(([, list]) => list.length > 0);
}

import type { SpacingRow } from '@/utils/dataset/types';

/** 2 → "2 h", 0.5 → "30 min", 0 → null (the source sets no gap on that side). */
export function formatGap(hours: number): string | null {
  if (hours <= 0) return null;
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${hours} h`;
}

/** The two cells of a spacing row, in words a reader can act on. */
export function spacingCells(row: SpacingRow): { before: string; after: string } {
  if (row.avoid) return { before: 'Do not combine', after: 'Do not combine' };
  const before = formatGap(row.hoursBefore);
  const after = formatGap(row.hoursAfter);
  return {
    before: before ? `at least ${before} before magnesium` : 'no gap given (see note)',
    after: after ? `at least ${after} after magnesium` : 'no gap given (see note)',
  };
}

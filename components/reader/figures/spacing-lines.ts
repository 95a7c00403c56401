import type { SpacingRow } from '@/utils/dataset/types';
import { formatGap } from './spacing-hours';

export interface SpacingLine {
  medicine: string;
  termId: string;
  /** The window, in hours from the magnesium dose, in which not to take the medicine (negative: before). */
  from: number;
  to: number;
  /** Neither side needs a gap: the row is about checking the level, not timing. */
  noGap: boolean;
  /** The source says not to combine them at all, however far apart (the table's "Do not combine"). */
  avoid: boolean;
  note?: string;
}

/** One timeline line per spacing row, in the table's order, so the two can never disagree. */
export function spacingLines(rows: SpacingRow[]): SpacingLine[] {
  return rows.map((row) => ({
    medicine: row.medicine,
    termId: row.termId,
    from: -row.hoursBefore,
    to: row.hoursAfter,
    noGap: !row.avoid && row.hoursBefore === 0 && row.hoursAfter === 0,
    avoid: row.avoid === true,
    ...(row.note ? { note: row.note } : {}),
  }));
}

/** The timeline's hours either side of the dose: whole hours, one beyond the longest gap (room for its label). */
export function spacingAxis(lines: SpacingLine[]): { min: number; max: number } {
  const before = Math.max(2, ...lines.map((l) => Math.ceil(-l.from)));
  const after = Math.max(2, ...lines.map((l) => Math.ceil(l.to)));
  return { min: -before - 1, max: after + 1 };
}

/** A gap as the timeline's table cell says it: "2 h", "30 min", "no gap", or "Do not combine". */
export function gapCell(line: SpacingLine, hours: number): string {
  return line.avoid ? 'Do not combine' : (formatGap(hours) ?? 'no gap');
}

import * as v from 'valibot';
import { sourceSchema } from '../../utils/dataset/source-schema.ts';
import type { CardTerm, Source, SpacingRow } from '../../utils/dataset/types.ts';

/**
 * data/medicine-spacing.yaml: one row per medicine, how far apart from magnesium it goes and whose label
 * or guideline says so. Compiled into ReaderDataset.spacing (the reader's table and timeline), and checked
 * against what the cards say, so a card and the table can never give different hours.
 */

const hours = v.pipe(
  v.number('give hours as a number (0.5 for 30 minutes)'),
  v.minValue(0, 'hours cannot be negative'),
  v.maxValue(24, 'more than 24 hours is not a spacing rule'),
);

export const spacingRowSchema = v.strictObject({
  medicine: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  termId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a term id')),
  hoursBefore: hours,
  hoursAfter: hours,
  avoid: v.optional(v.boolean()),
  note: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))),
  source: sourceSchema,
});

export const spacingFileSchema = v.strictObject({
  rows: v.pipe(v.array(spacingRowSchema), v.minLength(1, 'list at least one medicine')),
});

export const toSpacingRow = (row: v.InferOutput<typeof spacingRowSchema>): SpacingRow => {
  const source: Source = { title: row.source.title };
  if (row.source.url) source.url = row.source.url;
  if (row.source.pmid) source.pmid = row.source.pmid;
  if (row.source.doi) source.doi = row.source.doi;
  return {
    medicine: row.medicine,
    termId: row.termId,
    hoursBefore: row.hoursBefore,
    hoursAfter: row.hoursAfter,
    ...(row.avoid ? { avoid: true } : {}),
    ...(row.note ? { note: row.note } : {}),
    source,
  };
};

/** One spacing a card's text states: "2 hours before", "6 h after", "30 minutes before". */
export interface StatedGap {
  hours: number;
  side: 'before' | 'after';
  text: string;
}

const GAP = /(\d+(?:\.\d+)?)\s*(hours?|h|minutes?|min)\s+(before|after)\b/gi;

/** The gaps a piece of card text states, in hours. */
export function statedGaps(text: string): StatedGap[] {
  return [...text.matchAll(GAP)].map((m) => {
    const amount = Number(m[1]);
    const inMinutes = /^min/i.test(m[2] ?? '');
    return {
      hours: inMinutes ? amount / 60 : amount,
      side: (m[3] ?? '').toLowerCase() as 'before' | 'after',
      text: m[0],
    };
  });
}

/**
 * The gaps a card states that the table does not give: each must be some row's hoursBefore or hoursAfter
 * (on the same side), among the card's own rows when it has any, else among all rows.
 */
export function gapsMissingFromTable(term: Pick<CardTerm, 'id' | 'note' | 'practical'>, rows: SpacingRow[]) {
  const own = rows.filter((r) => r.termId === term.id);
  const pool = own.length > 0 ? own : rows;
  return statedGaps(`${term.note} ${term.practical}`).filter(
    (gap) => !pool.some((r) => (gap.side === 'before' ? r.hoursBefore : r.hoursAfter) === gap.hours),
  );
}

import type { RdaData } from '@/utils/dataset/figure-data';

export interface RdaBar {
  /** Whose need the bar shows, in words (the chart never relies on colour alone). */
  who: 'Boys and girls' | 'Male' | 'Female' | 'Pregnant' | 'Breastfeeding';
  mg: number;
}

export interface RdaRow {
  group: 'age' | 'pregnancy';
  ages: string;
  bars: RdaBar[];
  /** An Adequate Intake (babies) rather than a full RDA. */
  adequateIntake: boolean;
  /** The most a day from supplements and medicines, where one is set. */
  supplementLimit?: number;
}

/** The RDA chart's rows: one per age group (one bar when boys and girls need the same), then pregnancy. */
export function rdaRows(rda: RdaData): RdaRow[] {
  const limit = (mg: number | undefined) => (mg === undefined ? {} : { supplementLimit: mg });
  return [
    ...rda.ages.map((row) => ({
      group: 'age' as const,
      ages: row.ages,
      bars:
        row.male === row.female
          ? [{ who: 'Boys and girls' as const, mg: row.male }]
          : [
              { who: 'Male' as const, mg: row.male },
              { who: 'Female' as const, mg: row.female },
            ],
      adequateIntake: row.adequateIntake,
      ...limit(row.supplementLimit),
    })),
    ...rda.pregnancy.map((row) => ({
      group: 'pregnancy' as const,
      ages: row.ages,
      bars: [
        { who: 'Pregnant' as const, mg: row.pregnant },
        { who: 'Breastfeeding' as const, mg: row.breastfeeding },
      ],
      adequateIntake: false,
      ...limit(row.supplementLimit),
    })),
  ];
}

/** The chart's scale: the largest value drawn (an RDA or a limit), rounded up to 50 mg. */
export function rdaScaleMax(rows: RdaRow[]): number {
  const values = rows.flatMap((r) => [...r.bars.map((b) => b.mg), r.supplementLimit ?? 0]);
  return Math.ceil(Math.max(...values) / 50) * 50;
}

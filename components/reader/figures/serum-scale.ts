import type { BloodLevelsData } from '@/utils/dataset/figure-data';

export interface SerumZone {
  id: 'low' | 'normal' | 'above' | 'symptoms';
  label: string;
  from: number;
  to: number;
}

/** mmol/L to mg/dL, to one decimal, with the factor the data gives (2.43: magnesium is 24.3 g/mol). */
export const toMgPerDl = (mmol: number, factor: number) => Math.round(mmol * factor * 10) / 10;

/** The blood-level scale's zones from low to high, in mmol/L, with the scale's ends a little beyond them. */
export function serumZones(data: BloodLevelsData): { zones: SerumZone[]; min: number; max: number } {
  const { normal, highSymptomsFrom: high } = data;
  const min = Math.max(0, Math.floor((normal.from - 0.25) * 10) / 10);
  const max = Math.ceil((high.to + 0.1) * 10) / 10;
  return {
    min,
    max,
    zones: [
      { id: 'low', label: 'Low', from: min, to: normal.from },
      { id: 'normal', label: 'Normal', from: normal.from, to: normal.to },
      { id: 'above', label: 'Above the range', from: normal.to, to: high.from },
      // Signs of too much usually start somewhere in high.from–high.to and only grow beyond it.
      { id: 'symptoms', label: 'Signs of too much', from: high.from, to: max },
    ],
  };
}

/** The scale's numbers as table rows: level, mmol/L, mg/dL. */
export function serumTableRows(levels: BloodLevelsData): string[][] {
  const f = levels.mgPerDlPerMmol;
  const { normal, highSymptomsFrom: high, proposedCutoff: cutoff } = levels;
  const below = (v: number) => [`below ${v}`, `below ${toMgPerDl(v, f)}`];
  const range = (a: number, b: number) => [`${a}–${b}`, `${toMgPerDl(a, f)}–${toMgPerDl(b, f)}`];
  return [
    [levels.low.label, ...below(normal.from)],
    ['Normal range', ...range(normal.from, normal.to)],
    ...(cutoff ? [['Cut-off some experts propose for "low"', ...below(cutoff)]] : []),
    [`${levels.high.label}: signs usually start`, ...range(high.from, high.to)],
  ];
}

import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { renderFigure } from './render-figure-for-test';
import { serumTableRows, serumZones, toMgPerDl } from './serum-scale';

const data = loadDataset(process.cwd());
const levels = data.figures['blood-levels']!;

describe('the blood-level scale', () => {
  it('converts mmol/L to the mg/dL the NIH ODS and Rosanoff 2022 give', () => {
    const f = levels.mgPerDlPerMmol;
    expect([0.75, 0.95, 0.85, 1.74, 2.61].map((v) => toMgPerDl(v, f))).toEqual([1.8, 2.3, 2.1, 4.2, 6.3]);
  });

  it('runs from low through normal to signs of too much, without gaps', () => {
    const { zones, min, max } = serumZones(levels);
    expect(zones.map((z) => z.id)).toEqual(['low', 'normal', 'above', 'symptoms']);
    expect(zones[0]!.from).toBe(min);
    expect(zones.at(-1)!.to).toBe(max);
    zones.slice(1).forEach((zone, i) => {
      expect(zone.from).toBe(zones[i]!.to);
    });
    expect(zones[1]).toMatchObject({ from: levels.normal.from, to: levels.normal.to });
  });

  it('gives the same ranges in its table, in both units', () => {
    expect(serumTableRows(levels)).toEqual([
      [levels.low.label, 'below 0.75', 'below 1.8'],
      ['Normal range', '0.75–0.95', '1.8–2.3'],
      ['Cut-off some experts propose for "low"', 'below 0.85', 'below 2.1'],
      [`${levels.high.label}: signs usually start`, '1.74–2.61', '4.2–6.3'],
    ]);
  });

  it('labels both units and both ends in words', () => {
    const { root, unmount } = renderFigure('blood-levels', data);
    const svg = root.querySelector('svg')!.textContent!;
    for (const words of ['Low', 'Normal', 'Signs of too much', 'mmol/L', 'mg/dL', '0.75', '1.8', '2.3']) {
      expect(svg).toContain(words);
    }
    expect(root.textContent).toContain(levels.low.label);
    expect(root.textContent).toContain(levels.high.label);
    unmount();
  });
});

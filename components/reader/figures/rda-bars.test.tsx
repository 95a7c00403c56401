import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { rdaRows, rdaScaleMax } from './rda-bars';
import { renderFigure } from './render-figure-for-test';

const data = loadDataset(process.cwd());
const rda = data.figures.rda!;

describe('the RDA chart', () => {
  it('has a bar for each figure of the data: male and female, or one when they match, then pregnancy', () => {
    const rows = rdaRows(rda);
    for (const entry of rda.ages) {
      const row = rows.find((r) => r.group === 'age' && r.ages === entry.ages)!;
      const mg = row.bars.map((b) => b.mg);
      expect(mg).toEqual(entry.male === entry.female ? [entry.male] : [entry.male, entry.female]);
      expect(row.supplementLimit).toBe(entry.supplementLimit);
    }
    for (const entry of rda.pregnancy) {
      const row = rows.find((r) => r.group === 'pregnancy' && r.ages === entry.ages)!;
      expect(row.bars).toEqual([
        { who: 'Pregnant', mg: entry.pregnant },
        { who: 'Breastfeeding', mg: entry.breastfeeding },
      ]);
    }
    expect(rows).toHaveLength(rda.ages.length + rda.pregnancy.length);
  });

  it('draws as many bars and supplement-limit marks as the data has, and says the limit is not about food', () => {
    const rows = rdaRows(rda);
    const { root, unmount } = renderFigure('rda', data);
    const svg = root.querySelector('svg')!;
    expect(svg.querySelectorAll('rect.ml-chart-bar')).toHaveLength(rows.flatMap((r) => r.bars).length);
    expect(svg.querySelectorAll('line.ml-chart-limit')).toHaveLength(
      rows.filter((r) => r.supplementLimit).length,
    );
    expect(svg.textContent).toContain('420 mg male');
    expect(svg.textContent).toContain('320 mg female');
    expect(root.textContent).toMatch(/supplements and medicines.*food does not count/i);
    unmount();
  });

  it('scales to the largest value rounded up to 50 mg', () => {
    expect(rdaScaleMax(rdaRows(rda))).toBe(450);
  });
});

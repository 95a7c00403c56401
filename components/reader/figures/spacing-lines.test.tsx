import { describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import type { SpacingRow } from '@/utils/dataset/types';
import { renderFigure } from './render-figure-for-test';
import { formatHours, spacingAxis, spacingLines } from './spacing-lines';

const source = { title: 'A label', url: 'https://example.org/label' };
const rows: SpacingRow[] = [
  { medicine: 'Ciprofloxacin', termId: 'proton-pump-inhibitors', hoursBefore: 2, hoursAfter: 6, source },
  { medicine: 'Alendronate', termId: 'diuretics', hoursBefore: 0.5, hoursAfter: 2, note: 'fasting', source },
  { medicine: 'Digoxin', termId: 'diuretics', hoursBefore: 0, hoursAfter: 0, note: 'no timing rule', source },
];

describe('the spacing timeline', () => {
  it('has one line per spacing row, in the same order, with the same hours', () => {
    const lines = spacingLines(rows);
    expect(lines.map((l) => [l.medicine, -l.from, l.to])).toEqual(
      rows.map((r) => [r.medicine, r.hoursBefore, r.hoursAfter]),
    );
    expect(lines.map((l) => l.noGap)).toEqual([false, false, true]);
    expect(spacingAxis(lines)).toEqual({ min: -3, max: 7 });
    expect([formatHours(0.5), formatHours(6)]).toEqual(['30 min', '6 h']);
  });

  it('draws each row of the table as a line with its gaps, and its table repeats them', () => {
    const { root, unmount } = renderFigure('spacing-timeline', { ...fakeReaderData, spacing: rows });
    const drawn = [...root.querySelectorAll('g[data-medicine]')];
    expect(drawn.map((g) => g.getAttribute('data-medicine'))).toEqual(rows.map((r) => r.medicine));
    expect(drawn[0]!.textContent).toBe('Ciprofloxacin2 h6 h');
    expect(drawn[1]!.textContent).toBe('Alendronate30 min2 h');
    expect(drawn[2]!.textContent).toBe('Digoxinno timing gap');
    const tableRows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(root.querySelector('.ml-figure-source')?.textContent).toBe('Source: A label');
    expect(tableRows).toEqual([
      'Ciprofloxacin2 h6 h',
      'Alendronate30 min2 hfasting',
      'Digoxinno gapno gapno timing rule',
    ]);
    unmount();
  });

  it('draws nothing while the dataset has no spacing rows', () => {
    const { root, unmount } = renderFigure('spacing-timeline', { ...fakeReaderData, spacing: [] });
    expect(root.innerHTML).toBe('');
    unmount();
  });
});

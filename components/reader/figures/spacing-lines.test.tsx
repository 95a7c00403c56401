import { describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import type { SpacingRow } from '@/utils/dataset/types';
import { renderFigure } from './render-figure-for-test';
import { formatGap } from './spacing-hours';
import { spacingAxis, spacingLines } from './spacing-lines';

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
    expect([formatGap(0.5), formatGap(6)]).toEqual(['30 min', '6 h']);
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

  it('draws a medicine never to combine as a window over the whole day, never as "no timing gap"', () => {
    const avoid: SpacingRow = {
      medicine: 'Raltegravir',
      termId: 'diuretics',
      hoursBefore: 0,
      hoursAfter: 0,
      avoid: true,
      source,
    };
    const [line] = spacingLines([avoid]);
    expect(line).toMatchObject({ avoid: true, noGap: false });
    const { root, unmount } = renderFigure('spacing-timeline', {
      ...fakeReaderData,
      spacing: [...rows, avoid],
    });
    const drawn = root.querySelector('g[data-medicine="Raltegravir"]')!;
    expect(drawn.textContent).toBe('Raltegravirdo not combine at all');
    expect(drawn.querySelector('rect.ml-chart-window')).not.toBeNull();
    const tableRows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(tableRows.at(-1)).toBe('RaltegravirDo not combineDo not combine');
    unmount();
  });

  it('draws nothing while the dataset has no spacing rows', () => {
    const { root, unmount } = renderFigure('spacing-timeline', { ...fakeReaderData, spacing: [] });
    expect(root.innerHTML).toBe('');
    unmount();
  });
});

import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import type { ReaderDataset } from '@/utils/dataset/types';
import { withGrades } from './graded-entries';
import { renderFigure } from './render-figure-for-test';

const data = loadDataset(process.cwd());
const termsOf = (d: ReaderDataset) => new Map(d.terms.map((t) => [t.id, t]));

describe("figures that show the cards' grades", () => {
  it("take each entry's grade from its term's card, strongest first", () => {
    const entries = withGrades(data.figures['evidence-map']!.claims, termsOf(data));
    for (const entry of entries) expect(entry.grade).toBe(termsOf(data).get(entry.termId)!.grade);
    const order = ['strong', 'moderate', 'limited', 'contested'];
    const ranks = entries.map((e) => order.indexOf(e.grade));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('follow a change of grade on the card', () => {
    const regraded = {
      ...data,
      terms: data.terms.map((t) => (t.id === 'insomnia' ? { ...t, grade: 'contested' as const } : t)),
    };
    const { root, unmount } = renderFigure('evidence-map', regraded);
    const item = [...root.querySelectorAll('li')].find((li) => li.querySelector('a[href="#/term/insomnia"]'));
    expect(item?.textContent).toContain('Contested');
    unmount();
  });

  it('link every entry of the evidence map, the drains figure and the nerves diagram to its card', () => {
    const lists = {
      'evidence-map': data.figures['evidence-map']!.claims,
      drains: data.figures.drains!.causes,
      'nerves-sleep': data.figures['nerves-sleep']!.roles,
    } as const;
    for (const [name, entries] of Object.entries(lists)) {
      const { root, unmount } = renderFigure(name as keyof typeof lists, data);
      const hrefs = [...root.querySelectorAll('li a')].map((a) => a.getAttribute('href'));
      expect(hrefs.sort(), name).toEqual(entries.map((e) => `#/term/${e.term}`).sort());
      unmount();
    }
  });

  it('say in words what each grade and each column means, not by colour alone', () => {
    const { root, unmount } = renderFigure('evidence-map', data);
    expect(root.textContent).toContain('No benefit shown');
    expect(root.textContent).toContain('Some benefit shown');
    expect(root.querySelectorAll('.ml-grade-meter')).toHaveLength(
      data.figures['evidence-map']!.claims.length,
    );
    for (const meter of root.querySelectorAll('.ml-grade-meter')) {
      expect(meter.textContent).toMatch(/^(Strong|Moderate|Limited|Contested)$/);
    }
    unmount();
  });

  it('leave out an entry whose term is missing', () => {
    expect(withGrades([{ term: 'no-such-term' }], termsOf(data))).toEqual([]);
  });
});

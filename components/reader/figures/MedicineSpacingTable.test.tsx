import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { createLookups, ReaderContext } from '@/components/navigation/reader-context';
import type { Route } from '@/components/navigation/route';
import type { ReaderDataset } from '@/utils/dataset/types';
import { ArticleView } from '../ArticleView';
import { formatGap } from './spacing-hours';

/** The shipped dataset, so the table a user sees is the one tested. */
const shipped = loadDataset(process.cwd());

let root: HTMLElement;
let routes: Route[];
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  routes = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function showMedicinesArticle(data: ReaderDataset) {
  const value = {
    ...createLookups(data),
    go: (route: Route) => routes.push(route),
    saveTerm: async () => ({ ok: false as const, message: 'not in this test' }),
  };
  const article = data.articles.find((a) => a.id === 'medicines');
  if (!article) throw new Error('no medicines article');
  await act(() =>
    render(
      <ReaderContext.Provider value={value}>
        <ArticleView article={article} sectionId="spacing-table" />
      </ReaderContext.Provider>,
      root,
    ),
  );
}

const rowOf = (medicine: string) =>
  [...root.querySelectorAll('.ml-spacing tbody tr')].find((tr) =>
    tr.querySelector('th')?.textContent?.startsWith(medicine),
  );
const cells = (tr: Element | undefined) =>
  [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('the medicine-spacing table in the Medicines article', () => {
  it('gives each quinolone its own gap, from its own label', async () => {
    await showMedicinesArticle(shipped);
    expect(cells(rowOf('Ciprofloxacin')).slice(0, 2)).toEqual([
      'at least 2 h before magnesium',
      'at least 6 h after magnesium',
    ]);
    expect(cells(rowOf('Moxifloxacin')).slice(0, 2)).toEqual([
      'at least 4 h before magnesium',
      'at least 8 h after magnesium',
    ]);
    const label = rowOf('Moxifloxacin')?.querySelector('td:last-child a');
    expect(label?.getAttribute('href')).toMatch(/^https:\/\/dailymed\.nlm\.nih\.gov\/.*setid=/);
  });

  it('says when two must not be combined at all, and shows a title-only source as plain text', async () => {
    await showMedicinesArticle(shipped);
    expect(rowOf('Raltegravir')?.textContent).toContain('Do not combine');
    const dolutegravirSource = rowOf('Dolutegravir (')?.querySelector('td:last-child');
    expect(dolutegravirSource?.querySelector('a')).toBeNull();
    expect(dolutegravirSource?.textContent).toContain('DHHS');
  });

  it('shows half an hour as minutes and explains a side with no gap', async () => {
    await showMedicinesArticle(shipped);
    expect(cells(rowOf('Alendronate'))[0]).toBe('at least 30 min before magnesium');
    expect(cells(rowOf('Alendronate'))[1]).toBe('no gap given (see note)');
    expect(rowOf('Alendronate')?.textContent).toContain('empty stomach');
    expect(formatGap(1)).toBe('1 h');
  });

  it("opens the medicine's card from its name", async () => {
    await showMedicinesArticle(shipped);
    const link = rowOf('Levothyroxine')?.querySelector('th a');
    await act(() => {
      link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    });
    expect(routes).toEqual([{ view: 'term', termId: 'levothyroxine' }]);
  });

  it('draws nothing when the dataset has no spacing rows', async () => {
    await showMedicinesArticle({ ...shipped, spacing: [] });
    expect(root.querySelector('.ml-spacing')).toBeNull();
    expect(root.textContent).toContain('Spacing table');
  });
});

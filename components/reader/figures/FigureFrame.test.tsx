import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { FIGURE_NAMES } from '@/utils/dataset/types';
import { renderFigure } from './render-figure-for-test';

const data = loadDataset(process.cwd());

describe('every figure the shipped dataset can draw', () => {
  for (const name of FIGURE_NAMES) {
    if (name === 'medicine-spacing' || name === 'spacing-timeline') continue; // drawn from ReaderDataset.spacing
    it(`${name}: is a <figure> named by its caption's title and described by its text`, () => {
      const { root, unmount } = renderFigure(name, data);
      const figure = root.querySelector('figure')!;
      expect(figure).not.toBeNull();
      const title = document.getElementById(figure.getAttribute('aria-labelledby')!);
      const desc = document.getElementById(figure.getAttribute('aria-describedby')!);
      expect(title?.closest('figcaption')?.parentElement).toBe(figure);
      expect(title?.textContent?.length).toBeGreaterThan(10);
      expect(desc?.textContent?.length).toBeGreaterThan(40);
      const source = figure.querySelector('.ml-figure-source')?.textContent ?? '';
      if (['food', 'rda', 'blood-levels'].includes(name)) {
        expect(source).toContain('Source: NIH Office of Dietary Supplements');
      } else {
        expect(source).toBe('Grades and sources: on each card.');
      }
      for (const svg of figure.querySelectorAll('svg[role="img"]')) {
        expect(svg.querySelector('title')?.textContent).toBeTruthy();
      }
      unmount();
    });
  }
});

describe('the shipped articles', () => {
  it('each embed at least one figure', () => {
    for (const article of data.articles) {
      const figures = article.sections.flatMap((s) => s.blocks.filter((b) => b.t === 'figure'));
      expect(figures.length, article.id).toBeGreaterThan(0);
    }
  });
});

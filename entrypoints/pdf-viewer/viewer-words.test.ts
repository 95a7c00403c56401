import { describe, expect, it } from 'vitest';
import { namePages, viewerWords } from './viewer-words';

describe("the words given to PDF.js' viewer", () => {
  it('names each page region by its number, as a screen reader lists them', () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<div class="page" role="region" data-page-number="1"></div><div class="page" role="region" data-page-number="2"></div>';
    namePages(container);
    expect([...container.querySelectorAll('.page')].map((page) => page.getAttribute('aria-label'))).toEqual([
      'Page 1',
      'Page 2',
    ]);
  });

  it('answers a string it knows, and the fallback (or nothing) for the rest of PDF.js’ app', async () => {
    expect(await viewerWords.get('pdfjs-rendering-error')).toMatch(/error occurred while rendering/);
    expect(await viewerWords.get('pdfjs-find-not-found', null, 'Not found')).toBe('Not found');
    expect(await viewerWords.get(['pdfjs-rendering-error', 'unknown'])).toEqual([
      'An error occurred while rendering the page.',
      '',
    ]);
  });
});

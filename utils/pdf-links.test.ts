import { describe, expect, it } from 'vitest';
import { sourceFromSearch } from '@/entrypoints/pdf-viewer/document-source';
import { isPdfViewerUrl, isWebPdfUrl, pdfViewerPath } from './pdf-links';

describe('isWebPdfUrl', () => {
  it('knows a web PDF by its address', () => {
    expect(isWebPdfUrl('https://nhs.example/leaflets/omeprazole.pdf')).toBe(true);
    expect(isWebPdfUrl('http://127.0.0.1:8080/Report.PDF?download=1#page=2')).toBe(true);
  });

  it('leaves out pages, local files and what is not an address', () => {
    expect(isWebPdfUrl('https://nhs.example/leaflets/omeprazole.html')).toBe(false);
    expect(isWebPdfUrl('https://nhs.example/?file=a.pdf')).toBe(false);
    expect(isWebPdfUrl('file:///home/me/report.pdf')).toBe(false);
    expect(isWebPdfUrl(undefined)).toBe(false);
    expect(isWebPdfUrl('omeprazole.pdf')).toBe(false);
  });
});

describe('pdfViewerPath', () => {
  it('is the empty viewer without a document', () => {
    expect(pdfViewerPath()).toBe('/pdf-viewer.html');
  });

  it('names a web PDF the viewer then opens, without its fragment', () => {
    const path = pdfViewerPath('https://nhs.example/a b.pdf?x=1&y=2#page=3');
    const search = path.slice(path.indexOf('?'));
    expect(sourceFromSearch(search)).toEqual({
      kind: 'url',
      name: 'a b.pdf',
      url: 'https://nhs.example/a%20b.pdf?x=1&y=2',
    });
  });
});

describe('isPdfViewerUrl', () => {
  it('knows this extension viewer, open or on a document, and nothing else', () => {
    const base = 'chrome-extension://maglens/';
    expect(isPdfViewerUrl('chrome-extension://maglens/pdf-viewer.html', base)).toBe(true);
    expect(
      isPdfViewerUrl('chrome-extension://maglens/pdf-viewer.html?file=https%3A%2F%2Fa.example%2Fb.pdf', base),
    ).toBe(true);
    expect(isPdfViewerUrl('chrome-extension://maglens/reader.html', base)).toBe(false);
    expect(isPdfViewerUrl('chrome-extension://other/pdf-viewer.html', base)).toBe(false);
  });
});

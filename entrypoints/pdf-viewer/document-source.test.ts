import { describe, expect, it } from 'vitest';
import { looksLikePdf, notePage, siteOf, sourceFromSearch } from './document-source';

const viewerSearchFor = (url: string) => `?${new URLSearchParams({ file: url })}`;

describe('sourceFromSearch', () => {
  it('reads a web PDF from the viewer address, named after its file, without its fragment', () => {
    const search = viewerSearchFor('https://nhs.example/leaflets/Omeprazole%2020mg.pdf#page=3');
    expect(sourceFromSearch(search)).toEqual({
      kind: 'url',
      name: 'Omeprazole 20mg.pdf',
      url: 'https://nhs.example/leaflets/Omeprazole%2020mg.pdf',
    });
  });

  it('names a document with no file name after its host', () => {
    expect(sourceFromSearch(viewerSearchFor('http://lab.example/'))?.name).toBe('lab.example');
  });

  it('opens nothing for a missing, malformed or non-web address', () => {
    expect(sourceFromSearch('')).toBeNull();
    expect(sourceFromSearch('?file=not%20a%20url')).toBeNull();
    expect(sourceFromSearch(viewerSearchFor('file:///home/me/report.pdf'))).toBeNull();
    expect(sourceFromSearch(viewerSearchFor('javascript:alert(1)'))).toBeNull();
  });
});

describe('looksLikePdf', () => {
  it('takes PDFs by type, or by name when the system gives no type', () => {
    expect(looksLikePdf({ name: 'a.bin', type: 'application/pdf' })).toBe(true);
    expect(looksLikePdf({ name: 'Report.PDF', type: '' })).toBe(true);
    expect(looksLikePdf({ name: 'photo.png', type: 'image/png' })).toBe(false);
    expect(looksLikePdf({ name: 'notes.pdf', type: 'text/plain' })).toBe(false);
  });
});

describe('notePage', () => {
  const file = { kind: 'file' as const, name: 'leaflet.pdf', file: new Blob() };
  const web = { kind: 'url' as const, name: 'leaflet.pdf', url: 'https://nhs.example/leaflet.pdf' };

  it('names the document, its file and the page; a local file gives no address', () => {
    expect(notePage(file, 'Omeprazole leaflet', 2)).toEqual({
      title: 'Omeprazole leaflet (leaflet.pdf), page 2',
      url: '',
    });
    expect(notePage(file, '', 1).title).toBe('leaflet.pdf, page 1');
  });

  it('gives a web PDF its address at the page', () => {
    expect(notePage(web, '', 4)).toEqual({
      title: 'leaflet.pdf, page 4',
      url: 'https://nhs.example/leaflet.pdf#page=4',
    });
  });

  it('applies the site rules of a web PDF host, and none to a local file', () => {
    expect(siteOf(web)).toBe('nhs.example');
    expect(siteOf(file)).toBe('');
  });
});

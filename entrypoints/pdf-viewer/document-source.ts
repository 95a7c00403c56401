/**
 * Where the open document comes from: a file the user picked or dropped (read in the page, never
 * stored) or the address of a PDF the user had open in a tab (`?file=` in the viewer's own address).
 */

export type DocumentSource =
  | { kind: 'file'; name: string; file: Blob }
  | { kind: 'url'; name: string; url: string };

/** The document named in the viewer's address (`pdf-viewer.html?file=https://…`), if it is a web one. */
export function sourceFromSearch(search: string): DocumentSource | null {
  const address = new URLSearchParams(search).get('file');
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return { kind: 'url', name: nameFromUrl(url), url: url.href };
}

/** A readable name for a web document: its file name, else its host. */
export function nameFromUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Is this file one the viewer should try? By type, or by name when the system gives no type. */
export function looksLikePdf(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name));
}

/** The site whose rules apply to a document: its host for a web PDF, none for a local file. */
export function siteOf(source: DocumentSource): string {
  return source.kind === 'url' ? new URL(source.url).hostname : '';
}

/** The note's page: the document's name and page number, and where it lives (a web PDF's address with
 * `#page=N`, which browsers' PDF viewers open at that page; a local file has none to give). */
export function notePage(
  source: DocumentSource,
  title: string,
  page: number,
): { title: string; url: string } {
  const named = title && title !== source.name ? `${title} (${source.name})` : source.name;
  return {
    title: `${named}, page ${page}`,
    url: source.kind === 'url' ? `${source.url}#page=${page}` : '',
  };
}

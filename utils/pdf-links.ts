import { browser } from 'wxt/browser';

/**
 * Addresses of MagLens' PDF viewer (entrypoints/pdf-viewer/): the popup, the reader and the background's
 * context menu open it, empty or on a web PDF (`pdf-viewer.html?file=<address>`).
 */

export const PDF_VIEWER_PATH = '/pdf-viewer.html';

/** Is this the address of a PDF on the web (http or https, a path ending in .pdf)? A PDF served
 * without that ending is not recognised here; it can still be saved and opened as a file. */
export function isWebPdfUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}

/** The viewer's path, on a web PDF when one is given (its fragment, such as #page=2, is dropped). */
export function pdfViewerPath(pdfUrl?: string): string {
  if (!pdfUrl) return PDF_VIEWER_PATH;
  const url = new URL(pdfUrl);
  url.hash = '';
  return `${PDF_VIEWER_PATH}?${new URLSearchParams({ file: url.href })}`;
}

/** Is this the address of the viewer in this extension (`extensionBase`: runtime.getURL('/'))? */
export function isPdfViewerUrl(url: string, extensionBase = browser.runtime.getURL('/')): boolean {
  return url.startsWith(`${extensionBase.replace(/\/$/, '')}${PDF_VIEWER_PATH}`);
}

/** Match patterns for the context menu: pages and links whose address ends in .pdf (with or without a query). */
export const PDF_URL_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

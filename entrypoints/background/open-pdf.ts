import { isWebPdfUrl, PDF_URL_PATTERNS, pdfViewerPath } from '@/utils/pdf-links';

/**
 * "Open in MagLens" in the context menu of a web PDF (the page itself, where the browser lets extensions
 * add to its PDF viewer's menu) and of a link to one: opens MagLens' viewer on that address in a new
 * tab beside the current one. Neither browser lets an extension into its own PDF viewer, so this is how
 * a PDF gets its marks and cards.
 */

export const OPEN_PDF_PAGE_MENU_ID = 'maglens-open-pdf';
export const OPEN_PDF_LINK_MENU_ID = 'maglens-open-pdf-link';

export interface OpenPdfApi {
  contextMenus: {
    create(properties: {
      id: string;
      title: string;
      contexts: ('page' | 'link')[];
      documentUrlPatterns?: string[];
      targetUrlPatterns?: string[];
    }): unknown;
  };
  runtime: { getURL(path: string): string };
  tabs: { create(properties: { url: string; index?: number; openerTabId?: number }): Promise<unknown> };
}

/** Adds the two items (after the menu was cleared: see createLookupMenu). */
export function createOpenPdfMenu(api: OpenPdfApi): void {
  api.contextMenus.create({
    id: OPEN_PDF_PAGE_MENU_ID,
    title: 'Open in MagLens',
    contexts: ['page'],
    documentUrlPatterns: PDF_URL_PATTERNS,
  });
  api.contextMenus.create({
    id: OPEN_PDF_LINK_MENU_ID,
    title: 'Open PDF in MagLens',
    contexts: ['link'],
    targetUrlPatterns: PDF_URL_PATTERNS,
  });
}

export interface PdfMenuClick {
  menuItemId: string | number;
  pageUrl?: string;
  linkUrl?: string;
}

/** Opens the viewer for a click on one of the items; false for other items and other addresses. */
export async function openPdfFromMenu(
  api: OpenPdfApi,
  info: PdfMenuClick,
  tab: { id?: number; index?: number } | undefined,
): Promise<boolean> {
  const url =
    info.menuItemId === OPEN_PDF_PAGE_MENU_ID
      ? info.pageUrl
      : info.menuItemId === OPEN_PDF_LINK_MENU_ID
        ? info.linkUrl
        : undefined;
  if (!isWebPdfUrl(url)) return false;
  await api.tabs.create({
    url: api.runtime.getURL(pdfViewerPath(url)),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined || tab.id < 0 ? {} : { openerTabId: tab.id }),
  });
  return true;
}

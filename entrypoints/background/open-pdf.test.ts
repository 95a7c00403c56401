import { describe, expect, it, vi } from 'vitest';
import {
  createOpenPdfMenu,
  OPEN_PDF_LINK_MENU_ID,
  OPEN_PDF_PAGE_MENU_ID,
  type OpenPdfApi,
  openPdfFromMenu,
} from './open-pdf';

const fakeApi = () => {
  const api = {
    contextMenus: { create: vi.fn() },
    runtime: { getURL: (path: string) => `chrome-extension://maglens${path}` },
    tabs: { create: vi.fn(async () => ({})) },
  } satisfies OpenPdfApi;
  return api;
};

describe('the "Open in MagLens" menu', () => {
  it('is offered on PDF pages and on links to PDFs', () => {
    const api = fakeApi();
    createOpenPdfMenu(api);
    const [page, link] = api.contextMenus.create.mock.calls.map(([item]) => item);
    expect(page).toMatchObject({ contexts: ['page'], title: 'Open in MagLens' });
    expect(page.documentUrlPatterns).toContain('*://*/*.pdf');
    expect(link).toMatchObject({ contexts: ['link'] });
    expect(link.targetUrlPatterns).toContain('*://*/*.pdf?*');
  });

  it('opens the viewer on the PDF page, in a tab beside it', async () => {
    const api = fakeApi();
    const opened = await openPdfFromMenu(
      api,
      { menuItemId: OPEN_PDF_PAGE_MENU_ID, pageUrl: 'https://nhs.example/leaflet.pdf#page=2' },
      { id: 7, index: 3 },
    );
    expect(opened).toBe(true);
    expect(api.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://maglens/pdf-viewer.html?file=https%3A%2F%2Fnhs.example%2Fleaflet.pdf',
      index: 4,
      openerTabId: 7,
    });
  });

  it('opens the viewer on a linked PDF, and nothing for other items or addresses', async () => {
    const api = fakeApi();
    expect(
      await openPdfFromMenu(
        api,
        { menuItemId: OPEN_PDF_LINK_MENU_ID, linkUrl: 'http://lab.example/r.pdf' },
        undefined,
      ),
    ).toBe(true);
    expect(api.tabs.create).toHaveBeenCalledTimes(1);
    expect(
      await openPdfFromMenu(
        api,
        { menuItemId: 'maglens-look-up', linkUrl: 'http://lab.example/r.pdf' },
        undefined,
      ),
    ).toBe(false);
    expect(
      await openPdfFromMenu(api, { menuItemId: OPEN_PDF_LINK_MENU_ID, linkUrl: 'file:///r.pdf' }, undefined),
    ).toBe(false);
    expect(api.tabs.create).toHaveBeenCalledTimes(1);
  });
});

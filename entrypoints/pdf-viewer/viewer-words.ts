/**
 * The words PDF.js' viewer components ask for. Left to themselves they build a Fluent localisation from
 * PDF.js' whole built-in English catalogue (several hundred strings for its full app) and watch the
 * document's pages for elements to translate: about 30 ms of work in the task that opens a document.
 * MagLens uses only the page view, whose one word is each page's landmark name, so it gives PDF.js this
 * small stand-in and names the pages itself.
 */

/** The few strings PDF.js' page, text and annotation layers may ask for by id, in English. */
const WORDS: Record<string, string> = {
  'pdfjs-rendering-error': 'An error occurred while rendering the page.',
};

/** The interface PDFViewer and PDFPageView call on their `l10n` option. */
export const viewerWords = {
  getLanguage: () => 'en-us',
  getDirection: () => 'ltr' as const,
  async get(ids: string | string[], _args: unknown = null, fallback?: string) {
    if (Array.isArray(ids)) return ids.map((id) => WORDS[id] ?? '');
    return WORDS[ids] ?? fallback ?? '';
  },
  async translate(_element: HTMLElement) {},
  async translateOnce(_element: HTMLElement) {},
  async destroy() {},
  pause() {},
  resume() {},
};

/** Names each page region as PDF.js would ("Page 3"), from the page number PDF.js puts on it. */
export function namePages(container: ParentNode): void {
  for (const page of container.querySelectorAll<HTMLElement>('.page[data-page-number]')) {
    page.setAttribute('aria-label', `Page ${page.dataset.pageNumber}`);
  }
}

import './pdfjs-global';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';
import { holdsText } from './open-messages';
import { joinTextLayerLines } from './text-layer-lines';
import { namePages, viewerWords } from './viewer-words';

/**
 * One open PDF in PDF.js' own viewer component: pages are laid out at once but drawn, with their text
 * layers, only as they come into view (PDFViewer's rendering queue), so a long document opens at its first
 * page. The worker, fonts and character maps are the extension's own files: nothing is fetched from a
 * network to show a document.
 */

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the extension keeps PDF.js' fonts and character maps (copied there at build: build/pdfjs-assets.ts). */
export const PDFJS_ASSETS = '/pdfjs';

export interface DocumentViewEvents {
  /** The page in view changed (1-based). */
  onPage(page: number, pages: number): void;
  /** A page's text layer was drawn and its lines joined (page number). */
  onTextLayer?(page: number): void;
  /** PDF.js asks for a password; `retry` is true when the last one was wrong. */
  onPassword(retry: boolean): Promise<string | null>;
}

export interface OpenedDocument {
  pages: number;
  title: string;
  /** Has any of the first pages any text? (A scan has none.) */
  hasText: boolean;
}

export interface DocumentView {
  open(data: Uint8Array): Promise<OpenedDocument>;
  goToPage(page: number): void;
  zoom(steps: number): void;
  zoomPercent(): number;
  find(query: string, previous?: boolean): void;
  /** Draws the pages dark (or light again) when the system's colour scheme changes. */
  setDark(dark: boolean): void;
  close(): Promise<void>;
}

/** A dark page for the dark theme: PDF.js draws text and lines in the foreground colour. */
const DARK_PAGE = { background: '#1f2423', foreground: '#e7ebe9' };

/** How many pages are read to decide whether a document is only pictures. */
const TEXT_PROBE_PAGES = 3;

export function createDocumentView(
  container: HTMLDivElement,
  assetsUrl: (path: string) => string,
  events: DocumentViewEvents,
  dark: boolean,
): DocumentView {
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({
    container,
    eventBus,
    linkService,
    findController,
    textLayerMode: 1,
    // No annotation editor (MagLens offers no drawing or typing on a PDF): each page is spared building
    // an editor layer when it is drawn.
    annotationEditorMode: pdfjsLib.AnnotationEditorType.DISABLE,
    removePageBorders: false,
    pageColors: dark ? DARK_PAGE : null,
    // Our own few words instead of PDF.js' whole localisation, built in the task that opens a document.
    // (PDF.js types `l10n` as its own class; it calls only the methods viewerWords has.)
    l10n: viewerWords as unknown as ConstructorParameters<typeof PDFViewer>[0]['l10n'],
  } as ConstructorParameters<typeof PDFViewer>[0]);
  linkService.setViewer(viewer);

  let task: PDFDocumentLoadingTask | null = null;
  let doc: PDFDocumentProxy | null = null;

  eventBus.on('pagesinit', () => {
    namePages(container);
    viewer.currentScaleValue = 'page-width';
  });
  eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => {
    events.onPage(pageNumber, viewer.pagesCount);
  });
  eventBus.on('textlayerrendered', ({ pageNumber, source }: { pageNumber: number; source: unknown }) => {
    const layer = (source as { textLayer?: { div?: Element } }).textLayer?.div;
    if (layer) joinTextLayerLines(layer);
    events.onTextLayer?.(pageNumber);
  });

  return {
    async open(data) {
      await this.close();
      task = pdfjsLib.getDocument({
        data,
        standardFontDataUrl: assetsUrl(`${PDFJS_ASSETS}/standard_fonts/`),
        cMapUrl: assetsUrl(`${PDFJS_ASSETS}/cmaps/`),
        cMapPacked: true,
        wasmUrl: assetsUrl(`${PDFJS_ASSETS}/wasm/`),
        isEvalSupported: false,
        enableXfa: false,
      });
      let retry = false;
      task.onPassword = (update: (password: string) => void) => {
        void events.onPassword(retry).then((password) => {
          retry = true;
          if (password === null) void task?.destroy();
          else update(password);
        });
      };
      doc = await task.promise;
      viewer.setDocument(doc);
      linkService.setDocument(doc, null);
      const meta = await doc.getMetadata().catch(() => null);
      const info = (meta?.info ?? {}) as { Title?: unknown };
      let hasText = false;
      for (let n = 1; n <= Math.min(doc.numPages, TEXT_PROBE_PAGES) && !hasText; n++) {
        const page = await doc.getPage(n);
        hasText = holdsText((await page.getTextContent()).items);
      }
      events.onPage(1, doc.numPages);
      return { pages: doc.numPages, title: typeof info.Title === 'string' ? info.Title.trim() : '', hasText };
    },
    goToPage(page) {
      if (doc && page >= 1 && page <= doc.numPages) viewer.currentPageNumber = page;
    },
    zoom(steps) {
      if (steps > 0) viewer.increaseScale({ steps });
      else viewer.decreaseScale({ steps: -steps });
    },
    zoomPercent: () => Math.round(viewer.currentScale * 100),
    find(query, previous = false) {
      eventBus.dispatch('find', {
        source: null,
        type: 'again',
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
    },
    setDark(next) {
      const colors = next ? DARK_PAGE : null;
      viewer.pageColors = colors;
      for (let index = 0; index < viewer.pagesCount; index++) viewer.getPageView(index).pageColors = colors;
      // The page's own background under the canvas, which PDF.js sets when a document opens.
      const pages = viewer.viewer as HTMLElement | null;
      if (colors) pages?.style.setProperty('--page-bg-color', colors.background);
      else pages?.style.removeProperty('--page-bg-color');
      // Each page keeps its text layer (and so its marks) and draws its canvas again in the new colours.
      viewer.refresh();
    },
    async close() {
      const closing = task;
      task = null;
      doc = null;
      viewer.setDocument(null as unknown as PDFDocumentProxy);
      linkService.setDocument(null, null);
      await closing?.destroy();
    },
  };
}

import * as pdfjsLib from 'pdfjs-dist';

/** PDF.js' viewer components (pdfjs-dist/web/pdf_viewer.mjs) find the library on this global: this module
 * is imported, for its effect, before them. */
(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;

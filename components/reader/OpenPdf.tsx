import { browser } from 'wxt/browser';
import { isWebPdfUrl, pdfViewerPath } from '@/utils/pdf-links';

/** In the popup, "Open in MagLens" on a tab showing a web PDF (MagLens' viewer reads it again from its address);
 * elsewhere and in the reader "Open a PDF…", the empty viewer, where a file is picked or dropped. */
export function OpenPdf({ url }: { url?: string }) {
  const pdf = isWebPdfUrl(url) ? url : undefined;
  const open = () => {
    browser.tabs.create({ url: browser.runtime.getURL(pdfViewerPath(pdf) as '/') });
  };
  return (
    <button
      type="button"
      class="ml-link-button"
      onClick={open}
      title={
        pdf
          ? 'Read this PDF in MagLens’ viewer, with its marks and cards'
          : 'Open a PDF file in MagLens’ viewer'
      }
    >
      {pdf ? 'Open in MagLens' : 'Open a PDF…'}
    </button>
  );
}

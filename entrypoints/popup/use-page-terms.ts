import { useCallback, useEffect, useState } from 'preact/hooks';
import { listenToPage, type PageTerm, sendToTab } from '@/utils/messages';
import { isPdfViewerUrl } from '@/utils/pdf-links';
import { isRestrictedUrl, type TargetTab } from './target-tab';

export type PageTermsState =
  | { state: 'loading' }
  | { state: 'no-tab' }
  | { state: 'restricted' }
  | { state: 'no-answer' }
  | { state: 'inactive' }
  | { state: 'ready'; terms: PageTerm[] };

/** What the page said about itself (see the `page-terms` reply). */
export interface PageInfo {
  url?: string;
  title?: string;
}

const ANSWER_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('no answer')), ms)),
  ]);
}

/** Asks the tab's content script (top frame) which terms it marked, and where the page is. */
export function usePageTerms(tab: TargetTab | null | undefined) {
  const [result, setResult] = useState<PageTermsState>({ state: 'loading' });
  const [page, setPage] = useState<PageInfo>({});
  const load = useCallback(async () => {
    if (tab === undefined) return setResult({ state: 'loading' });
    if (tab === null) return setResult({ state: 'no-tab' });
    // MagLens' own PDF viewer answers like a page (entrypoints/pdf-viewer/viewer-marks.ts).
    if (tab.url && isRestrictedUrl(tab.url) && !isPdfViewerUrl(tab.url))
      return setResult({ state: 'restricted' });
    try {
      // The reply is checked against the protocol: a malformed one is no answer.
      const reply = await withTimeout(sendToTab(tab.id, { type: 'page-terms' }), ANSWER_TIMEOUT_MS);
      setPage({ url: reply.url, title: reply.title });
      setResult(reply.active ? { state: 'ready', terms: reply.terms } : { state: 'inactive' });
    } catch {
      setResult({ state: 'no-answer' });
    }
  }, [tab]);
  useEffect(() => {
    load();
  }, [load]);

  // The page says when its terms change (a rescan, a settings change, a site switch): ask again then.
  useEffect(() => {
    if (!tab) return;
    return listenToPage(tab.id, (message) => {
      if (message.type === 'terms-changed') void load();
    });
  }, [tab, load]);

  const reveal = async (termId: string): Promise<boolean> => {
    if (!tab) return false;
    try {
      const reply = await withTimeout(sendToTab(tab.id, { type: 'reveal-term', termId }), ANSWER_TIMEOUT_MS);
      return reply.found;
    } catch {
      return false;
    }
  };
  return { result, page, reload: load, reveal };
}

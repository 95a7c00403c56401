import { useCallback, useEffect, useState } from 'preact/hooks';
import { type PageTerm, type Replies, sendToTab } from '@/utils/messages';
import { isRestrictedUrl, type TargetTab } from './target-tab';

export type PageTermsState =
  | { state: 'loading' }
  | { state: 'no-tab' }
  | { state: 'restricted' }
  | { state: 'no-answer' }
  | { state: 'inactive' }
  | { state: 'ready'; terms: PageTerm[] };

/** What the page said about itself, when its content script tells (see the `page-terms` reply). */
export interface PageInfo {
  url?: string;
  title?: string;
}

/** The `page-terms` reply; `url` and `title` come from content scripts that send them. */
type PageTermsReply = Replies['page-terms'] & { url?: unknown; title?: unknown };

const pageInfoOf = (reply: PageTermsReply): PageInfo => ({
  url: typeof reply.url === 'string' ? reply.url : undefined,
  title: typeof reply.title === 'string' ? reply.title : undefined,
});

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
    if (tab.url && isRestrictedUrl(tab.url)) return setResult({ state: 'restricted' });
    try {
      const reply: PageTermsReply = await withTimeout(
        sendToTab(tab.id, { type: 'page-terms' }),
        ANSWER_TIMEOUT_MS,
      );
      if (!reply || !Array.isArray(reply.terms)) return setResult({ state: 'no-answer' });
      setPage(pageInfoOf(reply));
      setResult(reply.active ? { state: 'ready', terms: reply.terms } : { state: 'inactive' });
    } catch {
      setResult({ state: 'no-answer' });
    }
  }, [tab]);
  useEffect(() => {
    load();
  }, [load]);

  const reveal = async (termId: string): Promise<boolean> => {
    if (!tab) return false;
    try {
      const reply = await withTimeout(sendToTab(tab.id, { type: 'reveal-term', termId }), ANSWER_TIMEOUT_MS);
      return !!reply?.found;
    } catch {
      return false;
    }
  };
  return { result, page, reload: load, reveal };
}

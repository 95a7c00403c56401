import { useMemo, useState } from 'preact/hooks';
import { useReader } from '@/components/navigation/reader-context';
import { PageTermsView } from './PageTermsView';
import { type PageTermsOrder, pageTermRows } from './page-terms';
import { ReadInstead } from './ReadInstead';
import type { usePageTerms } from './use-page-terms';

const MESSAGES = {
  'no-tab': 'There is no page to look at. Open a web page, then open MagLens again.',
  restricted:
    'MagLens can’t read this page. Browser pages, settings and extension stores don’t allow extensions.',
  'no-answer':
    'MagLens can’t read this page. Browser pages, settings and extension stores don’t allow extensions; a page that was open before MagLens was installed or updated may need a reload.',
  inactive: 'MagLens is off for this site. Switch it on above to see the health terms here.',
  paused: 'MagLens is paused everywhere. Turn off “Pause everywhere” above to see the health terms here.',
} as const;

/** "On this page": asks the page's content script for its terms; each can be shown on the page. */
interface Props {
  /** The page's terms; asked for again whenever the page says they changed. */
  pageTerms: ReturnType<typeof usePageTerms>;
  paused: boolean;
}

export function OnThisPage({ pageTerms, paused }: Props) {
  const { data, terms } = useReader();
  const { result, reload, reveal } = pageTerms;
  const [status, setStatus] = useState('');
  const [order, setOrder] = useState<PageTermsOrder>('page');
  const rows = useMemo(
    () => (result.state === 'ready' ? pageTermRows(result.terms, data.topics, terms) : []),
    [result, data, terms],
  );

  const onReveal = async (termId: string) => {
    const found = await reveal(termId);
    const name = terms.get(termId)?.name ?? termId;
    setStatus(
      found
        ? `${name} is highlighted on the page as the current term; Alt+Shift+. goes on from there.`
        : `${name} is no longer on the page.`,
    );
  };

  let body = null;
  if (result.state === 'loading') body = <p class="ml-muted">Looking at this page…</p>;
  else if (result.state === 'ready' && rows.length === 0)
    body = <p class="ml-empty">No health terms found on this page.</p>;
  else if (result.state === 'ready')
    body = (
      <PageTermsView
        rows={rows}
        topics={data.topics}
        order={order}
        onOrder={setOrder}
        onReveal={onReveal}
        status={status}
      />
    );
  else
    body = (
      <>
        <p class="ml-empty">{MESSAGES[result.state === 'inactive' && paused ? 'paused' : result.state]}</p>
        {(result.state === 'no-answer' || result.state === 'inactive') && (
          <button type="button" class="ml-button ml-secondary" onClick={reload}>
            Check again
          </button>
        )}
      </>
    );

  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading" class="ml-view-title">
        On this page
      </h1>
      {body}
      {result.state !== 'loading' && rows.length === 0 && <ReadInstead />}
    </section>
  );
}

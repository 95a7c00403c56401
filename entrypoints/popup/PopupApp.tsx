import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderContext } from '@/components/navigation/reader-context';
import { parseHash, type TabId } from '@/components/navigation/route';
import { useReaderContext } from '@/components/navigation/use-reader-context';
import { useRouteStack } from '@/components/navigation/use-route-stack';
import { OpenInTab } from '@/components/reader/OpenInTab';
import { OpenPdf } from '@/components/reader/OpenPdf';
import { ReaderShell } from '@/components/reader/ReaderShell';
import { consumeReaderTarget } from '@/components/reader/reader-target';
import type { TabItem } from '@/components/ui/Tabs';
import { useSettings } from '@/components/ui/use-settings';
import type { ReaderDataset } from '@/utils/dataset/types';
import { isSiteEnabled, sitesWithHost } from '@/utils/site-rules';
import { firstView } from './first-view';
import { OnThisPage } from './OnThisPage';
import { PopupHeader } from './PopupHeader';
import { findTargetTab, hostOf, type TargetTab } from './target-tab';
import { usePageTerms } from './use-page-terms';

const TABS: TabItem<TabId>[] = [
  { id: 'page', label: 'On this page' },
  { id: 'articles', label: 'Articles' },
  { id: 'search', label: 'Search' },
  { id: 'notes', label: 'My notes' },
];

/** The toolbar popup. Paints from the bundled dataset at once; tab, settings and notes arrive after. */
export function PopupApp({ data }: { data: ReaderDataset }) {
  const addressed = parseHash(location.hash);
  const nav = useRouteStack(addressed ?? { view: 'page' });
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const { settings, notice, error, update, dismissNotice } = useSettings();

  useEffect(() => {
    findTargetTab(location.search).then(setTab);
    consumeReaderTarget().then((route) => route && nav.go(route));
  }, [nav.go]);

  const pageTerms = usePageTerms(tab);
  // Opened on its own, the popup lands where there is something to read (first-view.ts), once; a view
  // the reader has already chosen is left alone.
  const landed = useRef(addressed !== null);
  useEffect(() => {
    const view = firstView(pageTerms.result);
    if (landed.current || !view) return;
    landed.current = true;
    if (view === 'articles' && nav.stack.length === 1 && nav.route.view === 'page') nav.reset({ view });
  }, [pageTerms.result, nav]);
  const pageUrl = tab?.url ?? pageTerms.page.url;
  const pageTitle = tab?.title ?? pageTerms.page.title;
  const host = hostOf(pageUrl);
  const siteOn = !!settings && !!host && isSiteEnabled(settings, host);

  const context = useReaderContext(data, nav.go, { title: pageTitle ?? 'MagLens', url: pageUrl ?? '' });

  return (
    <ReaderContext.Provider value={context}>
      <div class="ml-app ml-popup">
        <PopupHeader
          settings={settings}
          host={host}
          siteOn={siteOn}
          notice={notice}
          error={error}
          onSite={(on) => host && update((current) => ({ sites: sitesWithHost(current, host, on) }))}
          onPause={(paused) => update({ enabled: !paused })}
          onOptions={() => browser.runtime.openOptionsPage()}
          onDismissNotice={dismissNotice}
          links={
            <>
              <OpenInTab route={nav.route} />
              <OpenPdf url={pageUrl} />
            </>
          }
          // The search field at the top: typing goes to the Search view, which then holds the field.
          search={nav.route.view === 'search' ? null : (query) => nav.go({ view: 'search', query })}
        />
        <ReaderShell
          nav={nav}
          tabs={TABS}
          pageView={() => <OnThisPage pageTerms={pageTerms} paused={settings ? !settings.enabled : false} />}
        />
      </div>
    </ReaderContext.Provider>
  );
}

import { useEffect, useState } from 'preact/hooks';
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
  const nav = useRouteStack(parseHash(location.hash) ?? { view: 'page' });
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const { settings, notice, error, update, dismissNotice } = useSettings();

  useEffect(() => {
    findTargetTab(location.search).then(setTab);
    consumeReaderTarget().then((route) => route && nav.go(route));
  }, [nav.go]);

  const pageTerms = usePageTerms(tab);
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

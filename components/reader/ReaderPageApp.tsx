import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderContext } from '@/components/navigation/reader-context';
import { parseHash, type TabId } from '@/components/navigation/route';
import { useReaderContext } from '@/components/navigation/use-reader-context';
import { useRouteStack } from '@/components/navigation/use-route-stack';
import type { TabItem } from '@/components/ui/Tabs';
import type { ReaderDataset } from '@/utils/dataset/types';
import { OpenPdf } from './OpenPdf';
import { ReaderShell } from './ReaderShell';
import { consumeReaderTarget } from './reader-target';

const TABS: TabItem<TabId>[] = [
  { id: 'articles', label: 'Articles' },
  { id: 'search', label: 'Search' },
  { id: 'notes', label: 'My notes' },
];

/** The full-tab reader (reader.html#/article/<id>/<section>): the popup's views at a reading width. */
export function ReaderPageApp({ data }: { data: ReaderDataset }) {
  const fromHash = parseHash(location.hash);
  const nav = useRouteStack(fromHash && fromHash.view !== 'page' ? fromHash : { view: 'articles' });

  useEffect(() => {
    if (!fromHash) consumeReaderTarget().then((route) => route && nav.go(route));
  }, []);

  const context = useReaderContext(data, nav.go, {
    title: 'MagLens reader',
    url: browser.runtime.getURL('/reader.html'),
  });

  return (
    <ReaderContext.Provider value={context}>
      <div class="ml-app ml-wide">
        <header class="ml-header">
          <div class="ml-header-row">
            <p class="ml-brand">MagLens reader</p>
            <OpenPdf />
            <button type="button" class="ml-link-button" onClick={() => browser.runtime.openOptionsPage()}>
              Settings
            </button>
          </div>
        </header>
        <ReaderShell nav={nav} tabs={TABS} />
      </div>
    </ReaderContext.Provider>
  );
}

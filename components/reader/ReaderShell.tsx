import type { VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatHash, type TabId, tabOf } from '@/components/navigation/route';
import type { RouteStackApi } from '@/components/navigation/use-route-stack';
import { type TabItem, Tabs } from '@/components/ui/Tabs';
import { RouteView } from './RouteView';

interface Props {
  nav: RouteStackApi;
  tabs: TabItem<TabId>[];
  /** Content of the "On this page" tab (popup only). */
  pageView?: () => VNode;
}

/** Back button, tab bar and the scrolling view: the same in the popup and the full-tab reader. */
export function ReaderShell({ nav, tabs, pageView }: Props) {
  const { stack, route, back, reset, replace } = nav;
  const home = tabOf(stack[0] ?? route, tabs[0]?.id ?? 'articles');
  const selected = tabOf(route, home);
  const main = useRef<HTMLElement>(null);

  // Each view starts at the top; ArticleView then scrolls to its section (its effect runs later).
  useLayoutEffect(() => {
    if (main.current) main.current.scrollTop = 0;
  }, [formatHash(route)]);

  return (
    <>
      <div class="ml-navbar">
        {stack.length > 1 && (
          <button
            type="button"
            class="ml-back"
            onClick={back}
            aria-keyshortcuts="Alt+ArrowLeft"
            title="Back (Alt+Left)"
          >
            <span aria-hidden="true">←</span> Back
          </button>
        )}
        <Tabs
          tabs={tabs}
          selected={selected}
          label="MagLens views"
          panelId="ml-panel"
          onSelect={(id) => reset(id === 'search' ? { view: 'search', query: '' } : { view: id })}
        />
      </div>
      <main class="ml-main" ref={main}>
        <div id="ml-panel" role="tabpanel" aria-labelledby={`tab-${selected}`} class="ml-view">
          <RouteView
            route={route}
            pageView={pageView}
            onSearch={(query) => replace({ view: 'search', query })}
          />
        </div>
      </main>
    </>
  );
}

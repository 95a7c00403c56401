import { browser } from 'wxt/browser';
import { formatHash, type Route } from '@/components/navigation/route';

/** Opens reader.html at the same place, full size (the popup closes when the new tab takes focus). */
export function OpenInTab({ route }: { route: Route }) {
  const open = () => {
    const target: Route = route.view === 'page' ? { view: 'articles' } : route;
    browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}${formatHash(target)}` });
  };
  return (
    <button type="button" class="ml-link-button" onClick={open} title="Open the reader in a tab">
      Open in a tab
    </button>
  );
}

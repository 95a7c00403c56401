import { browser } from 'wxt/browser';

/** The tab the popup talks about: the active tab, or the one named by `?tab=<id>` (tests only). */
export interface TargetTab {
  id: number;
  /** Missing when the browser does not tell the extension (no host access to that page). */
  url?: string;
  title?: string;
}

const RESTRICTED_SCHEMES =
  /^(about|chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|moz-extension|resource|view-source|data|javascript|blob):/i;
const STORE_PAGES =
  /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)([/?#]|$)/i;

/** Browser pages and extension stores, where no extension may run. */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || STORE_PAGES.test(url);
}

export function tabParam(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** The host name for the site switch, or null for pages that have none. */
export function hostOf(url: string | undefined): string | null {
  if (!url || isRestrictedUrl(url)) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? hostname : null;
  } catch {
    return null;
  }
}

const toTarget = (tab: { id?: number; url?: string; title?: string }): TargetTab | null =>
  tab.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };

/**
 * The popup's tab. As a toolbar popup that is the active tab; when popup.html is itself open in a tab
 * (tests, "Open in a tab"), it is the most recently used normal tab other than this one.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  try {
    const named = tabParam(search);
    if (named !== null) return toTarget(await browser.tabs.get(named));
    const own = await browser.tabs.getCurrent().catch(() => undefined);
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active && active.id !== own?.id) return toTarget(active);
    const others = (await browser.tabs.query({ windowType: 'normal' })).filter((t) => t.id !== own?.id);
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0] ? toTarget(others[0]) : null;
  } catch {
    return null;
  }
}

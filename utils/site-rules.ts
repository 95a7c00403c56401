import type { Settings } from './settings';

/** Lower-cases and strips a scheme, path, port or "www." so that users can paste a URL or a host. */
export function normalizeSitePattern(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  if (text.startsWith('www.')) text = text.slice(4);
  if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(text)) return null;
  return text;
}

/** Does a host match a pattern? "example.com" also matches its subdomains; "*.example.com" only them. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  if (pattern.startsWith('*.')) return h.endsWith(pattern.slice(1));
  return h === pattern || h.endsWith(`.${pattern}`);
}

export function isSiteEnabled(
  settings: Pick<Settings, 'enabled' | 'siteMode' | 'sites'>,
  host: string,
): boolean {
  if (!settings.enabled) return false;
  const listed = settings.sites.some((pattern) => hostMatches(host, pattern));
  return settings.siteMode === 'all-except' ? !listed : listed;
}

/** The site list after switching MagLens on or off for one host (what the popup's switch does). */
export function sitesWithHost(
  settings: Pick<Settings, 'siteMode' | 'sites'>,
  host: string,
  on: boolean,
): string[] {
  const pattern = normalizeSitePattern(host);
  if (!pattern) return settings.sites;
  const wantListed = settings.siteMode === 'all-except' ? !on : on;
  const others = settings.sites.filter((p) => !hostMatches(pattern, p) && !hostMatches(host, p));
  return wantListed ? [...others, pattern] : others;
}

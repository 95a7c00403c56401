/**
 * Where MagLens runs: host patterns such as "example.com" (the site and its subdomains),
 * "*.example.com" (only its subdomains), "localhost" or an IP address like "127.0.0.1" (exactly that host).
 */

/** The part of the settings that says where MagLens runs. */
export interface SiteScope {
  enabled: boolean;
  siteMode: 'all-except' | 'only-listed';
  sites: string[];
}

export type SitePatternCheck = { ok: true; pattern: string } | { ok: false; reason: string };

const MAX_PATTERN_LENGTH = 200;
const MAX_LABEL_LENGTH = 63;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;

const fail = (reason: string): SitePatternCheck => ({ ok: false, reason });

/** The host name as the browser writes it (lower case, punycode), or null if it is not one. */
function canonicalHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname || null;
  } catch {
    return null;
  }
}

/** Checks what a person typed or pasted (a host, a URL or a pattern) and says what is wrong with it. */
export function checkSitePattern(input: string): SitePatternCheck {
  let text = input.trim().toLowerCase();
  if (!text) return fail('Type a site, such as example.com or *.example.com.');
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '');
  if (text.includes('@')) text = text.slice(text.lastIndexOf('@') + 1);
  if (text.startsWith('[')) {
    const host = canonicalHost(text.replace(/(\]):\d+$/, '$1'));
    return host?.startsWith('[') ? { ok: true, pattern: host } : fail('That IPv6 address is not valid.');
  }
  text = text.replace(/:\d*$/, '');
  if (/\s/.test(text)) return fail('A site name cannot contain spaces.');
  const wildcard = text.startsWith('*.');
  const rest = (wildcard ? text.slice(2) : text).replace(/\.$/, '');
  if (rest.includes('*')) return fail('A * can only stand for subdomains at the start, as in *.example.com.');
  if (!rest) return fail('Add a site name after *., as in *.example.com.');
  const host = canonicalHost(rest);
  if (!host) return fail(`“${input.trim()}” is not a site name. Try something like example.com.`);
  if (IPV4.test(host)) {
    return wildcard ? fail('An IP address cannot have a * in front.') : { ok: true, pattern: host };
  }
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  const labels = bare.split('.');
  if (!labels.every((label) => LABEL.test(label))) {
    return fail(`“${input.trim()}” is not a site name. Try something like example.com.`);
  }
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) {
    return fail('A part of that site name is too long (63 characters at most between dots).');
  }
  const pattern = wildcard ? `*.${bare}` : bare;
  if (pattern.length > MAX_PATTERN_LENGTH) return fail('That site name is too long.');
  return { ok: true, pattern };
}

/** Lower-cases and strips a scheme, path, port or "www." so that users can paste a URL or a host. */
export function normalizeSitePattern(input: string): string | null {
  const check = checkSitePattern(input);
  return check.ok ? check.pattern : null;
}

const isAddress = (pattern: string) => IPV4.test(pattern) || pattern.startsWith('[');

/** Does a host match a pattern? "example.com" also matches its subdomains; "*.example.com" only them;
 * an IP address only itself. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (!h) return false;
  if (isAddress(pattern)) return h === pattern;
  if (pattern.startsWith('*.')) return h.endsWith(pattern.slice(1));
  return h === pattern || h.endsWith(`.${pattern}`);
}

/** The listed pattern that already covers a new pattern ("example.com" covers "news.example.com"). */
export function coveringPattern(sites: readonly string[], pattern: string): string | undefined {
  if (sites.includes(pattern)) return pattern;
  const host = pattern.startsWith('*.') ? `x${pattern.slice(1)}` : pattern;
  return sites.find((listed) => hostMatches(host, listed) && (!pattern.startsWith('*.') || listed !== host));
}

export function isSiteEnabled(settings: SiteScope, host: string): boolean {
  if (!settings.enabled) return false;
  const listed = settings.sites.some((pattern) => hostMatches(host, pattern));
  return settings.siteMode === 'all-except' ? !listed : listed;
}

/** The site list after switching MagLens on or off for one host (what the popup's switch does). */
export function sitesWithHost(settings: Omit<SiteScope, 'enabled'>, host: string, on: boolean): string[] {
  const pattern = normalizeSitePattern(host);
  if (!pattern) return settings.sites;
  const wantListed = settings.siteMode === 'all-except' ? !on : on;
  const others = settings.sites.filter((p) => !hostMatches(pattern, p) && !hostMatches(host, p));
  return wantListed ? [...others, pattern] : others;
}

export type SiteListChange = { ok: true; sites: string[]; pattern: string } | { ok: false; reason: string };

/** The site list with what a person typed added, or why it can't be: not a site, or already covered. */
export function addSitePattern(sites: readonly string[], input: string): SiteListChange {
  const check = checkSitePattern(input);
  if (!check.ok) return check;
  const { pattern } = check;
  const covering = coveringPattern(sites, pattern);
  if (covering === pattern) return { ok: false, reason: `${pattern} is already in the list.` };
  if (covering) return { ok: false, reason: `${pattern} is already covered by ${covering}.` };
  return { ok: true, pattern, sites: [...sites, pattern] };
}

/**
 * A source must point at the record itself (a DOI, a PubMed record, a guideline or label page), never at a
 * search page, a search form or a site's home page: those change, and they prove nothing. Returns why a URL
 * is refused, or null when it is fine.
 */
export function whyNotASourceUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the schema's own URL check reports it
  }
  const path = parsed.pathname.toLowerCase();
  const query = parsed.search.toLowerCase();
  const searchy =
    /[?&](term|q|query|search|searchterm|keys)=/.test(query) ||
    /(^|\/)search([./]|$)/.test(path) ||
    /\/search\.[a-z]+$/.test(path);
  if (searchy) {
    return 'links to a search page: cite a DOI, a PubMed record, a guideline or label page, or give the title with no url';
  }
  if (path === '/' || path === '' || /^\/[a-z]{2}(-[a-z]{2})?\/?$/.test(path) || /^\/emc\/?$/.test(path)) {
    if (!query) {
      return "links to a site's home page: cite the page of the record itself, or give the title with no url";
    }
  }
  if (parsed.hostname === 'dailymed.nlm.nih.gov' && !/[?&]setid=[0-9a-f-]{36}(&|$)/i.test(parsed.search)) {
    return 'a DailyMed label is cited by its setid (drugInfo.cfm?setid=…)';
  }
  return null;
}

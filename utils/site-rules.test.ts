import { describe, expect, it } from 'vitest';
import {
  addSitePattern,
  checkSitePattern,
  coveringPattern,
  hostMatches,
  isSiteEnabled,
  normalizeSitePattern,
  sitesWithHost,
} from './site-rules';

describe('normalizeSitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/path?q=1#top', 'example.com'],
    ['http://news.example.com:8080/', 'news.example.com'],
    ['*.example.com', '*.example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['http://localhost:3000', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:8123/fixtures/page.html', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['http://[::1]:8080/', '[::1]'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['user@example.com', 'example.com'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(normalizeSitePattern(input)).toBe(pattern);
  });

  it.each([
    ['', 'Type a site'],
    ['   ', 'Type a site'],
    ['exa mple.com', 'spaces'],
    ['ex*ample.com', 'A * can only'],
    ['*.', 'after *.'],
    ['*.127.0.0.1', 'IP address'],
    ['-bad-.com', 'not a site name'],
    ['a..b', 'not a site name'],
    [`${'a'.repeat(64)}.com`, '63 characters'],
    [`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`, 'too long'],
  ])('refuses %j and says why', (input, reason) => {
    const check = checkSitePattern(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
    expect(normalizeSitePattern(input)).toBeNull();
  });
});

describe('hostMatches', () => {
  it('matches a site and its subdomains', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('www.example.com', 'example.com')).toBe(true);
    expect(hostMatches('news.example.com', 'example.com')).toBe(true);
    expect(hostMatches('notexample.com', 'example.com')).toBe(false);
  });

  it('matches only subdomains with *.', () => {
    expect(hostMatches('news.example.com', '*.example.com')).toBe(true);
    expect(hostMatches('example.com', '*.example.com')).toBe(false);
  });

  it('matches an IP address exactly', () => {
    expect(hostMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(hostMatches('10.127.0.0.1', '127.0.0.1')).toBe(false);
    expect(hostMatches('127.0.0.2', '127.0.0.1')).toBe(false);
    expect(hostMatches('[::1]', '[::1]')).toBe(true);
  });

  it('never matches an empty host (file: and about: pages)', () => {
    expect(hostMatches('', 'example.com')).toBe(false);
  });
});

describe('coveringPattern', () => {
  it('finds the listed pattern that already covers a new one', () => {
    expect(coveringPattern(['example.com'], 'news.example.com')).toBe('example.com');
    expect(coveringPattern(['example.com'], '*.example.com')).toBe('example.com');
    expect(coveringPattern(['*.example.com'], 'news.example.com')).toBe('*.example.com');
    expect(coveringPattern(['*.example.com'], '*.example.com')).toBe('*.example.com');
  });

  it('finds nothing for a wider or unrelated pattern', () => {
    expect(coveringPattern(['news.example.com'], 'example.com')).toBeUndefined();
    expect(coveringPattern(['*.example.com'], 'example.com')).toBeUndefined();
    expect(coveringPattern(['x.example.com'], '*.example.com')).toBeUndefined();
    expect(coveringPattern(['example.org'], 'example.com')).toBeUndefined();
  });
});

describe('isSiteEnabled', () => {
  const base = { enabled: true, siteMode: 'all-except' as const, sites: ['example.com', '127.0.0.1'] };

  it('is off on listed sites and on elsewhere in "all except" mode', () => {
    expect(isSiteEnabled(base, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(base, '127.0.0.1')).toBe(false);
    expect(isSiteEnabled(base, 'example.org')).toBe(true);
  });

  it('is on only on listed sites in "only listed" mode', () => {
    const only = { ...base, siteMode: 'only-listed' as const };
    expect(isSiteEnabled(only, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(only, 'example.org')).toBe(false);
  });

  it('is off everywhere while paused', () => {
    expect(isSiteEnabled({ ...base, enabled: false }, 'example.org')).toBe(false);
  });
});

describe('sitesWithHost', () => {
  it('adds a host to the off-list when switched off, and removes what covers it when switched on', () => {
    const settings = { siteMode: 'all-except' as const, sites: ['example.org'] };
    const off = sitesWithHost(settings, 'www.example.com', false);
    expect(off).toEqual(['example.org', 'example.com']);
    expect(sitesWithHost({ ...settings, sites: off }, 'news.example.com', true)).toEqual(['example.org']);
  });

  it('does the opposite in "only listed" mode', () => {
    const settings = { siteMode: 'only-listed' as const, sites: [] };
    expect(sitesWithHost(settings, '127.0.0.1', true)).toEqual(['127.0.0.1']);
    expect(sitesWithHost({ ...settings, sites: ['127.0.0.1'] }, '127.0.0.1', false)).toEqual([]);
  });

  it('leaves the list alone for a host that is not a site (file: pages)', () => {
    const settings = { siteMode: 'all-except' as const, sites: ['example.com'] };
    expect(sitesWithHost(settings, '', false)).toBe(settings.sites);
  });
});

describe('addSitePattern', () => {
  it('adds a cleaned pattern to the end of the list', () => {
    expect(addSitePattern(['example.org'], 'https://www.Example.com/page')).toEqual({
      ok: true,
      pattern: 'example.com',
      sites: ['example.org', 'example.com'],
    });
  });

  it('says when the site is already listed or covered', () => {
    expect(addSitePattern(['example.com'], 'www.example.com')).toEqual({
      ok: false,
      reason: 'example.com is already in the list.',
    });
    expect(addSitePattern(['example.com'], 'news.example.com')).toEqual({
      ok: false,
      reason: 'news.example.com is already covered by example.com.',
    });
  });

  it('passes on why a pattern is not a site', () => {
    expect(addSitePattern([], 'ex*ample.com')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('*'),
    });
  });
});

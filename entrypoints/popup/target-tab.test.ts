import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, hostOf, isRestrictedUrl, tabParam } from './target-tab';

describe('the popup’s target tab', () => {
  it('recognises pages where extensions cannot run', () => {
    for (const url of [
      'chrome://settings',
      'about:addons',
      'about:blank',
      'moz-extension://abc/popup.html',
      'chrome-extension://abc/popup.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category',
      'https://addons.mozilla.org/en-US/firefox/',
      'view-source:https://example.org',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    expect(isRestrictedUrl('https://example.org/chrome://')).toBe(false);
    expect(isRestrictedUrl('https://addons.mozilla.org.evil.example/')).toBe(false);
  });

  it('reads the host for the site switch', () => {
    expect(hostOf('https://www.webmd.com/a/b?c')).toBe('www.webmd.com');
    expect(hostOf('http://127.0.0.1:8080/x.html')).toBe('127.0.0.1');
    expect(hostOf('about:blank')).toBeNull();
    expect(hostOf('file:///home/x.html')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });

  it('takes ?tab=<id> for tests', () => {
    expect(tabParam('?tab=42')).toBe(42);
    expect(tabParam('?tab=x')).toBeNull();
    expect(tabParam('')).toBeNull();
  });

  it('targets the tab named by ?tab=<id>', async () => {
    await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/', title: 'Example' });
    expect(await findTargetTab(`?tab=${tab.id}`)).toMatchObject({ id: tab.id, url: 'https://example.org/' });
    expect(await findTargetTab('?tab=9999')).toBeNull();
  });
});

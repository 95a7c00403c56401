import { describe, expect, it } from 'vitest';
import { type ExistingTabsApi, injectIntoOpenTabs } from './existing-tabs';

function fakeApi(tabs: { id?: number; url?: string; discarded?: boolean }[], refuse: number[] = []) {
  const injected: { tabId: number; allFrames: boolean; files: string[] }[] = [];
  const api: ExistingTabsApi = {
    tabs: { query: async () => tabs },
    scripting: {
      async executeScript({ target, files }) {
        if (refuse.includes(target.tabId)) throw new Error('Cannot access contents of the page');
        injected.push({ ...target, files });
      },
    },
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['content-scripts/content.js'] }] }) },
  };
  return { api, injected };
}

describe('content script in tabs open before install', () => {
  it('runs the content script in every frame of each open web page', async () => {
    const { api, injected } = fakeApi([
      { id: 1, url: 'https://example.org/a' },
      { id: 2 }, // no URL known: let the browser decide
    ]);
    expect(await injectIntoOpenTabs(api)).toBe(2);
    expect(injected).toEqual([
      { tabId: 1, allFrames: true, files: ['content-scripts/content.js'] },
      { tabId: 2, allFrames: true, files: ['content-scripts/content.js'] },
    ]);
  });

  it('skips browser pages, discarded tabs and tabs that refuse, without failing the rest', async () => {
    const { api, injected } = fakeApi(
      [
        { id: 1, url: 'chrome://extensions/' },
        { id: 2, url: 'https://example.org/', discarded: true },
        { id: 3, url: 'https://chromewebstore.google.com/' },
        { id: 4, url: 'http://127.0.0.1/page.html' },
      ],
      [3],
    );
    expect(await injectIntoOpenTabs(api)).toBe(1);
    expect(injected.map((i) => i.tabId)).toEqual([4]);
  });
});

import { describe, expect, it } from 'vitest';
import { readerTargetItem } from '@/utils/reader-target-item';
import { openReaderAt, type ReaderApi, readerPath } from './open-reader';

function fakeApi(openPopup?: () => Promise<unknown>, kind: 'action' | 'browserAction' = 'action') {
  const created: unknown[] = [];
  const api: ReaderApi = {
    runtime: { id: 'maglens', getURL: (path) => `chrome-extension://maglens${path}` },
    tabs: {
      create: async (properties) => {
        created.push(properties);
      },
    },
    ...(openPopup ? { [kind]: { openPopup } } : {}),
  };
  return { api, created };
}

describe('readerPath', () => {
  it('points the reader at an article section', () => {
    expect(readerPath('medicines', 'proton-pump-inhibitors')).toBe(
      '/reader.html#/article/medicines/proton-pump-inhibitors',
    );
    expect(readerPath('food')).toBe('/reader.html#/article/food');
  });
});

describe('openReaderAt', () => {
  it('stores the target, then opens the popup', async () => {
    let popups = 0;
    const { api, created } = fakeApi(async () => {
      popups++;
    });
    const reply = await openReaderAt(api, { articleId: 'sleep', sectionId: 'night-cramps' }, undefined, 1234);
    expect(reply).toEqual({ ok: true });
    expect(popups).toBe(1);
    expect(created).toEqual([]);
    expect(await readerTargetItem.getValue()).toEqual({
      articleId: 'sleep',
      sectionId: 'night-cramps',
      at: 1234,
    });
  });

  it("uses Firefox's browserAction when there is no action", async () => {
    let popups = 0;
    const { api } = fakeApi(async () => {
      popups++;
    }, 'browserAction');
    await openReaderAt(api, { articleId: 'food' });
    expect(popups).toBe(1);
  });

  it('opens a reader tab next to the page when the popup cannot open', async () => {
    const { api, created } = fakeApi(async () => {
      throw new Error('openPopup requires a user gesture');
    });
    const reply = await openReaderAt(
      api,
      { articleId: 'medicines', sectionId: 'digoxin' },
      { id: 7, index: 2, windowId: 1 },
    );
    expect(reply).toEqual({ ok: true });
    expect(created).toEqual([
      {
        url: 'chrome-extension://maglens/reader.html#/article/medicines/digoxin',
        windowId: 1,
        index: 3,
        openerTabId: 7,
      },
    ]);
    // The tab carries the target itself; the next popup must not jump to it.
    expect(await readerTargetItem.getValue()).toBeNull();
  });

  it('opens a reader tab when the browser has no popup API', async () => {
    const { api, created } = fakeApi();
    await openReaderAt(api, { articleId: 'food', sectionId: 'upper-limit' });
    expect(created).toEqual([{ url: 'chrome-extension://maglens/reader.html#/article/food/upper-limit' }]);
  });
});

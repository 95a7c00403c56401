import { readerTargetItem } from '@/utils/reader-target-item';

/**
 * "Read more" on a card: the popup's reader at an article section. The target is stored first under
 * `local:readerTarget` (the popup reads and clears it when it opens), then the popup is opened; where the
 * browser won't open a popup from here (Firefox without a user gesture, older Chromium), a reader tab
 * opens instead, next to the page.
 */

/** The reader page's address for an article section, relative to the extension's root. */
export function readerPath(articleId: string, sectionId?: string): string {
  const section = sectionId ? `/${encodeURIComponent(sectionId)}` : '';
  return `/reader.html#/article/${encodeURIComponent(articleId)}${section}`;
}

/** The parts of the browser API used here (tests pass fakes). MV3 has `action`, Firefox MV2 `browserAction`. */
export interface ReaderApi {
  runtime: { id: string; getURL(path: string): string };
  tabs: {
    create(properties: {
      url: string;
      windowId?: number;
      index?: number;
      openerTabId?: number;
    }): Promise<unknown>;
  };
  action?: { openPopup?: () => Promise<unknown> };
  browserAction?: { openPopup?: () => Promise<unknown> };
}

export interface SenderTab {
  id?: number;
  index: number;
  windowId?: number;
}

export async function openReaderAt(
  api: ReaderApi,
  target: { articleId: string; sectionId?: string },
  senderTab?: SenderTab,
  now = Date.now(),
): Promise<{ ok: boolean }> {
  const { articleId, sectionId } = target;
  try {
    await readerTargetItem.setValue(sectionId ? { articleId, sectionId, at: now } : { articleId, at: now });
    const action = api.action?.openPopup ? api.action : api.browserAction;
    if (!action?.openPopup) throw new Error('no popup API');
    await action.openPopup();
    return { ok: true };
  } catch {
    // The tab's address carries the target; a leftover one must not redirect the next popup.
    await readerTargetItem.setValue(null).catch(() => {});
  }
  try {
    const url = api.runtime.getURL(readerPath(articleId, sectionId));
    await api.tabs.create(
      senderTab
        ? { url, windowId: senderTab.windowId, index: senderTab.index + 1, openerTabId: senderTab.id }
        : { url },
    );
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

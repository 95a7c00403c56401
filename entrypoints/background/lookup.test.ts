import { describe, expect, it } from 'vitest';
import type { Message } from '@/utils/messages';
import {
  createLookupMenu,
  LOOKUP_MENU_ID,
  type LookupApi,
  lookUpSelection,
  MOVE_COMMANDS,
  moveInActiveTab,
  openCardInActiveTab,
} from './lookup';

function fakeApi(options: { fail?: boolean; activeTab?: number } = {}) {
  const sent: { tabId: number; message: Message; frameId: number }[] = [];
  const menus: unknown[] = [];
  const api: LookupApi = {
    contextMenus: {
      removeAll: async () => {
        menus.length = 0;
      },
      create: (properties) => menus.push(properties),
    },
    tabs: {
      sendMessage: async (tabId, message, { frameId }) => {
        if (options.fail) throw new Error('Could not establish connection');
        sent.push({ tabId, message, frameId });
      },
      query: async () => (options.activeTab === undefined ? [] : [{ id: options.activeTab }]),
    },
  };
  return { api, sent, menus };
}

describe('look up', () => {
  it('creates one "Look up in MagLens" item for selections, however often it is set up', async () => {
    const { api, menus } = fakeApi();
    await createLookupMenu(api);
    await createLookupMenu(api);
    expect(menus).toEqual([{ id: LOOKUP_MENU_ID, title: 'Look up in MagLens', contexts: ['selection'] }]);
  });

  it('sends the selected text to the frame it was selected in', async () => {
    const { api, sent } = fakeApi();
    const info = { menuItemId: LOOKUP_MENU_ID, selectionText: ' omeprazole ', frameId: 3 };
    expect(await lookUpSelection(api, info, 12)).toBe(true);
    expect(sent).toEqual([
      { tabId: 12, frameId: 3, message: { type: 'show-card', text: 'omeprazole', focus: true } },
    ]);
  });

  it('ignores other menu items and pages MagLens cannot reach', async () => {
    const { api, sent } = fakeApi();
    expect(await lookUpSelection(api, { menuItemId: 'other' }, 12)).toBe(false);
    expect(await lookUpSelection(api, { menuItemId: LOOKUP_MENU_ID, selectionText: 'x' }, undefined)).toBe(
      false,
    );
    expect(sent).toEqual([]);
    const failing = fakeApi({ fail: true });
    expect(await lookUpSelection(failing.api, { menuItemId: LOOKUP_MENU_ID, selectionText: 'x' }, 1)).toBe(
      false,
    );
  });

  it("the keyboard command opens a card with focus in the active tab's top frame", async () => {
    const { api, sent } = fakeApi({ activeTab: 5 });
    expect(await openCardInActiveTab(api)).toBe(true);
    expect(await openCardInActiveTab(api, 9)).toBe(true);
    expect(sent).toEqual([
      { tabId: 5, frameId: 0, message: { type: 'show-card', focus: true } },
      { tabId: 9, frameId: 0, message: { type: 'show-card', focus: true } },
    ]);
  });

  it('the keyboard command answers false, not a rejection, when the active tab cannot be asked for', async () => {
    const { api } = fakeApi();
    api.tabs.query = async () => {
      throw new Error('No current window');
    };
    expect(await openCardInActiveTab(api)).toBe(false);
  });

  it("the next and previous-term commands move the current term in the active tab's top frame", async () => {
    const { api, sent } = fakeApi({ activeTab: 5 });
    expect(MOVE_COMMANDS).toEqual({ 'next-term': 'next', 'previous-term': 'previous' });
    expect(await moveInActiveTab(api, 'next')).toBe(true);
    expect(await moveInActiveTab(api, 'previous', 9)).toBe(true);
    expect(sent).toEqual([
      { tabId: 5, frameId: 0, message: { type: 'move-term', direction: 'next' } },
      { tabId: 9, frameId: 0, message: { type: 'move-term', direction: 'previous' } },
    ]);
    const failing = fakeApi({ fail: true, activeTab: 5 });
    expect(await moveInActiveTab(failing.api, 'next')).toBe(false);
  });
});

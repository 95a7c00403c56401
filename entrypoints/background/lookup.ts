import type { Message } from '@/utils/messages';

/**
 * The two ways to ask for a card without the mouse: "Look up in MagLens" on selected text (context menu),
 * and the `open-card` keyboard command (Alt+Shift+M). Both send `show-card` to the page, which opens the
 * card with keyboard focus in it.
 */

export const LOOKUP_MENU_ID = 'maglens-look-up';
export const OPEN_CARD_COMMAND = 'open-card';
/** The commands that move to the next and previous marked term (Alt+Shift+. and Alt+Shift+,). */
export const MOVE_COMMANDS: Readonly<Record<string, 'next' | 'previous'>> = {
  'next-term': 'next',
  'previous-term': 'previous',
};

/** The parts of the browser API used here (tests pass fakes). */
export interface LookupApi {
  contextMenus: {
    removeAll(): Promise<void>;
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
  };
  tabs: {
    sendMessage(tabId: number, message: Message, options: { frameId: number }): Promise<unknown>;
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  };
}

/** (Re)creates the menu item; safe to call on every install, update and browser start. */
export async function createLookupMenu(api: LookupApi): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: LOOKUP_MENU_ID, title: 'Look up in MagLens', contexts: ['selection'] });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

/** Sends the selected text to the frame it was selected in. Resolves to whether a page answered. */
export async function lookUpSelection(
  api: LookupApi,
  info: MenuClick,
  tabId: number | undefined,
): Promise<boolean> {
  if (info.menuItemId !== LOOKUP_MENU_ID || tabId === undefined || tabId < 0) return false;
  const text = info.selectionText?.trim();
  const message: Message = text
    ? { type: 'show-card', text, focus: true }
    : { type: 'show-card', focus: true };
  try {
    await api.tabs.sendMessage(tabId, message, { frameId: info.frameId ?? 0 });
    return true;
  } catch {
    return false; // a page MagLens can't run in (the browser's own pages, the add-on store)
  }
}

/** The keyboard command: the card for the first marked term in view of the active tab's top frame. */
export function openCardInActiveTab(api: LookupApi, tabId?: number): Promise<boolean> {
  return sendToActiveTab(api, { type: 'show-card', focus: true }, tabId);
}

/**
 * The next/previous-term commands: the active tab's top frame moves its current term and opens its card.
 * Only the top frame: reading order across frames is not something a page can tell (a frame's marks are
 * walked from inside the frame by no command yet).
 */
export function moveInActiveTab(
  api: LookupApi,
  direction: 'next' | 'previous',
  tabId?: number,
): Promise<boolean> {
  return sendToActiveTab(api, { type: 'move-term', direction }, tabId);
}

async function sendToActiveTab(api: LookupApi, message: Message, tabId?: number): Promise<boolean> {
  let id = tabId;
  try {
    if (id === undefined) {
      const [active] = await api.tabs.query({ active: true, currentWindow: true });
      id = active?.id;
    }
    if (id === undefined) return false;
    await api.tabs.sendMessage(id, message, { frameId: 0 });
    return true;
  } catch {
    return false; // a page MagLens can't run in
  }
}

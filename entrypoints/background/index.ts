import dataset from 'virtual:maglens/background-data';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addNote } from '@/utils/notes-store';
import { type ExistingTabsApi, INJECT_ON, injectIntoOpenTabs } from './existing-tabs';
import {
  createLookupMenu,
  type LookupApi,
  lookUpSelection,
  MOVE_COMMANDS,
  moveInActiveTab,
  OPEN_CARD_COMMAND,
  openCardInActiveTab,
} from './lookup';
import { createMessageRouter } from './message-router';
import { createOpenPdfMenu, type OpenPdfApi, openPdfFromMenu } from './open-pdf';
import type { ReaderApi } from './open-reader';

/**
 * The background: the "Look up in MagLens" menu, the open-card command, and the two requests cards make
 * (open the reader, save a note). Nothing here touches a DOM: in Chromium this is a service worker.
 */
export default defineBackground(() => {
  // The typed wrappers narrow a few signatures (getURL's paths, for one); these modules need only the
  // plain calls, described structurally so that tests can pass fakes.
  const lookupApi = browser as unknown as LookupApi;
  const readerApi = browser as unknown as ReaderApi;
  const openPdfApi = browser as unknown as OpenPdfApi;

  const setUpMenu = () => {
    createLookupMenu(lookupApi)
      .then(() => createOpenPdfMenu(openPdfApi))
      .catch((error) => console.warn('MagLens: context menu', error));
  };
  browser.runtime.onInstalled.addListener(setUpMenu);
  // Chromium leaves tabs open before an install or update without the content script; Firefox runs it.
  if (import.meta.env.BROWSER !== 'firefox') {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (!INJECT_ON.has(reason)) return;
      injectIntoOpenTabs(browser as unknown as ExistingTabsApi).catch((error) =>
        console.warn('MagLens: open tabs', error),
      );
    });
  }
  browser.runtime.onStartup.addListener(setUpMenu);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void lookUpSelection(lookupApi, info, tab?.id);
    void openPdfFromMenu(openPdfApi, info, tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_CARD_COMMAND) void openCardInActiveTab(lookupApi, tab?.id);
    const direction = MOVE_COMMANDS[command];
    if (direction) void moveInActiveTab(lookupApi, direction, tab?.id);
  });

  browser.runtime.onMessage.addListener(
    createMessageRouter({ api: readerApi, dataset, addNote, commands: browser.commands }),
  );
});

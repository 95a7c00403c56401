import dataset from 'virtual:maglens/frame-data';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MatchRules } from '@/utils/matcher/match-rules';
import { createStagedPageMatcher } from '@/utils/matcher/packed-wordings';
import { looksLikePageMessage } from '@/utils/page-message-types';
import { createPopupPorts } from '@/utils/popup-ports';
import { readSettingsQuietly, watchSettings } from '@/utils/settings';
import { CARD_HOST_TAG } from './card-host';
import { CARD_CHUNK_PATH, createCardUiLoader } from './card-ui';
import { createChunkLoader } from './chunk-loader';
import { effectiveSettings } from './effective-settings';
import { createLazyCards, type StartCards } from './lazy-cards';
import { MARKING_CHUNK, MARKING_CHUNK_PATH, type MarkingChunk, type PageReceiver } from './marking-chunk';
import { createPageMarks } from './page-marks';
import type { PageMessageContext } from './page-messages';
import { createTermsChangedNotice } from './terms-changed';

/** Where a frame's live copy of this script leaves its context. */
const LIVE_COPY = Symbol.for('maglens.content-script');

/** Frames smaller than 400 × 300 px, or with fewer than 200 elements (a line or two of text), don't
 * compile the prefilter to machine code ahead of their first scan: it costs memory (tens of KiB of code)
 * and time, and a short text is read as fast by the expression's interpreter. */
const MIN_WARM_AREA = 400 * 300;
const MIN_WARM_ELEMENTS = 200;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // The background may run this script in a tab that already has it (installed while the tab loaded):
    // one live copy per frame. A copy orphaned by an update is invalid and lets the new one run.
    const live = globalThis as { [LIVE_COPY]?: ContentScriptContext };
    if (live[LIVE_COPY] && !live[LIVE_COPY].isInvalid) return;
    live[LIVE_COPY] = ctx;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    stopWhenOrphaned(ctx);
    const { signal } = controller;

    // The prefilter is compiled while the settings load (read only: the popup and the options page repair
    // corrupt settings and tell the user). What a frame needs once its text holds a candidate (the trie and
    // the wordings, the rules asked where a match lands, the card's triggers and controller) is the marking
    // chunk, loaded then, or when a card or a message first asks for it; a frame with none of these never
    // loads it. The cards start (and listen to the page) only once a frame has marks.
    const pendingSettings = readSettingsQuietly();
    const marking = createChunkLoader<MarkingChunk>(
      MARKING_CHUNK,
      () => import(/* @vite-ignore */ browser.runtime.getURL(MARKING_CHUNK_PATH as '/')),
    );
    const cardUi = createCardUiLoader(
      () => import(/* @vite-ignore */ browser.runtime.getURL(CARD_CHUNK_PATH as '/')),
    );
    const startCards =
      (chunk: MarkingChunk): StartCards =>
      () =>
        chunk.startCards({ topicOf, ui: cardUi, settings, marks, signal });
    const cards = createLazyCards(() => marking.load().then(startCards), signal);
    const { matcher, topicOf, warm } = createStagedPageMatcher(dataset.matcher, () =>
      marking.load().then((chunk) => chunk.wordings),
    );
    // The scanner asks these only where a match lands, so once the chunk has loaded.
    const rules = () => (marking.ready() as MarkingChunk).rules;
    const chunkRules: MatchRules = {
      createPassage: (...args) => rules().createPassage(...args),
      resolveEntry: (...args) => rules().resolveEntry(...args),
      extendOverlaps: (...args) => rules().extendOverlaps(...args),
      createMainContentTest: () => rules().createMainContentTest(),
    };
    const bigFrame = window.innerWidth * window.innerHeight >= MIN_WARM_AREA;
    if (bigFrame && document.getElementsByTagName('*').length >= MIN_WARM_ELEMENTS) warm();
    let settings = effectiveSettings(await pendingSettings, location.hostname);
    if (signal.aborted) return;

    const isTop = window === window.top;
    // Open popups connect to the top frame; they hear when its terms change.
    const popups = isTop ? createPopupPorts(signal) : null;
    const termsChanged = createTermsChangedNotice(
      () => ({ active: settings.siteOn, terms: marks.terms() }),
      () => popups?.tell({ type: 'terms-changed' }),
    );
    const marks = createPageMarks(
      {
        topics: dataset.topics,
        topicOf,
        matcher,
        rules: chunkRules,
        settings,
        signal,
        isOwnElement: (node) => node instanceof Element && node.localName === CARD_HOST_TAG,
      },
      {
        onScanned: ({ painted }) => {
          // The cards and their page listeners start with a frame's first marks, in the task that
          // paints them, so a mark never shows before it answers a hover or a tap.
          const chunk = marking.ready();
          if (painted > 0 && chunk) cards.start(startCards(chunk));
          // After the current task: the first scan may finish before `marks` is assigned.
          queueMicrotask(() => termsChanged.changed());
        },
      },
    );
    const unwatch = watchSettings((next) => {
      settings = effectiveSettings(next, location.hostname);
      marks.applySettings(settings);
      cards.applySettings(settings);
      termsChanged.changed();
    });
    signal.addEventListener('abort', () => ignoreInvalidatedContext(unwatch));

    // The popup, the context menu and the keyboard commands message the page. A message of the toPage
    // protocol (told by its type) loads the marking chunk, which checks it and holds its handlers; a frame
    // nobody messages never loads them.
    const context: PageMessageContext = {
      marks,
      cards,
      active: () => settings.siteOn,
      page: () => ({ url: location.href, title: document.title }),
      frame: isTop ? 'top' : 'sub',
    };
    let receive: PageReceiver | null = null;
    const onMessage = (message: unknown, sender: unknown) => {
      if (signal.aborted || !looksLikePageMessage(message)) return undefined;
      return marking.load().then((chunk) => {
        receive ??= chunk.pageReceiver(context);
        return receive(message, sender);
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () =>
      ignoreInvalidatedContext(() => browser.runtime.onMessage.removeListener(onMessage)),
    );
  },
});

/**
 * Chromium never tells a content script that its extension was updated or removed: the script lives on,
 * orphaned, with its marks still painted. Asking the context once a second whether it is still valid
 * notices (WXT's `isInvalid` checks `browser.runtime.id`) and fires `onInvalidated`, which clears them.
 */
function stopWhenOrphaned(ctx: ContentScriptContext, everyMs = 1000): void {
  const timer = setInterval(() => {
    if (ctx.isInvalid) clearInterval(timer);
  }, everyMs);
}

/** Teardown after an extension update may touch APIs of a context that is already gone; that is fine. */
function ignoreInvalidatedContext(teardown: () => void): void {
  try {
    teardown();
  } catch {
    // "Extension context invalidated": nothing left to remove.
  }
}

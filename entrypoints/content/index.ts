import dataset from 'virtual:maglens/content-data';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageMatcher } from '@/utils/matcher/packed-wordings';
import { createPopupPorts, createReceiver, toPage } from '@/utils/messages';
import { loadSettings, watchSettings } from '@/utils/settings';
import { createCardController } from './card-controller';
import { CARD_HOST_TAG } from './card-host';
import { CARD_CHUNK_PATH, createCardUiLoader } from './card-ui';
import { effectiveSettings } from './effective-settings';
import { createPageMarks } from './page-marks';
import { createTermsChangedNotice } from './terms-changed';
import { watchTouchSheet } from './touch-sheet';

/** 400 × 300 px: frames smaller than this don't compile the prefilter ahead of their first scan. */
const MIN_WARM_AREA = 400 * 300;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    stopWhenOrphaned(ctx);
    const { signal } = controller;

    // The prefilter is compiled while the settings load; the wordings are unpacked only if the page's
    // text holds a candidate for one.
    const pendingSettings = loadSettings();
    const { matcher, topicOf, warm } = createPageMatcher(dataset.matcher);
    // A frame big enough to read gets its prefilter compiled while it waits; a tiny one (an ad, a widget)
    // leaves that to its first scan, if it ever has text.
    if (window.innerWidth * window.innerHeight >= MIN_WARM_AREA) warm();
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
        settings,
        signal,
        isOwnElement: (node) => node instanceof Element && node.localName === CARD_HOST_TAG,
      },
      // After the current task: the first scan may finish before `marks` is assigned.
      { onScanned: () => queueMicrotask(() => termsChanged.changed()) },
    );
    const cards = createCardController({
      topicOf,
      ui: createCardUiLoader(() => import(/* @vite-ignore */ browser.runtime.getURL(CARD_CHUNK_PATH as '/'))),
      settings,
      marks,
      signal,
      layout: () => sheet.layout(),
    });
    const sheet = watchTouchSheet({ host: () => cards.host(), close: () => cards.close(), signal });

    const unwatch = watchSettings((next) => {
      settings = effectiveSettings(next, location.hostname);
      marks.applySettings(settings);
      cards.applySettings(settings);
      termsChanged.changed();
    });
    signal.addEventListener('abort', () => ignoreInvalidatedContext(unwatch));

    // One handler per message type of the toPage protocol; each message is checked before it gets here.
    const receive = createReceiver(toPage, {
      ping: () => ({ ok: true, frame: isTop ? 'top' : 'sub' }) as const,
      'page-terms': () => ({
        terms: marks.terms(),
        active: settings.siteOn,
        url: location.href,
        title: document.title,
      }),
      'reveal-term': (message) => ({ found: marks.reveal(message.termId) }),
      'show-card': (message) => {
        // The keyboard command sends no text: use the selection when it is a marked wording.
        const selected = message.text === undefined ? window.getSelection()?.toString().trim() : '';
        const hit = message.text
          ? marks.findByText(message.text)
          : ((selected ? marks.findByText(selected) : null) ?? marks.firstInView());
        if (hit) cards.open(hit, { focus: message.focus });
        else if (message.text) cards.notFound(message.text);
        return { shown: !!hit };
      },
    });
    const onMessage = (message: unknown, sender: unknown) =>
      signal.aborted ? undefined : receive(message, sender);
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

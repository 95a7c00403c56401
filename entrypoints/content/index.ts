import dataset from 'virtual:maglens/content-data';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTermMatcher } from '@/utils/matcher/term-matcher';
import { createPopupPorts, createReceiver, toPage } from '@/utils/messages';
import { loadSettings, watchSettings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/site-rules';
import { createCardController } from './card-controller';
import { CARD_HOST_TAG } from './card-host';
import { createPageMarks } from './page-marks';
import { createTermsChangedNotice } from './terms-changed';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // Chromium never tells an orphaned content script that the extension was updated or removed; WXT's
    // ctx.setInterval checks browser.runtime.id and fires onInvalidated, so the old marks go away.
    ctx.setInterval(() => {}, 1000);
    const { signal } = controller;

    // The matcher is built while the settings load: the scan can start as soon as they arrive.
    const pendingSettings = loadSettings();
    const matcher = createTermMatcher(dataset.matcher, dataset.matcherIndex);
    let settings = await pendingSettings;
    if (signal.aborted) return;
    const siteOn = () => isSiteEnabled(settings, location.hostname);

    const isTop = window === window.top;
    // Open popups connect to the top frame; they hear when its terms change.
    const popups = isTop ? createPopupPorts(signal) : null;
    const termsChanged = createTermsChangedNotice(
      () => ({ active: siteOn(), terms: marks.terms() }),
      () => popups?.tell({ type: 'terms-changed' }),
    );
    const marks = createPageMarks(
      {
        dataset,
        matcher,
        settings,
        siteEnabled: siteOn(),
        signal,
        isOwnElement: (node) => node instanceof Element && node.localName === CARD_HOST_TAG,
      },
      // After the current task: the first scan may finish before `marks` is assigned.
      { onScanned: () => queueMicrotask(() => termsChanged.changed()) },
    );
    const cards = createCardController({ dataset, settings, marks, signal });

    const unwatch = watchSettings((next) => {
      settings = next;
      marks.applySettings(settings, siteOn());
      cards.applySettings(settings);
      termsChanged.changed();
    });
    signal.addEventListener('abort', () => ignoreInvalidatedContext(unwatch));

    // One handler per message type of the toPage protocol; each message is checked before it gets here.
    const receive = createReceiver(toPage, {
      ping: () => ({ ok: true, frame: isTop ? 'top' : 'sub' }) as const,
      'page-terms': () => ({
        terms: marks.terms(),
        active: siteOn(),
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

/** Teardown after an extension update may touch APIs of a context that is already gone; that is fine. */
function ignoreInvalidatedContext(teardown: () => void): void {
  try {
    teardown();
  } catch {
    // "Extension context invalidated": nothing left to remove.
  }
}

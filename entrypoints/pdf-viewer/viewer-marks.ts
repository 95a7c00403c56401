import cardData from 'virtual:maglens/card-data';
import dataset from 'virtual:maglens/content-data';
import { browser } from 'wxt/browser';
import { createCardUi } from '@/entrypoints/content/card-chunk-ui';
import { CARD_HOST_TAG } from '@/entrypoints/content/card-host';
import { loadedCardUi } from '@/entrypoints/content/card-ui';
import type { EffectiveSettings, PageMarks } from '@/entrypoints/content/contracts';
import { effectiveSettings } from '@/entrypoints/content/effective-settings';
import { startFrameCards } from '@/entrypoints/content/frame-cards';
import { createPageMarks } from '@/entrypoints/content/page-marks';
import { createPageReceiver } from '@/entrypoints/content/page-messages';
import { matchRules } from '@/utils/matcher/match-rules';
import { createPageMatcher } from '@/utils/matcher/packed-wordings';
import { loadSettings, type Settings, watchSettings } from '@/utils/settings';

/**
 * The content script's marks and cards, run in the viewer over PDF.js' text layers: the same scanner,
 * highlights, settings and card as on a web page (entrypoints/content/index.ts wires them the same way).
 * The card's UI is imported here directly: an extension page needs no lazily loaded chunk. On a narrow
 * touch screen the card is the bottom sheet (touch-sheet.ts), as on a page.
 */

const { matcher, topicOf } = createPageMatcher(dataset.matcher);
const cardUi = loadedCardUi(createCardUi(cardData));

/** The settings for a document from `site` (a web PDF's host, or the viewer's own for a local file);
 * without a site only the main switch applies. */
export function viewerSettings(settings: Settings, site: string): EffectiveSettings {
  return site ? effectiveSettings(settings, site) : { ...settings, siteOn: settings.enabled };
}

export interface ViewerMarksOptions {
  site: string;
  signal: AbortSignal;
  /** The toolbar and messages: MagLens' own text, never marked. */
  isOwnElement: (element: Element) => boolean;
  /** The note's page: the document's name and page number. */
  page: () => { title: string; url: string; host: string };
}

export async function startViewerMarks(options: ViewerMarksOptions): Promise<PageMarks | null> {
  const { site, signal } = options;
  let settings = viewerSettings(await loadSettings(), site);
  if (signal.aborted) return null;
  const marks = createPageMarks({
    topics: dataset.topics,
    topicOf,
    matcher,
    rules: matchRules,
    settings,
    signal,
    isOwnElement: (node) =>
      node instanceof Element && (node.localName === CARD_HOST_TAG || options.isOwnElement(node)),
  });
  // The same cards as a page's, touch sheet included (on a narrow touch screen a tapped term's card is the
  // bottom sheet).
  const cards = startFrameCards({
    topicOf,
    ui: cardUi,
    settings,
    marks,
    signal,
    page: options.page,
  });
  const unwatch = watchSettings((next) => {
    settings = viewerSettings(next, site);
    marks.applySettings(settings);
    cards.applySettings(settings);
  });
  signal.addEventListener('abort', unwatch);

  // The popup's "On this page", "Look up in MagLens" and the open-card command message the tab as they
  // would a page's content script; the viewer answers them with the same handlers (and the next/previous
  // term commands with them).
  const receive = createPageReceiver({
    marks,
    cards,
    active: () => settings.siteOn,
    page: () => ({ url: options.page().url || location.href, title: document.title }),
    frame: 'top',
  });
  const onMessage = (message: unknown, sender: unknown) => receive(message, sender);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  return marks;
}

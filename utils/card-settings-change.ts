import type { Settings } from './settings-defaults';
import { sitesWithHost } from './site-rules';

/** The settings a card can change: its topic off everywhere (or on again: the card's Undo), or MagLens
 * off on the page's site. */
export type CardSettingsChange =
  | { kind: 'hide-topic'; topicId: string }
  | { kind: 'show-topic'; topicId: string }
  | { kind: 'site-off'; host: string };

/** The patch for a card's change, worked out from the latest stored settings. Applying it twice is the
 * same as once, so a change that is retried (or also made elsewhere) does no harm. */
export const patchFor =
  (change: CardSettingsChange) =>
  (current: Settings): Partial<Settings> => {
    if (change.kind === 'site-off') return { sites: sitesWithHost(current, change.host, false) };
    const { disabledTopics } = current;
    if (change.kind === 'show-topic')
      return disabledTopics.includes(change.topicId)
        ? { disabledTopics: disabledTopics.filter((id) => id !== change.topicId) }
        : {};
    return disabledTopics.includes(change.topicId)
      ? {}
      : { disabledTopics: [...disabledTopics, change.topicId] };
  };

/** The keys of the open-card command as the manifest suggests them (wxt.config.ts), for when the
 * background cannot say which keys the reader has (card-actions.ts openCardKeys). */
export const OPEN_CARD_KEYS = 'Alt+Shift+M';

/** What a screen reader hears when keyboard focus on a link in a marked term opens its card: focus stays
 * on the link, so the note says the card is there and how to move into it. `keys`: the open-card
 * command's keys as the reader has them ('' for none; null when unknown: the suggested ones). */
export function focusAnnouncement(termName: string, where: string | undefined, keys: string | null = null) {
  const note = `MagLens note: ${termName}${where ? ` (${where.toLowerCase()})` : ''}.`;
  const how =
    keys === ''
      ? ` To read it, give MagLens' "Open the MagLens card" command a key in the browser's shortcut settings.`
      : ` Press ${keys ?? OPEN_CARD_KEYS} to read it.`;
  return note + how;
}

/** The key of the open-card command as the manifest suggests it (wxt.config.ts). A content script cannot
 * read the key the reader has set (commands.getAll is for extension pages and the background only). */
export const OPEN_CARD_KEYS = 'Alt+Shift+M';

/** What a screen reader hears when keyboard focus on a link in a marked term opens its card: focus stays
 * on the link, so the note says the card is there and how to move into it. */
export function focusAnnouncement(termName: string, where: string | undefined, keys = OPEN_CARD_KEYS) {
  return `MagLens note: ${termName}${where ? ` (${where.toLowerCase()})` : ''}. Press ${keys} to read it.`;
}

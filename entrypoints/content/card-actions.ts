import type { ActionResult } from '@/utils/action-result';
import { type CardSettingsChange, patchFor } from '@/utils/card-settings-change';
import type { ArticleLink } from '@/utils/dataset/types';
import { NoReplyError, sendToBackground } from '@/utils/messages';
import { updateSettings } from '@/utils/settings';

/** What the card's buttons do. Each resolves to a result the card can show; none throws. */

export type { ActionResult };

const settled = (result: { ok: true } | { ok: false; message: string }): ActionResult =>
  result.ok ? { ok: true } : { ok: false, message: result.message };

/** A failure in words for the card: a background that never answered is said plainly, not in the
 * browser's own words about message channels. */
const failure = (error: unknown, what: string): ActionResult => ({
  ok: false,
  message:
    error instanceof NoReplyError
      ? `${what}: its background did not answer. Try again.`
      : `${what}: ${error instanceof Error ? error.message : String(error)}`,
});

/** Asks the background to open the reader at the card's article section. */
export async function openReader(article: ArticleLink): Promise<ActionResult> {
  try {
    const reply = await sendToBackground({
      type: 'open-reader',
      articleId: article.articleId,
      sectionId: article.sectionId,
    });
    return reply.ok ? { ok: true } : { ok: false, message: 'MagLens could not open the reader.' };
  } catch (error) {
    return failure(error, 'MagLens could not open the reader');
  }
}

/** The keys of the open-card command as the reader has them ('' for none), or null when the background
 * does not answer. */
export async function openCardKeys(): Promise<string | null> {
  try {
    return (await sendToBackground({ type: 'command-keys' })).openCard;
  } catch {
    return null;
  }
}

/** A key for one click on Save: a retry of the same save files no second note. */
const newSaveKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const SAVE_UNKNOWN_MESSAGE =
  'MagLens lost touch with its background while saving, so it cannot tell whether the note was saved. Look in My notes before saving again.';

/** Saves a note about the term on this page. If the background stops before it answers, the same save
 * (same key) is sent once more, so the card says what really happened and no note is filed twice. */
export async function saveNote(termId: string, page: { title: string; url: string }): Promise<ActionResult> {
  const note = { termId, pageTitle: page.title, pageUrl: page.url, saveKey: newSaveKey() };
  try {
    const reply = await sendToBackground({ type: 'save-note', note }, { retryOnce: true });
    if (reply.ok) return { ok: true };
    return { ok: false, message: reply.message || 'MagLens could not save the note.' };
  } catch (error) {
    if (error instanceof NoReplyError && error.channelClosed)
      return { ok: false, message: SAVE_UNKNOWN_MESSAGE };
    return failure(error, 'MagLens could not save the note');
  }
}

/** Changes settings from the card: through the background, where the change is made inside the lock the
 * extension's pages share; if the background does not answer, here (the change is the same made twice). */
async function changeSettings(change: CardSettingsChange): Promise<ActionResult> {
  try {
    const reply = await sendToBackground({ type: 'change-settings', change }, { retryOnce: true });
    return reply.ok ? { ok: true } : { ok: false, message: reply.message };
  } catch (error) {
    if (!(error instanceof NoReplyError)) return failure(error, 'MagLens could not save your settings');
  }
  try {
    return settled(await updateSettings(patchFor(change)));
  } catch (error) {
    return failure(error, 'MagLens could not save your settings');
  }
}

/** Turns a topic off everywhere; the scanner drops its marks through the settings watcher. */
export const hideTopic = (topicId: string) => changeSettings({ kind: 'hide-topic', topicId });

/** Turns a hidden topic back on (the card's Undo). */
export const showTopic = (topicId: string) => changeSettings({ kind: 'show-topic', topicId });

/** Switches MagLens off on this site (the host and its subdomains). */
export const turnOffForSite = (host: string) => changeSettings({ kind: 'site-off', host });

/** What a card's buttons do, handed to the card controller. In the marking chunk, with the messages'
 * checks and the settings' writing they need: the every-frame content script carries none of them. */
export const cardActions = { openReader, saveNote, hideTopic, showTopic, turnOffForSite, openCardKeys };

export type CardActions = typeof cardActions;

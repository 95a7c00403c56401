import type { ArticleLink } from '@/utils/dataset/types';
import { sendToBackground } from '@/utils/messages';
import { updateSettings } from '@/utils/settings';
import { sitesWithHost } from '@/utils/site-rules';

/** What the card's buttons do. Each resolves to a result the card can show; none throws. */

export type ActionResult = { ok: true } | { ok: false; message: string };

const settled = (result: { ok: true } | { ok: false; message: string }): ActionResult =>
  result.ok ? { ok: true } : { ok: false, message: result.message };

const failure = (error: unknown, what: string): ActionResult => ({
  ok: false,
  message: `${what}: ${error instanceof Error ? error.message : String(error)}`,
});

/** Asks the background to open the reader at the card's article section. */
export async function openReader(article: ArticleLink): Promise<ActionResult> {
  try {
    const reply = await sendToBackground({
      type: 'open-reader',
      articleId: article.articleId,
      sectionId: article.sectionId,
    });
    return reply?.ok ? { ok: true } : { ok: false, message: 'MagLens could not open the reader.' };
  } catch (error) {
    return failure(error, 'MagLens could not open the reader');
  }
}

/** Saves a note about the term on this page. */
export async function saveNote(termId: string, page: { title: string; url: string }): Promise<ActionResult> {
  try {
    const reply = await sendToBackground({
      type: 'save-note',
      note: { termId, pageTitle: page.title, pageUrl: page.url },
    });
    if (reply?.ok) return { ok: true };
    return { ok: false, message: reply?.message || 'MagLens could not save the note.' };
  } catch (error) {
    return failure(error, 'MagLens could not save the note');
  }
}

/** Turns a topic off everywhere; the scanner drops its marks through the settings watcher. */
export async function hideTopic(topicId: string): Promise<ActionResult> {
  try {
    const hide = ({ disabledTopics }: { disabledTopics: string[] }) =>
      disabledTopics.includes(topicId) ? {} : { disabledTopics: [...disabledTopics, topicId] };
    return settled(await updateSettings(hide));
  } catch (error) {
    return failure(error, 'MagLens could not save your settings');
  }
}

/** Switches MagLens off on this site (the host and its subdomains). */
export async function turnOffForSite(hostname: string): Promise<ActionResult> {
  try {
    return settled(await updateSettings((settings) => ({ sites: sitesWithHost(settings, hostname, false) })));
  } catch (error) {
    return failure(error, 'MagLens could not save your settings');
  }
}

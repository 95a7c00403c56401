import type { Route } from '@/components/navigation/route';
import { type ReaderTarget, readerTargetItem } from '@/utils/reader-target-item';

/**
 * Where a card's "Read more" wants the reader to open: the background writes `local:readerTarget`
 * (entrypoints/background/open-reader.ts) just before it opens the popup; the popup consumes it if it is
 * fresh, so a stale one never hijacks a later, unrelated opening of the popup.
 */
export { readerTargetItem };

export const READER_TARGET_MAX_AGE_MS = 30_000;

/** The route a target asks for, or null when it is missing, malformed or older than ~30 s. */
export function routeFromTarget(target: unknown, now: number): Route | null {
  if (!target || typeof target !== 'object') return null;
  const { articleId, sectionId, at } = target as Partial<ReaderTarget>;
  if (typeof articleId !== 'string' || typeof at !== 'number') return null;
  if (now - at > READER_TARGET_MAX_AGE_MS || at - now > 5_000) return null;
  return typeof sectionId === 'string' && sectionId
    ? { view: 'article', articleId, sectionId }
    : { view: 'article', articleId };
}

/** Reads and removes the target; never throws (the popup must open even if storage fails). */
export async function consumeReaderTarget(now = Date.now()): Promise<Route | null> {
  try {
    const target = await readerTargetItem.getValue();
    if (target === null) return null;
    await readerTargetItem.removeValue();
    return routeFromTarget(target, now);
  } catch {
    return null;
  }
}

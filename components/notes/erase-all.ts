import { browser } from 'wxt/browser';
import { eraseAllNotes, type StoreResult } from '@/utils/notes-store';

/** "Erase all MagLens data": every note, and every setting in sync and local storage. */
export async function eraseAllMagLensData(): Promise<StoreResult<number>> {
  const notes = await eraseAllNotes();
  if (!notes.ok) return notes;
  try {
    await browser.storage.sync.clear();
    await browser.storage.local.clear();
  } catch (error) {
    return {
      ok: false,
      message: `Your notes were erased, but MagLens could not reset its settings (${String(error)}).`,
    };
  }
  return notes;
}

import type { BackgroundDataset } from '@/utils/dataset/types';
import type { NoteDraft, Replies } from '@/utils/messages';
import type { Note, StoreResult } from '@/utils/notes-store';

export type AddNote = (draft: NoteDraft & { topicId: string }) => Promise<StoreResult<Note>>;

/** "Save" on a card: files the note under the term's topic and answers with the new note's id, or the
 * store's message for the user. */
export async function saveNoteDraft(
  draft: NoteDraft,
  dataset: BackgroundDataset,
  addNote: AddNote,
): Promise<Replies['save-note']> {
  const topicId = Object.hasOwn(dataset.termTopics, draft.termId)
    ? dataset.termTopics[draft.termId]
    : undefined;
  if (!topicId) return { ok: false, message: 'MagLens does not know this term, so the note was not saved.' };
  try {
    const result = await addNote({ ...draft, topicId });
    return result.ok ? { ok: true, id: result.value.id } : { ok: false, message: result.message };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `MagLens could not save the note: ${reason}` };
  }
}

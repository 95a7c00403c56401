import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseNotesFile } from '@/utils/notes-json';
import {
  deleteNote,
  importNotes,
  listNotes,
  type Note,
  restoreNote,
  updateNoteText,
  watchNotes,
} from '@/utils/notes-store';
import { eraseAllMagLensData } from './erase-all';

export type Notice = { kind: 'info' | 'error'; text: string } | null;

/** The notes list and everything the notes view can do to it. Every failure becomes a notice. */
export function useNotes(topicId: string) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);

  const refresh = useCallback(async () => {
    const result = await listNotes(topicId ? { topicId } : {});
    if (result.ok) setNotes(result.value);
    else setNotice({ kind: 'error', text: result.message });
  }, [topicId]);
  useEffect(() => {
    refresh();
    return watchNotes(refresh); // a card saved a note while this list is open
  }, [refresh]);

  const saveText = async (id: number, text: string) => {
    const result = await updateNoteText(id, text);
    await refresh();
    return result.ok ? null : result.message;
  };
  const remove = async (id: number) => {
    const result = await deleteNote(id);
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setDeleted(result.value);
    await refresh();
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await restoreNote(deleted);
    setDeleted(null);
    if (!result.ok) setNotice({ kind: 'error', text: result.message });
    await refresh();
  };
  const importFile = async (text: string) => {
    const parsed = parseNotesFile(text);
    if (!parsed.ok) return setNotice({ kind: 'error', text: parsed.message });
    const result = await importNotes(parsed.value);
    if (!result.ok) return setNotice({ kind: 'error', text: `${result.message} Nothing was imported.` });
    const { added, skipped } = result.value;
    const also = skipped ? ` (${skipped} ${skipped === 1 ? 'was' : 'were'} already saved)` : '';
    setNotice({ kind: 'info', text: `Imported ${added} note${added === 1 ? '' : 's'}${also}.` });
    await refresh();
  };
  const eraseAll = async () => {
    const result = await eraseAllMagLensData();
    setNotice(
      result.ok
        ? { kind: 'info', text: 'All MagLens data was erased: notes and settings.' }
        : { kind: 'error', text: result.message },
    );
    await refresh();
  };
  const clearDeleted = useCallback(() => setDeleted(null), []);

  return { notes, notice, setNotice, deleted, clearDeleted, saveText, remove, undo, importFile, eraseAll };
}

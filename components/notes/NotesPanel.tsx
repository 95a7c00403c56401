import { useEffect, useRef, useState } from 'preact/hooks';
import { useReader } from '@/components/navigation/reader-context';
import { downloadText } from '@/components/ui/download';
import { Toast } from '@/components/ui/Toast';
import { notesFileName, toNotesFile } from '@/utils/notes-json';
import { notesToMarkdown } from '@/utils/notes-markdown';
import { listNotes } from '@/utils/notes-store';
import { EraseAllData } from './EraseAllData';
import { NotesList } from './NotesList';
import { NotesToolbar } from './NotesToolbar';
import { useNotes } from './use-notes';

/** My notes: the saved cards with the user's own words, export/import, and erasing everything. */
export function NotesPanel() {
  const { data, terms, topics } = useReader();
  const [topicId, setTopicId] = useState('');
  const notes = useNotes(topicId);
  const heading = useRef<HTMLHeadingElement>(null);
  // The Delete button goes away with its note: keep the keyboard in the notes view, not back at the top.
  const removing = useRef(false);
  const remove = (id: number) => {
    removing.current = true;
    return notes.remove(id);
  };
  useEffect(() => {
    if (!removing.current) return;
    removing.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [notes.notes]);

  const exportAs = async (kind: 'md' | 'json') => {
    const all = await listNotes(topicId ? { topicId } : {});
    if (!all.ok) return notes.setNotice({ kind: 'error', text: all.message });
    const now = new Date();
    if (kind === 'md')
      downloadText(notesFileName(now, 'md'), 'text/markdown', notesToMarkdown(all.value, data, now));
    else
      downloadText(
        notesFileName(now, 'json'),
        'application/json',
        JSON.stringify(toNotesFile(all.value, now, data.terms), null, 2),
      );
  };

  return (
    <section aria-labelledby="notes-heading" class="ml-notes" aria-busy={notes.notes === null || undefined}>
      <h1 id="notes-heading" class="ml-view-title" tabIndex={-1} ref={heading}>
        My notes
      </h1>
      <NotesToolbar
        topics={data.topics}
        topicId={topicId}
        onTopic={setTopicId}
        canExport={!!notes.notes?.length}
        onExportMarkdown={() => exportAs('md')}
        onExportJson={() => exportAs('json')}
        onImport={notes.importFile}
      />
      {notes.notice && (
        <p
          class={notes.notice.kind === 'error' ? 'ml-error' : 'ml-info'}
          role={notes.notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notes.notice.text}
        </p>
      )}
      {notes.notes === null ? (
        <p class="ml-muted">Loading your notes…</p>
      ) : notes.notes.length === 0 ? (
        <p class="ml-empty">
          {topicId
            ? 'No notes in this topic.'
            : 'No notes yet. Press “Save” on a MagLens card to keep a term here, with the page you read it on.'}
        </p>
      ) : (
        <NotesList
          notes={notes.notes}
          listKey={topicId}
          termName={(id) => terms.get(id)?.name ?? id}
          topicName={(id) => topics.get(id)?.name ?? id}
          onSaveText={notes.saveText}
          onDelete={remove}
        />
      )}
      <footer class="ml-notes-footer">
        <EraseAllData onErase={notes.eraseAll} />
      </footer>
      {notes.deleted && (
        <Toast
          key={notes.deleted.id}
          message="Note deleted."
          actionLabel="Undo"
          onAction={notes.undo}
          onClose={notes.clearDeleted}
        />
      )}
    </section>
  );
}

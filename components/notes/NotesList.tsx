import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '@/utils/notes-store';
import { NoteItem } from './NoteItem';

/** How many notes are drawn at first, and how many more each time the list's end comes into view. */
export const NOTES_PAGE = 100;

interface Props {
  notes: Note[];
  /** The notes shown start again from the top when this changes (another topic). */
  listKey: string;
  termName: (termId: string) => string;
  topicName: (topicId: string) => string;
  onSaveText: (id: number, text: string) => Promise<string | null>;
  onDelete: (id: number) => void;
}

/** The saved notes, drawn lazily: the first NOTES_PAGE, then more as the end of the list is reached (or
 * its "Show more" button is pressed), so 20,000 notes open as fast as 100. */
export function NotesList({ notes, listKey, termName, topicName, onSaveText, onDelete }: Props) {
  const [shown, setShown] = useState(NOTES_PAGE);
  useEffect(() => setShown(NOTES_PAGE), [listKey]);
  const more = useRef<HTMLButtonElement>(null);
  const rest = notes.length - shown;
  const showMore = () => setShown((count) => count + NOTES_PAGE);

  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  });

  return (
    <>
      <ul class="ml-list" aria-label="Saved notes">
        {notes.slice(0, shown).map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            termName={termName(note.termId)}
            topicName={topicName(note.topicId)}
            onSaveText={(text) => onSaveText(note.id, text)}
            onDelete={() => onDelete(note.id)}
          />
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" class="ml-button ml-secondary" ref={more} onClick={showMore}>
          Show {Math.min(rest, NOTES_PAGE)} more ({rest.toLocaleString('en')} not shown yet)
        </button>
      )}
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { RouteLink } from '@/components/navigation/RouteLink';
import type { Note } from '@/utils/notes-store';

interface Props {
  note: Note;
  termName: string;
  topicName: string;
  /** Resolves to an error message, or null when saved. */
  onSaveText: (text: string) => Promise<string | null>;
  onDelete: () => void;
}

const formatDate = (time: number) =>
  new Date(time).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function NoteItem({ note, termName, topicName, onSaveText, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editing = draft !== null;
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  const save = async () => {
    const message = await onSaveText(draft ?? '');
    setError(message);
    if (!message) setDraft(null);
  };
  return (
    <li class="ml-list-item ml-note">
      <RouteLink route={{ view: 'term', termId: note.termId }} class="ml-item-title">
        {termName}
      </RouteLink>
      <p class="ml-muted">
        {topicName} · {formatDate(note.createdAt)} ·{' '}
        {isWebUrl(note.pageUrl) ? (
          <>
            <a href={note.pageUrl} target="_blank" rel="noopener noreferrer">
              {note.pageTitle || note.pageUrl}
            </a>
            <span> ({hostOf(note.pageUrl)})</span>
          </>
        ) : (
          note.pageTitle
        )}
      </p>
      {editing ? (
        <div class="ml-note-edit">
          <textarea
            aria-label={`Your note on ${termName}`}
            value={draft}
            rows={3}
            maxLength={5000}
            onInput={(event) => setDraft(event.currentTarget.value)}
            ref={field}
          />
          <div class="ml-actions">
            <button type="button" class="ml-button" onClick={save}>
              Save
            </button>
            <button type="button" class="ml-button ml-secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          {note.text ? (
            <p class="ml-note-text">{note.text}</p>
          ) : (
            <p class="ml-muted">No note of your own yet.</p>
          )}
          <div class="ml-actions">
            <button type="button" class="ml-button ml-secondary" onClick={() => setDraft(note.text)}>
              {note.text ? 'Edit note' : 'Add a note'}
            </button>
            <button
              type="button"
              class="ml-button ml-secondary"
              onClick={onDelete}
              aria-label={`Delete note on ${termName}`}
            >
              Delete
            </button>
          </div>
        </>
      )}
      {error && (
        <p class="ml-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

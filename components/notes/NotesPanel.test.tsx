import { deleteDB } from 'idb';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLookups, ReaderContext } from '@/components/navigation/reader-context';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { mount, until } from '@/tests/unit/render';
import { addNote, closeNotesDb, DB_NAME, importNotes, listNotes } from '@/utils/notes-store';
import { NOTES_PAGE } from './NotesList';
import { NotesPanel } from './NotesPanel';

const context = {
  ...createLookups(fakeReaderData),
  go: () => {},
  saveTerm: async () => ({ ok: false as const, message: '' }),
};
let root: HTMLElement;

const click = (el: Element | null | undefined) =>
  act(() => {
    (el as HTMLElement | null)?.click();
  });

beforeEach(async () => {
  await closeNotesDb();
  await deleteDB(DB_NAME);
  await addNote({
    termId: 'proton-pump-inhibitors',
    topicId: 'medications',
    pageTitle: 'Heartburn pills',
    pageUrl: 'https://example.org/ppi',
    text: 'ask about switching PPI',
  });
  root = await mount(
    <ReaderContext.Provider value={context}>
      <NotesPanel />
    </ReaderContext.Provider>,
  );
  await until(() => root.querySelector('.ml-note'), 'the saved note');
});

describe('My notes', () => {
  it('tells assistive technology (and anyone waiting on it) that the list is loading, then that it is not', async () => {
    const fresh = await mount(
      <ReaderContext.Provider value={context}>
        <NotesPanel />
      </ReaderContext.Provider>,
    );
    expect(fresh.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    expect(fresh.textContent).toContain('Loading your notes…');
    await until(() => fresh.querySelector('.ml-note'), 'the saved note');
    expect(fresh.querySelector('section')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('shows a saved note with its term, topic, page and the user’s words', () => {
    const note = root.querySelector('.ml-note')?.textContent ?? '';
    expect(note).toContain('Proton pump inhibitors (PPIs)');
    expect(note).toContain('Medications');
    expect(note).toContain('Heartburn pills');
    expect(note).toContain('ask about switching PPI');
  });

  it('deletes a note and brings it back with Undo', async () => {
    await click(root.querySelector('button[aria-label^="Delete note"]'));
    await until(() => !root.querySelector('.ml-note') && root.querySelector('.ml-toast'), 'the toast');
    expect(root.querySelector('.ml-toast')?.textContent).toContain('Note deleted.');
    await click(root.querySelector('.ml-toast button'));
    await until(() => root.querySelector('.ml-note'), 'the note back');
    expect(root.querySelector('.ml-toast')).toBeNull();
  });

  it('keeps the keyboard in the notes view after deleting with the keyboard', async () => {
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label^="Delete note"]');
    remove?.focus();
    await click(remove);
    await until(() => !root.querySelector('.ml-note'), 'the note gone');
    expect(document.activeElement?.id).toBe('notes-heading');
  });

  it('erases everything only after the confirm step', async () => {
    await click(root.querySelector('.ml-notes-footer button'));
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(root.querySelector('.ml-danger'));
    await until(() => !root.querySelector('.ml-note'), 'the note gone');
    expect(root.textContent).toContain('All MagLens data was erased');
    const left = await listNotes();
    expect(left.ok && left.value).toEqual([]);
  });

  it('draws a long list lazily: the first notes, then more when asked', async () => {
    const many = Array.from({ length: NOTES_PAGE * 2 + 50 }, (_, i) => ({
      termId: 'proton-pump-inhibitors',
      topicId: 'medications',
      pageTitle: `Page ${i}`,
      pageUrl: `https://example.org/${i}`,
      text: '',
      createdAt: i,
      updatedAt: i,
    }));
    await importNotes(many);
    await until(() => root.querySelectorAll('.ml-note').length === NOTES_PAGE, 'the first page of notes');
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show'));
    expect(more?.textContent).toBe(`Show ${NOTES_PAGE} more (151 not shown yet)`);
    await click(more);
    await until(
      () => root.querySelectorAll('.ml-note').length === NOTES_PAGE * 2,
      'the second page of notes',
    );
  });
});

import { deleteDB } from 'idb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLookups, ReaderContext } from '@/components/reader/reader-context';
import { fakeReaderData } from '@/components/ui/fake-reader-data';
import { addNote, closeNotesDb, DB_NAME, listNotes } from '@/utils/notes-store';
import { NotesPanel } from './NotesPanel';

const context = {
  ...createLookups(fakeReaderData),
  go: () => {},
  saveTerm: async () => ({ ok: false as const, message: '' }),
};
let root: HTMLElement;

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}
const click = (el: Element | null | undefined) =>
  act(() => {
    (el as HTMLElement | null)?.click();
  });

beforeEach(async () => {
  await closeNotesDb();
  await deleteDB(DB_NAME);
  root = document.createElement('div');
  document.body.append(root);
  await addNote({
    termId: 'proton-pump-inhibitors',
    topicId: 'medications',
    pageTitle: 'Heartburn pills',
    pageUrl: 'https://example.org/ppi',
    text: 'ask about switching PPI',
  });
  await act(() =>
    render(
      <ReaderContext.Provider value={context}>
        <NotesPanel />
      </ReaderContext.Provider>,
      root,
    ),
  );
  await until(() => !!root.querySelector('.ml-note'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('My notes', () => {
  it('shows a saved note with its term, topic, page and the user’s words', () => {
    const note = root.querySelector('.ml-note')?.textContent ?? '';
    expect(note).toContain('Proton pump inhibitors (PPIs)');
    expect(note).toContain('Medications');
    expect(note).toContain('Heartburn pills');
    expect(note).toContain('ask about switching PPI');
  });

  it('deletes a note and brings it back with Undo', async () => {
    await click(root.querySelector('button[aria-label^="Delete note"]'));
    await until(() => !root.querySelector('.ml-note') && !!root.querySelector('.ml-toast'));
    expect(root.querySelector('.ml-toast')?.textContent).toContain('Note deleted.');
    await click(root.querySelector('.ml-toast button'));
    await until(() => !!root.querySelector('.ml-note'));
    expect(root.querySelector('.ml-toast')).toBeNull();
  });

  it('keeps the keyboard in the notes view after deleting with the keyboard', async () => {
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label^="Delete note"]');
    remove?.focus();
    await click(remove);
    await until(() => !root.querySelector('.ml-note'));
    expect(document.activeElement?.id).toBe('notes-heading');
  });

  it('erases everything only after the confirm step', async () => {
    await click(root.querySelector('.ml-notes-footer button'));
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(root.querySelector('.ml-danger'));
    await until(() => !root.querySelector('.ml-note'));
    expect(root.textContent).toContain('All MagLens data was erased');
    const left = await listNotes();
    expect(left.ok && left.value).toEqual([]);
  });
});

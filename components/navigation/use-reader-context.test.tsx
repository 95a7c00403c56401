import { deleteDB } from 'idb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeReaderData } from '@/tests/unit/fake-reader-data';
import { closeNotesDb, DB_NAME, listNotes } from '@/utils/notes-store';
import type { ReaderContextValue } from './reader-context';
import type { Route } from './route';
import { type NotePage, useReaderContext } from './use-reader-context';

let root: HTMLElement;
const seen: ReaderContextValue[] = [];
const go = (_route: Route) => {};

function Probe({ page }: { page: NotePage }) {
  seen.push(useReaderContext(fakeReaderData, go, page));
  return null;
}

beforeEach(async () => {
  await closeNotesDb();
  await deleteDB(DB_NAME);
  seen.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useReaderContext', () => {
  it('gives the look-ups and saves a term with its topic, attributed to the page', async () => {
    await act(() => render(<Probe page={{ title: 'A page', url: 'https://example.org/a' }} />, root));
    const context = seen[0]!;
    const term = fakeReaderData.terms[0]!;
    expect(context.go).toBe(go);
    expect(context.terms.get(term.id)).toBe(term);
    const saved = await context.saveTerm(term.id);
    expect(saved.ok).toBe(true);
    const notes = await listNotes();
    if (!notes.ok) throw new Error(notes.message);
    expect(notes.value).toHaveLength(1);
    expect(notes.value[0]).toMatchObject({
      termId: term.id,
      topicId: term.topicId,
      pageTitle: 'A page',
      pageUrl: 'https://example.org/a',
    });
  });

  it('keeps the same value while the page is the same, and a new one when it changes', async () => {
    await act(() => render(<Probe page={{ title: 'A', url: 'https://example.org/a' }} />, root));
    await act(() => render(<Probe page={{ title: 'A', url: 'https://example.org/a' }} />, root));
    await act(() => render(<Probe page={{ title: 'B', url: 'https://example.org/b' }} />, root));
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[1]);
  });
});

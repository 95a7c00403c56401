import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseNotesFile, toNotesFile } from './notes-json';
import {
  addNote,
  closeNotesDb,
  DB_NAME,
  deleteNote,
  eraseAllNotes,
  IMPORT_BATCH,
  importNotes,
  listNotes,
  type Note,
  restoreNote,
  type StoreResult,
  updateNoteText,
  watchNotes,
} from './notes-store';

const draft = (termId: string, topicId: string, text = '') => ({
  termId,
  topicId,
  pageTitle: `A page about ${termId}`,
  pageUrl: `https://example.org/${termId}`,
  text,
});

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const texts = async () => value(await listNotes()).map((n) => n.text);

/** Imported notes, `count` of them, one per millisecond of creation time. */
const importable = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...draft('diuretics', 'medications', `note ${i}`),
    createdAt: i,
    updatedAt: i,
  }));

/** Makes the `failing`th add of the store throw a full-disk error. */
function diskFullOnAdd(failing: number) {
  const realAdd = IDBObjectStore.prototype.add;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    calls += 1;
    if (calls === failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realAdd.apply(this, args);
  });
}

beforeEach(async () => {
  await closeNotesDb();
  await deleteDB(DB_NAME);
});
afterEach(() => vi.restoreAllMocks());

describe('notes store', () => {
  it('adds, lists newest first, edits and deletes notes', async () => {
    const first = value(
      await addNote(draft('proton-pump-inhibitors', 'medications', 'ask about switching PPI')),
    );
    vi.spyOn(Date, 'now').mockReturnValue(first.createdAt + 1000);
    const second = value(await addNote(draft('insomnia', 'sleep')));
    expect(first.id).toBeGreaterThan(0);
    expect(await texts()).toEqual(['', 'ask about switching PPI']);

    const edited = value(await updateNoteText(second.id, 'mention waking at 3 am'));
    expect(edited.updatedAt).toBeGreaterThanOrEqual(edited.createdAt);
    expect(await texts()).toEqual(['mention waking at 3 am', 'ask about switching PPI']);

    const removed = value(await deleteNote(first.id));
    expect(removed?.text).toBe('ask about switching PPI');
    expect(await texts()).toEqual(['mention waking at 3 am']);
  });

  it('filters by topic through the index', async () => {
    await addNote(draft('proton-pump-inhibitors', 'medications'));
    await addNote(draft('insomnia', 'sleep'));
    await addNote(draft('diuretics', 'medications'));
    const meds = value(await listNotes({ topicId: 'medications' }));
    expect(meds.map((n) => n.termId).sort()).toEqual(['diuretics', 'proton-pump-inhibitors']);
  });

  it('restores a deleted note with its id (undo)', async () => {
    const note = value(await addNote(draft('insomnia', 'sleep', 'keep me')));
    const removed = value(await deleteNote(note.id));
    value(await restoreNote(removed as Note));
    expect(value(await listNotes())).toEqual([note]);
  });

  it('says so when editing a note that is gone', async () => {
    const result = await updateNoteText(999, 'x');
    expect(result.ok).toBe(false);
  });

  it('round-trips an export through import, and skips notes it already has', async () => {
    await addNote(draft('proton-pump-inhibitors', 'medications', 'ask about switching PPI'));
    await addNote(draft('insomnia', 'sleep', 'sleep diary'));
    const before = value(await listNotes());
    const file = JSON.stringify(toNotesFile(before, new Date()));
    expect(value(await eraseAllNotes())).toBe(2);
    expect(await texts()).toEqual([]);

    const parsed = value(parseNotesFile(file));
    expect(value(await importNotes(parsed))).toEqual({ added: 2, skipped: 0 });
    const strip = (notes: Note[]) => notes.map(({ id: _id, ...rest }) => rest);
    expect(strip(value(await listNotes()))).toEqual(strip(before));
    expect(value(await importNotes(parsed))).toEqual({ added: 0, skipped: 2 });
  });

  it('imports several batches in one go: each note once, duplicates in the file or the store skipped', async () => {
    await addNote(draft('insomnia', 'sleep', 'mine'));
    const [mine] = value(await listNotes());
    const count = IMPORT_BATCH * 2 + 500;
    const incoming = importable(count);
    const { id: _id, ...existing } = mine as Note;
    const result = value(await importNotes([...incoming, incoming[7] as (typeof incoming)[0], existing]));
    expect(result).toEqual({ added: count, skipped: 2 });
    expect(value(await listNotes())).toHaveLength(count + 1);
  });

  it('an import that fails in its last batch leaves nothing of the earlier batches', async () => {
    const incoming = importable(IMPORT_BATCH + 10);
    diskFullOnAdd(IMPORT_BATCH + 5);
    expect((await importNotes(incoming)).ok).toBe(false);
    vi.restoreAllMocks();
    expect(value(await listNotes())).toEqual([]);
  });

  it('a save sent twice with the same key is one note; another key is another note', async () => {
    const first = value(await addNote({ ...draft('insomnia', 'sleep'), saveKey: 'click-1' }));
    const again = value(await addNote({ ...draft('insomnia', 'sleep'), saveKey: 'click-1' }));
    expect(again.id).toBe(first.id);
    await addNote({ ...draft('insomnia', 'sleep'), saveKey: 'click-2' });
    expect(value(await listNotes())).toHaveLength(2);
    expect(toNotesFile(value(await listNotes()), new Date(0)).notes[0]).not.toHaveProperty('saveKey');
  });

  it('upgrades a version 1 database without losing notes', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id', autoIncrement: true });
      },
    });
    const old = {
      termId: 'insomnia',
      topicId: 'sleep',
      pageTitle: 'Old',
      pageUrl: 'https://old.example',
      text: 'v1 note',
      createdAt: 1000,
    };
    await v1.add('notes', old);
    await v1.add('notes', { ...old, termId: 'diuretics', topicId: 'medications', createdAt: 2000 });
    v1.close();

    const notes = value(await listNotes());
    expect(notes.map((n) => [n.termId, n.text, n.updatedAt])).toEqual([
      ['diuretics', 'v1 note', 2000],
      ['insomnia', 'v1 note', 1000],
    ]);
    expect(value(await listNotes({ topicId: 'sleep' }))).toHaveLength(1);
    await closeNotesDb();
    const v2 = await openDB(DB_NAME);
    expect(v2.version).toBe(2);
    expect([...v2.transaction('notes').store.indexNames].sort()).toEqual(['byCreated', 'byTopic']);
    v2.close();
  });

  it('leaves the old notes intact when an import is interrupted, and explains a full disk', async () => {
    await addNote(draft('insomnia', 'sleep', 'precious'));
    const incoming = importable(5);
    diskFullOnAdd(3);
    const result = await importNotes(incoming);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/no storage space left/);
    expect(result.ok ? '' : result.message).toMatch(/saved before are safe/);
    vi.restoreAllMocks();
    expect(await texts()).toEqual(['precious']);
  });

  it('reports a quota error on add as a clear message, keeping earlier notes', async () => {
    await addNote(draft('insomnia', 'sleep', 'earlier'));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const result = await addNote(draft('diuretics', 'medications'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no storage space left/) });
    vi.restoreAllMocks();
    expect(await texts()).toEqual(['earlier']);
  });

  it('steps aside when another page upgrades the database', async () => {
    await addNote(draft('insomnia', 'sleep'));
    const newer = await openDB(DB_NAME, 3); // would be blocked forever if our connection stayed open
    expect(newer.version).toBe(3);
    newer.close();
  });

  it('tells the user to close other MagLens tabs when an old connection blocks the upgrade', async () => {
    const stubborn = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id', autoIncrement: true });
      },
    });
    const result = await listNotes();
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Close other MagLens tabs/) });
    stubborn.close();
    await closeNotesDb();
  });

  it('tells other open pages when a note is saved', async () => {
    const heard = new Promise<boolean>((resolve) => {
      const stop = watchNotes(() => {
        stop();
        resolve(true);
      });
    });
    await addNote(draft('insomnia', 'sleep'));
    expect(await heard).toBe(true);
  });
});

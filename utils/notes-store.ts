import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { NoteDraft } from './messages';

/**
 * The user's saved notes, in one IndexedDB database `maglens` (through `idb`). Every function returns a
 * `StoreResult` instead of throwing, and a failed write never touches what was already saved.
 *
 * Schema history:
 *  v1 — a plain `notes` store (keyPath `id`, auto-increment), no indexes, records without `updatedAt`.
 *  v2 — indexes `byTopic` (topicId) and `byCreated` (createdAt); every record gets `updatedAt`.
 */

export interface Note {
  id: number;
  termId: string;
  topicId: string;
  pageTitle: string;
  pageUrl: string;
  /** The user's own words, e.g. "ask about switching PPI". */
  text: string;
  createdAt: number;
  updatedAt: number;
  /** The key of the click on Save that made it (notes saved from a card), so a repeated save is one note. */
  saveKey?: string;
}

/** A note's content without its key: what export files carry and imports add. */
export type NoteFields = Omit<Note, 'id' | 'saveKey'>;

/** How far back a repeated save (same saveKey) is looked for: a retry comes within seconds. */
const SAVE_KEY_WINDOW_MS = 10 * 60 * 1000;

export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const DB_NAME = 'maglens';
export const DB_VERSION = 2;
export const MAX_NOTE_TEXT = 5000;

interface MagLensDb extends DBSchema {
  notes: { key: number; value: Note; indexes: { byTopic: string; byCreated: number } };
}
type Db = IDBPDatabase<MagLensDb>;

export const BLOCKED_MESSAGE =
  'MagLens is updating its notes database. Close other MagLens tabs (reader or settings pages), then try again.';

class BlockedError extends Error {
  override name = 'BlockedError';
}

/** Brings a database of any older version up to DB_VERSION, keeping every record. */
async function upgradeSchema(
  db: Db,
  oldVersion: number,
  tx: IDBPTransaction<MagLensDb, 'notes'[], 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) db.createObjectStore('notes', { keyPath: 'id', autoIncrement: true });
  if (oldVersion < 2) {
    const store = tx.objectStore('notes');
    store.createIndex('byTopic', 'topicId');
    store.createIndex('byCreated', 'createdAt');
    let cursor = await store.openCursor();
    while (cursor) {
      const note = cursor.value as Partial<Note>;
      if (typeof note.updatedAt !== 'number')
        await cursor.update({ ...cursor.value, updatedAt: note.createdAt ?? 0 });
      cursor = await cursor.continue();
    }
  }
}

let pending: { promise: Promise<Db>; blocked: boolean } | null = null;

function connect(): Promise<Db> {
  if (pending) return pending.blocked ? Promise.reject(new BlockedError()) : pending.promise;
  let reportBlocked: () => void = () => {};
  const blocked = new Promise<never>((_, reject) => {
    reportBlocked = () => reject(new BlockedError());
  });
  const state = {
    blocked: false,
    promise: openDB<MagLensDb>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
      blocked: () => {
        state.blocked = true;
        reportBlocked();
      },
      // Another page wants a newer version: step aside so it is not blocked, reopen on next use.
      blocking: (_current, _next, event) => {
        (event.target as IDBDatabase).close();
        if (pending === state) pending = null;
      },
      terminated: () => {
        if (pending === state) pending = null;
      },
    }),
  };
  pending = state;
  state.promise.then(
    () => {
      state.blocked = false;
    },
    () => {
      if (pending === state) pending = null;
    },
  );
  blocked.catch(() => {});
  return Promise.race([state.promise, blocked]);
}

/** Closes the connection (tests, and before erasing everything). */
export async function closeNotesDb(): Promise<void> {
  const current = pending;
  pending = null;
  if (current) (await current.promise.catch(() => null))?.close();
}

export function describeStoreError(error: unknown, action: 'save' | 'read' = 'save'): string {
  const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'BlockedError') return BLOCKED_MESSAGE;
  if (name === 'QuotaExceededError' || /quota/i.test(text)) {
    return 'Your browser has no storage space left for MagLens, so this change was not saved. Notes you saved before are safe. Free up some disk space or delete old notes, then try again.';
  }
  if (action === 'read') return `MagLens could not read your notes (${text}).`;
  return `MagLens could not save this change (${text}). Notes you saved before are safe.`;
}

/** Other MagLens pages (an open reader tab, the popup) hear about changes through this channel. */
export const NOTES_CHANNEL = 'maglens-notes';

function announceChange(): void {
  try {
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // no BroadcastChannel here: other pages refresh when they are next opened
  }
}

/** Calls back when another page changed the notes. */
export function watchNotes(callback: () => void): () => void {
  try {
    const channel = new BroadcastChannel(NOTES_CHANNEL);
    channel.onmessage = () => callback();
    return () => channel.close();
  } catch {
    return () => {};
  }
}

async function run<T>(action: 'save' | 'read', work: (db: Db) => Promise<T>): Promise<StoreResult<T>> {
  try {
    const value = await work(await connect());
    if (action === 'save') announceChange();
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: describeStoreError(error, action) };
  }
}

const clip = (text: string | undefined) => (text ?? '').slice(0, MAX_NOTE_TEXT);

/** Adds a note. A draft with a saveKey that a recent note already has is that note (a retried save). */
export async function addNote(draft: NoteDraft & { topicId: string }): Promise<StoreResult<Note>> {
  const now = Date.now();
  const fields: Omit<Note, 'id'> = {
    termId: draft.termId,
    topicId: draft.topicId,
    pageTitle: draft.pageTitle.slice(0, 500),
    pageUrl: draft.pageUrl.slice(0, 2000),
    text: clip(draft.text),
    createdAt: now,
    updatedAt: now,
    ...(draft.saveKey ? { saveKey: draft.saveKey } : {}),
  };
  return run('save', async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    if (draft.saveKey) {
      const recent = await tx.store
        .index('byCreated')
        .getAll(IDBKeyRange.lowerBound(now - SAVE_KEY_WINDOW_MS));
      const same = recent.find((note) => note.saveKey === draft.saveKey);
      if (same) return same;
    }
    const id = await tx.store.add(fields as Note);
    await tx.done;
    return { ...fields, id };
  });
}

/** Newest first; with `topicId`, only that topic's notes (through the `byTopic` index). */
export function listNotes(filter: { topicId?: string } = {}): Promise<StoreResult<Note[]>> {
  return run('read', async (db) => {
    if (filter.topicId) {
      const notes = await db.getAllFromIndex('notes', 'byTopic', filter.topicId);
      return notes.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    }
    return (await db.getAllFromIndex('notes', 'byCreated')).reverse();
  });
}

export function updateNoteText(id: number, text: string): Promise<StoreResult<Note>> {
  return run('save', async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    const note = await tx.store.get(id);
    if (!note) throw new Error('this note no longer exists');
    const next = { ...note, text: clip(text), updatedAt: Date.now() };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/** Deletes a note and hands it back, so that "Undo" can restore it with `restoreNote`. */
export function deleteNote(id: number): Promise<StoreResult<Note | null>> {
  return run('save', async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    const note = (await tx.store.get(id)) ?? null;
    await tx.store.delete(id);
    await tx.done;
    return note;
  });
}

export function restoreNote(note: Note): Promise<StoreResult<Note>> {
  return run('save', async (db) => {
    await db.put('notes', note);
    return note;
  });
}

/** What makes an imported note the same as one already saved: term, page and time. */
const noteKey = (note: NoteFields) => `${note.termId}\u0000${note.pageUrl}\u0000${note.createdAt}`;

/** Imports add this many notes, then let the page breathe before the next batch (same transaction). */
export const IMPORT_BATCH = 1000;

/**
 * Adds imported notes in one transaction: all of them or, on any error, none. Notes already in the
 * store (same term, page and time) are skipped, so importing the same file twice changes nothing. The
 * comparison is a lookup in a set of keys, and the adds go in batches, so 20,000 notes do not freeze the page.
 */
export function importNotes(notes: NoteFields[]): Promise<StoreResult<{ added: number; skipped: number }>> {
  return run('save', async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    try {
      const seen = new Set<string>();
      for (const old of await tx.store.getAll()) seen.add(noteKey(old));
      const oldestFirst = [...notes].reverse().sort((a, b) => a.createdAt - b.createdAt);
      let added = 0;
      let batch: Promise<unknown>[] = [];
      for (const note of oldestFirst) {
        const key = noteKey(note);
        if (seen.has(key)) continue;
        seen.add(key);
        const request = tx.store.add(note as Note);
        request.catch(() => {}); // a failure is seen once, through Promise.all and tx.done
        batch.push(request);
        added += 1;
        if (batch.length >= IMPORT_BATCH) {
          await Promise.all(batch); // the transaction stays open while its own requests are awaited
          batch = [];
        }
      }
      await Promise.all(batch);
      await tx.done;
      return { added, skipped: notes.length - added };
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already aborted by the failed request
      }
      await tx.done.catch(() => {});
      throw error;
    }
  });
}

export function eraseAllNotes(): Promise<StoreResult<number>> {
  return run('save', async (db) => {
    const tx = db.transaction('notes', 'readwrite');
    const count = await tx.store.count();
    await tx.store.clear();
    await tx.done;
    return count;
  });
}

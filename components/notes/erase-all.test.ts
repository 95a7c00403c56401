import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { addNote, closeNotesDb, listNotes } from '@/utils/notes-store';
import { eraseAllMagLensData } from './erase-all';

describe('erase all MagLens data', () => {
  it('removes notes and settings', async () => {
    await closeNotesDb();
    await addNote({ termId: 'insomnia', topicId: 'sleep', pageTitle: 'p', pageUrl: 'https://e.org' });
    await browser.storage.sync.set({ settings: { enabled: false } });
    await browser.storage.local.set({ settingsNotice: 'x' });
    expect(await eraseAllMagLensData()).toEqual({ ok: true, value: 1 });
    expect(await listNotes()).toEqual({ ok: true, value: [] });
    expect(await browser.storage.sync.get()).toEqual({});
    expect(await browser.storage.local.get()).toEqual({});
  });
});

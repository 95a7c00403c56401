import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter } from '@/entrypoints/background/message-router';
import { addNote, closeNotesDb, DB_NAME, listNotes } from '@/utils/notes-store';
import { loadSettings } from '@/utils/settings';
import { hideTopic, openReader, SAVE_UNKNOWN_MESSAGE, saveNote, turnOffForSite } from './card-actions';

/**
 * The fault a user meets: the service worker stops while a card's Save is under way, and the message
 * channel closes before the reply. The real background router and notes store run behind a sendMessage
 * that fails the way Chromium does.
 */
const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const route = createMessageRouter({
  api: { runtime: { id: fakeBrowser.runtime.id, getURL: (p) => p }, tabs: { create: async () => {} } },
  dataset: { termTopics: { insomnia: 'sleep' } },
  addNote,
});
const deliver = (message: unknown) => route(message, {}) as Promise<unknown>;
const page = { title: 'Sleep tips', url: 'https://example.org/sleep' };
const notes = async () => {
  const listed = await listNotes();
  return listed.ok ? listed.value : [];
};

/** sendMessage that runs `attempts` in turn: 'saved-then-closed', 'closed' (nothing done) or 'ok'. */
function background(...attempts: ('saved-then-closed' | 'closed' | 'ok')[]) {
  const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  for (const attempt of attempts) {
    spy.mockImplementationOnce(async (message: unknown) => {
      if (attempt === 'ok') return deliver(message);
      if (attempt === 'saved-then-closed') await deliver(message);
      throw new Error(CLOSED);
    });
  }
  return spy;
}

beforeEach(async () => {
  await closeNotesDb();
  await deleteDB(DB_NAME);
});
afterEach(() => vi.restoreAllMocks());

describe('Save when the background stops mid-save', () => {
  it('saved before the channel closed: the retry files no second note and the card says Saved', async () => {
    const sent = background('saved-then-closed', 'ok');
    expect(await saveNote('insomnia', page)).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledTimes(2);
    expect(await notes()).toHaveLength(1);
  });

  it('stopped before saving: the retry saves it, once', async () => {
    background('closed', 'ok');
    expect(await saveNote('insomnia', page)).toEqual({ ok: true });
    expect((await notes()).map((n) => n.pageTitle)).toEqual(['Sleep tips']);
  });

  it('no answer twice: the card says plainly it cannot tell, not the browser message', async () => {
    background('saved-then-closed', 'closed');
    const result = await saveNote('insomnia', page);
    expect(result).toEqual({ ok: false, message: SAVE_UNKNOWN_MESSAGE });
    expect(JSON.stringify(result)).not.toContain('listener');
    expect(await notes()).toHaveLength(1);
  });

  it('two clicks on Save are two notes (each click has its own key)', async () => {
    background('ok', 'ok');
    await saveNote('insomnia', page);
    await saveNote('insomnia', page);
    expect(await notes()).toHaveLength(2);
  });

  it('Read more whose background stops says so plainly, without the browser message', async () => {
    background('closed');
    const result = await openReader({ articleId: 'sleep', sectionId: 'night-cramps', label: '' });
    expect(result).toEqual({
      ok: false,
      message: 'MagLens could not open the reader: its background did not answer. Try again.',
    });
  });
});

describe('the card changing settings', () => {
  it('goes through the background, whose change is kept; a stopped background is retried', async () => {
    const sent = background('ok', 'closed', 'ok');
    expect(await hideTopic('sleep')).toEqual({ ok: true });
    expect(await turnOffForSite('www.example.org')).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledTimes(3);
    const settings = await loadSettings();
    expect(settings.disabledTopics).toEqual(['sleep']);
    expect(settings.sites).toEqual(['example.org']);
  });
});

import { describe, expect, it } from 'vitest';
import { createMessageRouter } from './message-router';
import type { ReaderApi } from './open-reader';

const api: ReaderApi = {
  runtime: { id: 'maglens', getURL: (path) => `moz-extension://maglens${path}` },
  tabs: { create: async () => {} },
};
const route = createMessageRouter({
  api,
  dataset: { termTopics: { digoxin: 'medications' } },
  addNote: async (d) => ({ ok: true, value: { ...d, id: 1, text: '', createdAt: 0, updatedAt: 0 } }),
});

describe('background message router', () => {
  it('answers command-keys with the keys of the open-card command, or none without the commands API', async () => {
    const withKeys = createMessageRouter({
      api,
      dataset: { termTopics: {} },
      addNote: async () => ({ ok: false, message: 'unused' }),
      commands: { getAll: async () => [{ name: 'open-card', shortcut: 'Alt+Shift+M' }] },
    });
    await expect(withKeys({ type: 'command-keys' }, { id: 'maglens' })).resolves.toEqual({
      openCard: 'Alt+Shift+M',
    });
    await expect(route({ type: 'command-keys' }, { id: 'maglens' })).resolves.toEqual({ openCard: '' });
  });

  it('answers open-reader and save-note with a Promise', async () => {
    await expect(route({ type: 'open-reader', articleId: 'food' }, { id: 'maglens' })).resolves.toEqual({
      ok: true,
    });
    const note = { termId: 'digoxin', pageTitle: 't', pageUrl: 'u' };
    await expect(route({ type: 'save-note', note }, { id: 'maglens' })).resolves.toEqual({ ok: true, id: 1 });
  });

  it('leaves malformed messages, messages for others and other extensions unanswered', () => {
    expect(route({ type: 'save-note', note: { termId: 5 } }, { id: 'maglens' })).toBeUndefined();
    expect(route({ type: 'page-terms' }, { id: 'maglens' })).toBeUndefined();
    expect(route('hello', {})).toBeUndefined();
    expect(route({ type: 'open-reader', articleId: 'food' }, { id: 'someone-else' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage, type Message } from '@/utils/messages';
import { loadSettings, updateSettings } from '@/utils/settings';
import { hideTopic, openReader, saveNote, turnOffForSite } from './card-actions';

function answerBackground(reply: (message: Message) => unknown): Message[] {
  const seen: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    seen.push(message);
    return Promise.resolve(reply(message));
  });
  return seen;
}

describe('card actions', () => {
  it('asks the background to open the reader at the section', async () => {
    const seen = answerBackground(() => ({ ok: true }));
    const result = await openReader({ articleId: 'medicines', sectionId: 'diuretics', label: 'x' });
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([{ type: 'open-reader', articleId: 'medicines', sectionId: 'diuretics' }]);
  });

  it('saves a note with the page title and address', async () => {
    const seen = answerBackground(() => ({ ok: true, id: 7 }));
    const result = await saveNote('insomnia', { title: 'Sleep tips', url: 'https://example.org/a' });
    expect(result).toEqual({ ok: true });
    expect(seen).toEqual([
      {
        type: 'save-note',
        note: {
          termId: 'insomnia',
          pageTitle: 'Sleep tips',
          pageUrl: 'https://example.org/a',
          saveKey: expect.any(String),
        },
      },
    ]);
  });

  it("passes on the store's error message when a note cannot be saved", async () => {
    answerBackground(() => ({ ok: false, message: 'Storage is full.' }));
    expect(await saveNote('insomnia', { title: '', url: '' })).toEqual({
      ok: false,
      message: 'Storage is full.',
    });
  });

  it('reports a background that does not answer instead of throwing', async () => {
    const result = await openReader({ articleId: 'sleep', sectionId: 'night-cramps', label: '' });
    expect(result.ok).toBe(false);
  });

  it('adds the topic to the disabled topics once', async () => {
    await updateSettings({ disabledTopics: ['bones'] });
    expect(await hideTopic('sleep')).toEqual({ ok: true });
    expect(await hideTopic('sleep')).toEqual({ ok: true });
    expect((await loadSettings()).disabledTopics).toEqual(['bones', 'sleep']);
  });

  it('lists the site as switched off', async () => {
    expect(await turnOffForSite('www.example.org')).toEqual({ ok: true });
    const settings = await loadSettings();
    expect(settings.sites).toEqual(['example.org']);
    expect(settings.siteMode).toBe('all-except');
  });

  it('removes the site from an "only on listed sites" list', async () => {
    await updateSettings({ siteMode: 'only-listed', sites: ['example.org', 'news.test'] });
    await turnOffForSite('example.org');
    expect((await loadSettings()).sites).toEqual(['news.test']);
  });
});

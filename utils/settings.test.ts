import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  describeStorageError,
  loadSettings,
  normalizeSettings,
  type Settings,
  SYNC_ITEM_MAX_BYTES,
  saveSettings,
  settingsBytes,
  settingsItem,
  settingsNoticeItem,
  watchSettings,
} from './settings';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const storeRaw = (value: unknown, version = 2) =>
  fakeBrowser.storage.sync.set({ settings: value, settings$: { v: version } });

describe('defaults', () => {
  it('are what a new user gets: everything on, dotted underline, hover after 350 ms', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, disabledTopics: [], style: 'underline' });
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('are frozen, and every load hands out fresh lists', async () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    const settings = await loadSettings();
    settings.sites.push('example.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });
});

describe('normalizeSettings', () => {
  it('keeps good fields, resets bad ones and reports them', () => {
    const { settings, repaired } = normalizeSettings({ style: 'background', hoverDelayMs: -5, trigger: 42 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
    expect(repaired).toEqual(['hoverDelayMs', 'trigger']);
  });

  it('takes defaults silently for missing fields and ignores unknown ones', () => {
    expect(normalizeSettings({ density: 'every', future: true })).toEqual({
      settings: { ...DEFAULT_SETTINGS, density: 'every' },
      repaired: [],
    });
  });

  it('resets everything for a value that is not an object', () => {
    for (const raw of ['garbage', 42, [1, 2]]) {
      const { settings, repaired } = normalizeSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(repaired).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
    }
  });

  it('cleans and deduplicates site patterns and topic ids', () => {
    const { settings, repaired } = normalizeSettings({
      sites: ['https://www.Example.com/x', 'example.com', 'news.org', '127.0.0.1'],
      disabledTopics: ['sleep', ' sleep', 'bones'],
      singleColor: '#ABCDEF',
    });
    expect(settings.sites).toEqual(['example.com', 'news.org', '127.0.0.1']);
    expect(settings.disabledTopics).toEqual(['sleep', 'bones']);
    expect(settings.singleColor).toBe('#abcdef');
    expect(repaired).toEqual([]);
  });

  it('drops list entries that are not valid, keeps the rest and reports the list', () => {
    const { settings, repaired } = normalizeSettings({
      sites: ['example.com', 'not a site', 7],
      disabledTopics: ['Sleep!', 'bones'],
    });
    expect(settings.sites).toEqual(['example.com']);
    expect(settings.disabledTopics).toEqual(['bones']);
    expect(repaired).toEqual(['disabledTopics', 'sites']);
  });
});

describe('migration from version 1', () => {
  it('turns the v1 shape into v2 through WXT storage migrations', async () => {
    await storeRaw(
      {
        enabled: true,
        topics: { sleep: true, medications: false },
        highlight: 'none',
        blockedSites: ['https://www.example.com/news'],
        delay: 600,
      },
      1,
    );
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledTopics: ['medications'],
      style: 'off',
      hoverDelayMs: 600,
      sites: ['https://www.example.com/news'],
    });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    expect(await loadSettings()).toMatchObject({ sites: ['example.com'], style: 'off' });
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('treats a value without version meta as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlight: 'background' } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('resets bad v1 values and tells the user which', async () => {
    await storeRaw({ highlight: 'neon', delay: 600 }, 1);
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 600 });
    expect(await settingsNoticeItem.getValue()).toContain('highlight style');
  });
});

describe('loadSettings with a corrupt stored value', () => {
  it('replaces it with defaults, saves the repair and tells the user once', async () => {
    await storeRaw('}{ not settings');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsNoticeItem.getValue()).toMatch(/reset to their defaults: .*site list/);
    expect(await stored()).toEqual(DEFAULT_SETTINGS);

    await settingsNoticeItem.setValue(null); // the options page showed it
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('keeps the good fields of a partly corrupt value', async () => {
    await storeRaw({ ...DEFAULT_SETTINGS, style: 'background', sites: 'example.com' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
    expect(await settingsNoticeItem.getValue()).toContain('site list');
  });

  it('reads defaults without overwriting anything when storage cannot be read', async () => {
    await storeRaw({ ...DEFAULT_SETTINGS, style: 'background' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await stored())?.style).toBe('background');
  });
});

describe('saveSettings', () => {
  it('saves a change on top of the stored settings', async () => {
    await saveSettings({ style: 'background' });
    const result = await saveSettings({ disabledTopics: ['medications'] });
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, style: 'background', disabledTopics: ['medications'] },
    });
    expect(await stored()).toEqual(result.ok && result.settings);
  });

  it('loses none of several quick changes', async () => {
    await Promise.all([
      saveSettings({ style: 'background' }),
      saveSettings({ density: 'every' }),
      saveSettings({ touchTap: false }),
    ]);
    expect(await stored()).toMatchObject({ style: 'background', density: 'every', touchTap: false });
  });

  it('refuses an invalid value and stores nothing', async () => {
    const result = await saveSettings({ hoverDelayMs: 9000 });
    expect(result).toEqual({ ok: false, message: 'Invalid value for hover delay.' });
    expect(await stored()).toBeUndefined();
  });

  it('refuses a site list too big for storage.sync before writing, with the quota message', async () => {
    await saveSettings({ sites: ['example.com'] });
    const sites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.org`);
    expect(settingsBytes({ ...DEFAULT_SETTINGS, sites })).toBeGreaterThan(SYNC_ITEM_MAX_BYTES);
    const result = await saveSettings({ sites });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('sync storage is full') });
    expect((await stored())?.sites).toEqual(['example.com']);
  });

  it('reports a storage error in plain words', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSettings({ style: 'off' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Remove some sites') });
    expect(await saveSettings({ style: 'off' })).toMatchObject({ ok: true });
  });
});

describe('describeStorageError', () => {
  it('explains quota and rate limits, and passes other errors on', () => {
    expect(describeStorageError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toContain('full');
    expect(
      describeStorageError(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.')),
    ).toContain('Too many changes');
    expect(describeStorageError('disk on fire')).toBe('MagLens could not save your settings: disk on fire');
  });
});

describe('watchSettings', () => {
  it('calls back with validated settings on every change', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({ style: 'background' });
    await storeRaw({ style: 'neon', density: 'every' });
    unwatch();
    await saveSettings({ style: 'off' });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, style: 'background' },
      { ...DEFAULT_SETTINGS, density: 'every' },
    ]);
  });
});

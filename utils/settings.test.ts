import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  describeStorageError,
  loadSettings,
  MISSING_MARKER_NOTICE,
  newerVersionNotice,
  normalizeSettings,
  readSettingsQuietly,
  type Settings,
  SYNC_ITEM_MAX_BYTES,
  settingsBytes,
  settingsNoticeItem,
  updateSettings,
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
  it('turns the v1 shape into v2 and marks it as version 2', async () => {
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
    const expected = {
      ...DEFAULT_SETTINGS,
      disabledTopics: ['medications'],
      style: 'off',
      hoverDelayMs: 600,
      sites: ['example.com'],
    };
    expect(await loadSettings()).toEqual(expected);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: expected,
      settings$: { v: 2 },
    });
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('treats a v1-shaped value without version marker as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlight: 'background' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('resets bad v1 values and tells the user which', async () => {
    await storeRaw({ highlight: 'neon', delay: 600 }, 1);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 600 });
    expect(await settingsNoticeItem.getValue()).toContain('highlight style');
  });
});

describe('stored settings keep what they can', () => {
  const mine: Settings = {
    ...DEFAULT_SETTINGS,
    disabledTopics: ['sleep', 'bones'],
    style: 'background',
    density: 'every',
    siteMode: 'only-listed',
    sites: ['example.org', 'news.test'],
  };

  it('keeps current settings whose version marker is missing, marks them and says so once', async () => {
    await fakeBrowser.storage.sync.set({ settings: mine }); // as after a partial sync or a restore
    expect(await loadSettings()).toEqual(mine);
    expect(await settingsNoticeItem.getValue()).toBe(MISSING_MARKER_NOTICE);
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
    await settingsNoticeItem.setValue(null);
    expect(await loadSettings()).toEqual(mine);
    expect(await settingsNoticeItem.getValue()).toBeNull();
  });

  it('a save after "Erase all data" wrote the marker with the value, so the next load keeps the change', async () => {
    await fakeBrowser.storage.sync.clear();
    await updateSettings({ style: 'off' });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect((await loadSettings()).style).toBe('off');
  });

  it('uses what it understands of a newer version, logs no error, tells once and keeps the unknown parts', async () => {
    const errors = vi.spyOn(console, 'error');
    await storeRaw({ ...mine, style: 'glow', futureOption: { on: true } }, 3);
    expect(await loadSettings()).toEqual({ ...mine, style: 'underline' });
    expect(await settingsNoticeItem.getValue()).toContain(newerVersionNotice(3));
    await settingsNoticeItem.setValue(null);
    await loadSettings();
    expect(await settingsNoticeItem.getValue()).toBeNull();

    await updateSettings({ density: 'first' });
    const after = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(after.settings$).toEqual({ v: 3 });
    expect(after.settings).toMatchObject({ futureOption: { on: true }, density: 'first', sites: mine.sites });
    expect(errors).not.toHaveBeenCalled();
  });

  it('keeps the first 500 sites of a longer list, not none, and says so', async () => {
    const sites = Array.from({ length: 711 }, (_, i) => `s${i}.io`);
    await storeRaw({ ...mine, sites });
    const loaded = await loadSettings();
    expect(loaded.siteMode).toBe('only-listed');
    expect(loaded.sites).toEqual(sites.slice(0, 500));
    expect(await settingsNoticeItem.getValue()).toContain('kept the first 500 of 711 sites');
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

describe('readSettingsQuietly (the content script of every frame)', () => {
  it('reads a partly corrupt value with its good fields, and leaves the repair and the notice to the pages', async () => {
    const corrupt = { ...DEFAULT_SETTINGS, style: 'neon', density: 'every' };
    await storeRaw(corrupt);
    expect(await readSettingsQuietly()).toEqual({ ...DEFAULT_SETTINGS, density: 'every' });
    expect(await stored()).toEqual(corrupt);
    expect(await settingsNoticeItem.getValue()).toBeNull();
    // The options page or the popup then repairs it and says so.
    await loadSettings();
    expect(await settingsNoticeItem.getValue()).toContain('highlight style');
  });

  it("reads version-1 settings as today's, and defaults when storage cannot be read", async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, highlight: 'none', delay: 500 } });
    expect(await readSettingsQuietly()).toMatchObject({ enabled: false, style: 'off', hoverDelayMs: 500 });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('IO error'));
    expect(await readSettingsQuietly()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  it('saves a change on top of the stored settings', async () => {
    await updateSettings({ style: 'background' });
    const result = await updateSettings({ disabledTopics: ['medications'] });
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, style: 'background', disabledTopics: ['medications'] },
    });
    expect(await stored()).toEqual(result.ok && result.settings);
  });

  it('loses none of several quick changes', async () => {
    await Promise.all([
      updateSettings({ style: 'background' }),
      updateSettings({ density: 'every' }),
      updateSettings({ touchTap: false }),
    ]);
    expect(await stored()).toMatchObject({ style: 'background', density: 'every', touchTap: false });
  });

  it('refuses an invalid value and stores nothing', async () => {
    const result = await updateSettings({ hoverDelayMs: 9000 });
    expect(result).toEqual({ ok: false, message: 'Invalid value for hover delay.' });
    expect(await stored()).toBeUndefined();
  });

  it('refuses a site list too big for storage.sync before writing, with the quota message', async () => {
    await updateSettings({ sites: ['example.com'] });
    const sites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.org`);
    expect(settingsBytes({ ...DEFAULT_SETTINGS, sites })).toBeGreaterThan(SYNC_ITEM_MAX_BYTES);
    const result = await updateSettings({ sites });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('sync storage is full') });
    expect((await stored())?.sites).toEqual(['example.com']);
  });

  it('reports a storage error in plain words', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await updateSettings({ style: 'off' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Remove some sites') });
    expect(await updateSettings({ style: 'off' })).toMatchObject({ ok: true });
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
    await updateSettings({ style: 'background' });
    await storeRaw({ style: 'neon', density: 'every' });
    unwatch();
    await updateSettings({ style: 'off' });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, style: 'background' },
      { ...DEFAULT_SETTINGS, density: 'every' },
    ]);
  });

  it('stays quiet when the same settings are written again, or when other stored values change', async () => {
    await updateSettings({ style: 'background' });
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ style: 'background' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.sync.set({ other: 2 });
    await updateSettings({ density: 'every' });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, style: 'background', density: 'every' }]);
  });
});

import { browser } from 'wxt/browser';
import { normalizeSitePattern } from './site-rules';

/**
 * Every MagLens setting, declared once. Stored in storage.sync (it follows the user between browsers),
 * versioned with migrations; every value read back is validated field by field, so a corrupt or foreign
 * value never reaches the UI: bad fields fall back to their defaults and the user is told once.
 */

export * from './settings-defaults';

import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, SETTINGS_VERSION, type Settings } from './settings-defaults';

/** Chrome and Firefox both refuse a storage.sync item over 8,192 bytes (key + JSON value). */
export const SYNC_ITEM_MAX_BYTES = 8192;
const SETTINGS_KEY = 'settings';

/** How each setting is named to people, in notices and import errors. */
export const SETTING_LABELS: Readonly<Record<keyof Settings, string>> = {
  enabled: 'MagLens on or paused',
  disabledTopics: 'topics',
  style: 'highlight style',
  colorMode: 'colour mode',
  singleColor: 'highlight colour',
  density: 'how often terms are marked',
  hoverDelayMs: 'hover delay',
  trigger: 'how cards open',
  modifierKey: 'modifier key',
  touchTap: 'tap to open',
  focusOpensCard: 'open on keyboard focus',
  siteMode: 'where MagLens runs',
  sites: 'site list',
};

export const describeFields = (keys: readonly (keyof Settings)[]) =>
  keys.map((key) => SETTING_LABELS[key]).join(', ');

const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_LIST = 500;

/** A field's check: the clean value (`lossy` when some list entries had to go, with `note` saying what
 * happened when that is more than "bad entries were dropped"), or undefined if unusable. */
type Check<T> = (v: unknown) => { value: T; lossy?: boolean; note?: string } | undefined;
const when = <T>(ok: boolean, value: T) => (ok ? { value } : undefined);

const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v) =>
    when(typeof v === 'string' && (values as string[]).includes(v), v as T);
const bool: Check<boolean> = (v) => when(typeof v === 'boolean', v as boolean);
const color: Check<string> = (v) =>
  typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v) ? { value: v.toLowerCase() } : undefined;
const delay: Check<number> = (v) =>
  when(
    typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max,
    v as number,
  );

/** A list of strings, each cleaned by `clean` (null drops it); duplicates go silently. A list longer than
 * MAX_LIST keeps its first MAX_LIST good entries and says so. */
const cleanList =
  (clean: (item: string) => string | null, noun: string): Check<string[]> =>
  (v) => {
    if (!Array.isArray(v)) return undefined;
    const out = new Set<string>();
    let lossy = false;
    for (const item of v) {
      const cleaned = typeof item === 'string' ? clean(item) : null;
      if (cleaned === null) lossy = true;
      else out.add(cleaned);
    }
    if (out.size <= MAX_LIST) return { value: [...out], lossy };
    const note = `kept the first ${MAX_LIST} of ${out.size} ${noun} (MagLens holds at most ${MAX_LIST})`;
    return { value: [...out].slice(0, MAX_LIST), lossy: true, note };
  };
const topicIds = cleanList((id) => (TOPIC_ID.test(id.trim()) ? id.trim() : null), 'topics');
const sitePatterns = cleanList(normalizeSitePattern, 'sites');

const FIELDS: { [K in keyof Settings]: Check<Settings[K]> } = {
  enabled: bool,
  disabledTopics: topicIds,
  style: oneOf('underline', 'background', 'off'),
  colorMode: oneOf('topic', 'single'),
  singleColor: color,
  density: oneOf('first', 'every'),
  hoverDelayMs: delay,
  trigger: oneOf('hover', 'modifier', 'click'),
  modifierKey: oneOf('Alt', 'Shift', 'Control', 'Meta'),
  touchTap: bool,
  focusOpensCard: bool,
  siteMode: oneOf('all-except', 'only-listed'),
  sites: sitePatterns,
};
const FIELD_KEYS = Object.keys(FIELDS) as (keyof Settings)[];

export const defaultSettings = (): Settings => ({ ...DEFAULT_SETTINGS, disabledTopics: [], sites: [] });

export interface NormalizedSettings {
  settings: Settings;
  /** Fields that were of the wrong type or out of range and were reset to their defaults, or lists
   * that lost bad entries (a site pattern that is not a site) or were cut to the longest MagLens keeps. */
  repaired: (keyof Settings)[];
  /** For some repaired fields, what was done in words ("kept the first 500 of 711 sites ..."). */
  notes?: Partial<Record<keyof Settings, string>>;
}

/** Validates a value read from storage or an import, keeping every good field (site patterns and topic
 * ids cleaned and deduplicated). Missing fields take their defaults silently (a newer version added
 * them); present but invalid ones are reported. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, repaired: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, repaired: [...FIELD_KEYS] };
  const source = raw as Record<string, unknown>;
  const repaired: (keyof Settings)[] = [];
  const notes: Partial<Record<keyof Settings, string>> = {};
  const target = settings as unknown as Record<string, unknown>;
  for (const key of FIELD_KEYS) {
    if (source[key] === undefined) continue;
    const checked = FIELDS[key](source[key]);
    if (checked) target[key] = checked.value;
    if (!checked || checked.lossy) repaired.push(key);
    if (checked?.note) notes[key] = checked.note;
  }
  return Object.keys(notes).length > 0 ? { settings, repaired, notes } : { settings, repaired };
}

/** The shape of the first prototype's settings (version 1), kept for migration. */
export interface SettingsV1 {
  enabled?: boolean;
  topics?: Record<string, boolean>;
  highlight?: 'underline' | 'background' | 'none';
  blockedSites?: string[];
  delay?: number;
}

/** Maps a version-1 value onto version 2. Bad values are carried over as they are, so that the next read
 * (`loadSettings`) replaces them with defaults and tells the user which ones; a value that is not an
 * object at all is returned unchanged for the same reason. */
export function migrateV1toV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const v1 = old as Record<string, unknown>;
  const topics = v1.topics;
  const mapped: Partial<Record<keyof Settings, unknown>> = {
    enabled: v1.enabled,
    disabledTopics:
      topics && typeof topics === 'object' && !Array.isArray(topics)
        ? Object.entries(topics)
            .filter(([, on]) => on === false)
            .map(([id]) => id)
        : topics,
    style: v1.highlight === 'none' ? 'off' : v1.highlight,
    hoverDelayMs: v1.delay,
    sites: v1.blockedSites,
    siteMode: 'all-except',
  };
  const defined = Object.entries(mapped).filter(([, value]) => value !== undefined);
  return { ...defaultSettings(), ...Object.fromEntries(defined) };
}

/** Settings as stored: the value under `settings` and its version marker under `settings$` ({ v }), the
 * layout WXT storage uses (read and written with the storage API directly: the content script of every
 * frame reads them, and WXT's storage layer would add 8 KiB to it). Versions are read here, so that a
 * missing marker or a newer version keeps what it can and logs nothing to the page's console. */
const MARKER_KEY = `${SETTINGS_KEY}$`;

/** One value in storage.local: read (null when absent or unreadable) and written. */
export interface LocalItem<T> {
  getValue(): Promise<T | null>;
  setValue(value: T | null): Promise<void>;
}

function localItem<T>(key: string): LocalItem<T> {
  return {
    getValue: async () => ((await browser.storage.local.get(key))[key] as T | undefined) ?? null,
    setValue: (value) =>
      value === null ? browser.storage.local.remove(key) : browser.storage.local.set({ [key]: value }),
  };
}

/** A message for the user, shown once by the popup or the options page, then cleared. */
export const settingsNoticeItem = localItem<string>('settingsNotice');
/** The newest settings version the user was already told about, so that notice is given once. */
const newerNoticeItem = localItem<number>('newerSettingsNoticed');

export const repairNotice = (
  repaired: readonly (keyof Settings)[],
  notes: NormalizedSettings['notes'] = {},
) => {
  const reset = repaired.filter((key) => !notes[key]);
  const cut = repaired.filter((key) => notes[key]).map((key) => `${SETTING_LABELS[key]}: ${notes[key]}`);
  const parts = [
    reset.length > 0
      ? `Some MagLens settings could not be read and were reset to their defaults: ${describeFields(reset)}.`
      : '',
    cut.length > 0 ? `Some MagLens settings were too long and were shortened (${cut.join('; ')}).` : '',
  ];
  return parts.filter(Boolean).join(' ');
};

export const MISSING_MARKER_NOTICE =
  'MagLens found its settings without their version mark (as after a partial sync or a restore) and kept them.';
export const newerVersionNotice = (version: number) =>
  `Your MagLens settings were saved by a newer version of MagLens (settings version ${version}). This version ` +
  'uses the parts it understands and keeps the rest when it saves.';

const V1_KEYS = ['topics', 'highlight', 'blockedSites', 'delay'];

interface StoredSettings {
  raw: unknown;
  /** The version the value is in: from its marker, or worked out from its shape when the marker is gone. */
  version: number;
  markerMissing: boolean;
}

async function readStored(): Promise<StoredSettings> {
  const got = await browser.storage.sync.get([SETTINGS_KEY, MARKER_KEY]);
  const raw = got[SETTINGS_KEY] ?? null;
  const marker = (got[MARKER_KEY] as { v?: unknown } | undefined)?.v;
  if (typeof marker === 'number' && Number.isInteger(marker) && marker >= 1) {
    return { raw, version: marker, markerMissing: false };
  }
  if (raw === null) return { raw, version: SETTINGS_VERSION, markerMissing: false };
  const keys = raw && typeof raw === 'object' ? Object.keys(raw) : [];
  const looksV1 =
    keys.some((k) => V1_KEYS.includes(k)) && !keys.some((k) => k in DEFAULT_SETTINGS && k !== 'enabled');
  return { raw, version: looksV1 ? 1 : SETTINGS_VERSION, markerMissing: !looksV1 };
}

/** What to store for `settings`: a value from a newer version keeps the fields this one does not know. */
function storedForm(settings: Settings, from: StoredSettings) {
  const newer = from.version > SETTINGS_VERSION && from.raw && typeof from.raw === 'object';
  return {
    [SETTINGS_KEY]: newer ? { ...(from.raw as object), ...settings } : settings,
    [MARKER_KEY]: { v: Math.max(from.version, SETTINGS_VERSION) },
  };
}

/** The settings as stored, validated (bad fields at their defaults), read without repairing them or telling
 * anyone: for the content script of every frame, which only reads them. The popup and the options page
 * (loadSettings) repair a corrupt value and tell the user, once. */
export async function readSettingsQuietly(): Promise<Settings> {
  try {
    return normalizeStored(await readStored()).settings;
  } catch {
    return defaultSettings();
  }
}

/** What is stored, in today's version (migrated from version 1) and validated. */
const normalizeStored = (stored: StoredSettings): NormalizedSettings =>
  normalizeSettings(stored.version === 1 ? migrateV1toV2(stored.raw) : stored.raw);

/** Reads the settings, repairing (and saving back) anything corrupt, and telling the user once. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

async function readSettings(): Promise<{ settings: Settings; stored: StoredSettings }> {
  let stored: StoredSettings;
  try {
    stored = await readStored();
  } catch {
    // Storage unreadable right now: don't overwrite what may be fine later.
    return {
      settings: defaultSettings(),
      stored: { raw: null, version: SETTINGS_VERSION, markerMissing: false },
    };
  }
  const { settings, repaired, notes } = normalizeStored(stored);
  const notices: string[] = [];
  if (repaired.length > 0) notices.push(repairNotice(repaired, notes));
  if (stored.markerMissing) notices.push(MISSING_MARKER_NOTICE);
  if (stored.version > SETTINGS_VERSION) {
    const told = await newerNoticeItem.getValue().catch(() => null);
    if (told !== stored.version) {
      notices.push(newerVersionNotice(stored.version));
      await newerNoticeItem.setValue(stored.version).catch(() => {});
    }
  }
  if (notices.length > 0) await settingsNoticeItem.setValue(notices.join(' ')).catch(() => {});
  if (repaired.length > 0 || stored.markerMissing || stored.version < SETTINGS_VERSION) {
    // Several pages may repair at once: write only if nobody saved something newer meanwhile.
    const again = await browser.storage.sync.get(SETTINGS_KEY).catch(() => undefined);
    if (JSON.stringify(again?.[SETTINGS_KEY] ?? null) === JSON.stringify(stored.raw)) {
      await browser.storage.sync.set(storedForm(settings, stored)).catch(() => {});
    }
  }
  return { settings, stored };
}

/** The size storage.sync counts for the settings item. */
export const settingsBytes = (settings: object) =>
  new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;

export type SaveResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** A change: the fields to set, or a function from the latest stored settings to the fields to set. */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

let saving: Promise<unknown> = Promise.resolve();

/** The one way to change settings. Changes run one after another, each on top of the latest stored value
 * (a function patch sees that value, so "add this site" never rebuilds the list from an old copy). In the
 * extension's own pages and its background the queue is shared through a Web Lock, so the popup and the
 * options page changing settings at the same moment lose nothing. A change that would not fit in
 * storage.sync, or that storage refuses, saves nothing and returns the message to show. */
export function updateSettings(patch: SettingsPatch): Promise<SaveResult> {
  const run = saving.then(() => withSettingsLock(() => writeSettings(patch)));
  saving = run.catch(() => {});
  return run;
}

const SETTINGS_LOCK = 'maglens-settings';

/** Web Locks are per origin: only the extension's own origin shares one with the other pages. A content
 * script runs in the page's origin, where a lock would be the page's, so it queues only within itself. */
function withSettingsLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const origin = globalThis.location?.protocol ?? '';
  if (!locks || !/^(chrome|moz)-extension:$/.test(origin)) return task();
  return locks.request(SETTINGS_LOCK, task) as Promise<T>;
}

async function writeSettings(patch: SettingsPatch): Promise<SaveResult> {
  const { settings: current, stored } = await readSettings();
  const changes = typeof patch === 'function' ? patch(current) : patch;
  const { settings, repaired, notes } = normalizeSettings({ ...current, ...changes });
  if (repaired.length > 0) {
    const why = repaired.map((key) =>
      notes?.[key] ? `${SETTING_LABELS[key]} (${notes[key]})` : SETTING_LABELS[key],
    );
    return { ok: false, message: `Invalid value for ${why.join(', ')}.` };
  }
  const value = storedForm(settings, stored);
  if (settingsBytes(value[SETTINGS_KEY]) > SYNC_ITEM_MAX_BYTES) {
    return { ok: false, message: describeStorageError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) };
  }
  try {
    await browser.storage.sync.set(value);
    return { ok: true, settings };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export function describeStorageError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return 'Too many changes in a short time, so this one was not saved. Wait a minute and try again.';
  }
  if (/quota|QUOTA_BYTES|MAX_ITEMS/i.test(text)) {
    return 'Your browser’s sync storage is full, so this change was not saved. Remove some sites from the list and try again.';
  }
  return `MagLens could not save your settings: ${text}`;
}

/** Calls back with validated settings whenever they change, in any tab or page. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    // Storage reports a write of the same value too: that is no change.
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(normalizeSettings(change.newValue ?? null).settings);
  };
  browser.storage.sync.onChanged.addListener(onChanged);
  return () => browser.storage.sync.onChanged.removeListener(onChanged);
}

import { storage } from 'wxt/utils/storage';
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
  siteMode: 'where MagLens runs',
  sites: 'site list',
};

export const describeFields = (keys: readonly (keyof Settings)[]) =>
  keys.map((key) => SETTING_LABELS[key]).join(', ');

const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_LIST = 500;

/** A field's check: the clean value (`lossy` when some list entries had to go), or undefined if unusable. */
type Check<T> = (v: unknown) => { value: T; lossy?: boolean } | undefined;
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

/** A list of strings, each cleaned by `clean` (null drops it); duplicates go silently. */
const cleanList =
  (clean: (item: string) => string | null): Check<string[]> =>
  (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return undefined;
    const out = new Set<string>();
    let lossy = false;
    for (const item of v) {
      const cleaned = typeof item === 'string' ? clean(item) : null;
      if (cleaned === null) lossy = true;
      else out.add(cleaned);
    }
    return { value: [...out], lossy };
  };
const topicIds = cleanList((id) => (TOPIC_ID.test(id.trim()) ? id.trim() : null));
const sitePatterns = cleanList(normalizeSitePattern);

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
  siteMode: oneOf('all-except', 'only-listed'),
  sites: sitePatterns,
};
const FIELD_KEYS = Object.keys(FIELDS) as (keyof Settings)[];

export const defaultSettings = (): Settings => ({ ...DEFAULT_SETTINGS, disabledTopics: [], sites: [] });

export interface NormalizedSettings {
  settings: Settings;
  /** Fields that were of the wrong type or out of range and were reset to their defaults, or lists
   * that lost bad entries (a site pattern that is not a site). */
  repaired: (keyof Settings)[];
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
  const target = settings as unknown as Record<string, unknown>;
  for (const key of FIELD_KEYS) {
    if (source[key] === undefined) continue;
    const checked = FIELDS[key](source[key]);
    if (checked) target[key] = checked.value;
    if (!checked || checked.lossy) repaired.push(key);
  }
  return { settings, repaired };
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

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

/** A message for the user, shown once by the popup or the options page, then cleared. */
export const settingsNoticeItem = storage.defineItem<string | null>('local:settingsNotice', {
  fallback: null,
});

export const repairNotice = (repaired: readonly (keyof Settings)[]) =>
  `Some MagLens settings could not be read and were reset to their defaults: ${describeFields(repaired)}.`;

/** Reads the settings, repairing (and saving back) anything corrupt, and telling the user once. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    return defaultSettings(); // storage unreadable right now: don't overwrite what may be fine later
  }
  const { settings, repaired } = normalizeSettings(raw);
  if (repaired.length > 0) {
    await settingsNoticeItem.setValue(repairNotice(repaired)).catch(() => {});
    // Several pages may repair at once: write only if nobody saved something newer meanwhile.
    const again = await settingsItem.getValue().catch(() => undefined);
    if (JSON.stringify(again) === JSON.stringify(raw)) await settingsItem.setValue(settings).catch(() => {});
  }
  return settings;
}

/** The size storage.sync counts for the settings item. */
export const settingsBytes = (settings: Settings) =>
  new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;

export type SaveResult = { ok: true; settings: Settings } | { ok: false; message: string };

let saving: Promise<unknown> = Promise.resolve();

/** Saves a change to the settings. Saves from one page run one after another, each on top of the
 * latest stored value, so quick clicks are never lost. A change that would not fit in storage.sync, or
 * that storage refuses, saves nothing and returns the message to show. */
export function saveSettings(patch: Partial<Settings>): Promise<SaveResult> {
  const run = saving.then(() => writeSettings(patch));
  saving = run.catch(() => {});
  return run;
}

async function writeSettings(patch: Partial<Settings>): Promise<SaveResult> {
  const current = await loadSettings();
  const { settings, repaired } = normalizeSettings({ ...current, ...patch });
  if (repaired.length > 0) return { ok: false, message: `Invalid value for ${describeFields(repaired)}.` };
  if (settingsBytes(settings) > SYNC_ITEM_MAX_BYTES) {
    return { ok: false, message: describeStorageError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) };
  }
  try {
    await settingsItem.setValue(settings);
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
  return settingsItem.watch((value) => callback(normalizeSettings(value).settings));
}

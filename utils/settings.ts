import { storage } from 'wxt/utils/storage';

/**
 * Every MagLens setting, declared once. Stored in storage.sync (it follows the user between browsers),
 * versioned with migrations; every value read back is validated field by field, so a corrupt or foreign
 * value never reaches the UI: bad fields fall back to their defaults and the user is told once.
 */

export type HighlightStyle = 'underline' | 'background' | 'off';
export type ColorMode = 'topic' | 'single';
export type Density = 'first' | 'every';
export type Trigger = 'hover' | 'modifier' | 'click';
export type ModifierKey = 'Alt' | 'Shift' | 'Control' | 'Meta';
export type SiteMode = 'all-except' | 'only-listed';

export interface Settings {
  /** Global pause switch: false pauses MagLens everywhere. */
  enabled: boolean;
  /** Topic ids the user turned off. All topics are on by default. */
  disabledTopics: string[];
  style: HighlightStyle;
  colorMode: ColorMode;
  /** Used when colorMode is "single", as #rrggbb. */
  singleColor: string;
  density: Density;
  /** Dwell before a card opens, in ms. */
  hoverDelayMs: number;
  trigger: Trigger;
  modifierKey: ModifierKey;
  /** A tap on a marked term opens its card on touch and pen. */
  touchTap: boolean;
  /** "all-except": on everywhere but `sites`; "only-listed": on only on `sites`. */
  siteMode: SiteMode;
  /** Host patterns such as "example.com" or "*.example.com". */
  sites: string[];
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledTopics: [],
  style: 'underline',
  colorMode: 'topic',
  singleColor: '#2f7d6d',
  density: 'first',
  hoverDelayMs: 350,
  trigger: 'hover',
  modifierKey: 'Alt',
  touchTap: true,
  siteMode: 'all-except',
  sites: [],
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 500 && v.every((s) => typeof s === 'string' && s.length <= 200);
const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v);
const isDelay = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max;

const FIELD_CHECKS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  enabled: isBool,
  disabledTopics: isStringList,
  style: oneOf('underline', 'background', 'off'),
  colorMode: oneOf('topic', 'single'),
  singleColor: isColor,
  density: oneOf('first', 'every'),
  hoverDelayMs: isDelay,
  trigger: oneOf('hover', 'modifier', 'click'),
  modifierKey: oneOf('Alt', 'Shift', 'Control', 'Meta'),
  touchTap: isBool,
  siteMode: oneOf('all-except', 'only-listed'),
  sites: isStringList,
};

export interface NormalizedSettings {
  settings: Settings;
  /** Fields that were missing, of the wrong type or out of range, and were reset to their defaults. */
  repaired: (keyof Settings)[];
}

/** Validates a value read from storage or an import, keeping every good field. Missing fields take
 * their defaults silently (a newer version added them); present but invalid ones are reported. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const settings = { ...DEFAULT_SETTINGS, disabledTopics: [], sites: [] } as Settings;
  const keys = Object.keys(FIELD_CHECKS) as (keyof Settings)[];
  if (raw === undefined || raw === null) return { settings, repaired: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, repaired: keys };
  const source = raw as Record<string, unknown>;
  const repaired: (keyof Settings)[] = [];
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    if (FIELD_CHECKS[key](value)) {
      (settings as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
    } else {
      repaired.push(key);
    }
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

export function migrateV1toV2(old: unknown): Settings {
  const v1 = (old && typeof old === 'object' ? old : {}) as SettingsV1;
  const style = v1.highlight === 'none' ? 'off' : v1.highlight;
  return normalizeSettings({
    enabled: v1.enabled,
    disabledTopics: v1.topics
      ? Object.entries(v1.topics)
          .filter(([, on]) => on === false)
          .map(([id]) => id)
      : undefined,
    style,
    hoverDelayMs: v1.delay,
    sites: v1.blockedSites,
    siteMode: 'all-except',
  }).settings;
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

/** Reads the settings, repairing (and saving back) anything corrupt, and telling the user once. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    raw = null; // a failed migration on a corrupt value: start from defaults
  }
  const { settings, repaired } = normalizeSettings(raw);
  if (repaired.length > 0) {
    await settingsNoticeItem
      .setValue(
        `Some MagLens settings were unreadable and were reset to their defaults (${repaired.join(', ')}).`,
      )
      .catch(() => {});
    await settingsItem.setValue(settings).catch(() => {});
  }
  return settings;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Saves a change to the settings; on a storage error (sync quota, for one) nothing is half-written. */
export async function saveSettings(patch: Partial<Settings>): Promise<SaveResult> {
  const current = await loadSettings();
  const { settings, repaired } = normalizeSettings({ ...current, ...patch });
  if (repaired.length > 0) return { ok: false, message: `Invalid value for ${repaired.join(', ')}.` };
  try {
    await settingsItem.setValue(settings);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export function describeStorageError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota|QUOTA_BYTES|MAX_ITEMS|MAX_WRITE/i.test(text)) {
    return 'Your browser’s sync storage is full, so this change was not saved. Remove some sites from the list and try again.';
  }
  return `MagLens could not save your settings: ${text}`;
}

/** Calls back with validated settings whenever they change, in any tab or page. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value).settings));
}

import { NOTES_FILE_FORMAT } from './notes-json';
import {
  describeFields,
  migrateV1toV2,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
} from './settings';
import { checkSitePattern } from './site-rules';

/**
 * Settings files: `{"maglens":"settings","version":2,"settings":{...}}`. Import is all or nothing: a file
 * that is not JSON, not MagLens settings, from an unknown version or with any invalid value is refused
 * with a message that says why, and nothing changes. Files from version 1 are migrated.
 */

export const SETTINGS_FILE_MARKER = 'settings';
export const SETTINGS_FILE_MAX_BYTES = 200_000;

export interface SettingsFile {
  maglens: typeof SETTINGS_FILE_MARKER;
  version: number;
  exportedAt?: string;
  settings: Settings;
}

export type ImportResult =
  | { ok: true; settings: Settings; migratedFrom?: number }
  | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing was changed.';
const refuse = (why: string): ImportResult => ({ ok: false, message: `${why} ${NOTHING_CHANGED}` });

export function settingsToFile(settings: Settings, now = new Date()): string {
  const file: SettingsFile = {
    maglens: SETTINGS_FILE_MARKER,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const settingsFileName = (now = new Date()) =>
  `maglens-settings-${now.toISOString().slice(0, 10)}.json`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** The site entries in a file that are not sites, for a message that names them. */
function badSites(raw: Record<string, unknown>): string[] {
  const sites = raw.sites;
  if (!Array.isArray(sites)) return [];
  return sites.filter((s) => typeof s !== 'string' || !checkSitePattern(s).ok).map((s) => String(s));
}

function checkSettings(raw: unknown, version: number): ImportResult {
  if (!isObject(raw)) return refuse('The file has no settings in it.');
  const candidate = version === 1 ? migrateV1toV2(raw) : raw;
  const { settings, repaired } = normalizeSettings(candidate);
  if (repaired.length > 0) {
    const sites = isObject(candidate) ? badSites(candidate) : [];
    const detail = sites.length > 0 ? ` (not a site: ${sites.slice(0, 3).join(', ')})` : '';
    return refuse(`Some values in the file are not valid: ${describeFields(repaired)}${detail}.`);
  }
  return version === SETTINGS_VERSION
    ? { ok: true, settings }
    : { ok: true, settings, migratedFrom: version };
}

/** Reads the text of a settings file. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > SETTINGS_FILE_MAX_BYTES) return refuse('The file is too big to be MagLens settings.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows may save a byte-order mark
  } catch {
    return refuse('The file is not valid JSON, so it cannot be MagLens settings.');
  }
  if (!isObject(data) || data.maglens !== SETTINGS_FILE_MARKER) {
    if (isObject(data) && data.format === NOTES_FILE_FORMAT) {
      return refuse('This is a file of MagLens notes, not settings: import it from My notes.');
    }
    return refuse('This is not a MagLens settings file (it lacks "maglens": "settings").');
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The file does not say which version of MagLens settings it holds.');
  }
  if (version > SETTINGS_VERSION) {
    return refuse(
      `The file comes from a newer MagLens (settings version ${version}). Update MagLens, then try again.`,
    );
  }
  return checkSettings(data.settings, version);
}

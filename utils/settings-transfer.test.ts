import { describe, expect, it } from 'vitest';
import { toNotesFile } from './notes-json';
import type { Note } from './notes-store';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { parseSettingsFile, settingsFileName, settingsToFile } from './settings-transfer';

const file = (body: unknown) => JSON.stringify(body);
const custom: Settings = {
  ...DEFAULT_SETTINGS,
  disabledTopics: ['medications'],
  style: 'background',
  sites: ['example.com', '127.0.0.1'],
};

describe('settingsToFile / parseSettingsFile', () => {
  it('round-trips exported settings', () => {
    const text = settingsToFile(custom, new Date('2026-11-23T05:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ maglens: 'settings', version: 2, settings: custom });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom });
  });

  it('reads a file that an editor saved with a byte-order mark', () => {
    expect(parseSettingsFile(`\uFEFF${settingsToFile(custom)}`)).toEqual({ ok: true, settings: custom });
  });

  it('names the file after the day', () => {
    expect(settingsFileName(new Date('2026-11-23T05:00:00Z'))).toBe('maglens-settings-2026-11-23.json');
  });

  it('cleans site patterns and takes defaults for missing fields', () => {
    const result = parseSettingsFile(
      file({ maglens: 'settings', version: 2, settings: { sites: ['https://www.Example.com/a'] } }),
    );
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sites: ['example.com'] } });
  });

  it('migrates a version 1 file', () => {
    const v1 = { enabled: true, topics: { sleep: true, bones: false }, highlight: 'none', delay: 800 };
    const result = parseSettingsFile(file({ maglens: 'settings', version: 1, settings: v1 }));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      settings: { ...DEFAULT_SETTINGS, disabledTopics: ['bones'], style: 'off', hoverDelayMs: 800 },
    });
  });
});

describe('parseSettingsFile refuses a bad file and says why', () => {
  it.each([
    ['text that is not JSON', 'not { json', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['JSON that is not an object', '[1,2]', 'not a MagLens settings file'],
    ['a wrong marker', file({ maglens: 'other', version: 2, settings: {} }), 'not a MagLens settings file'],
    ['no marker', file({ version: 2, settings: {} }), 'not a MagLens settings file'],
    ['no version', file({ maglens: 'settings', settings: {} }), 'which version'],
    ['a version that is text', file({ maglens: 'settings', version: '2', settings: {} }), 'which version'],
    ['version 0', file({ maglens: 'settings', version: 0, settings: {} }), 'which version'],
    ['a newer version', file({ maglens: 'settings', version: 3, settings: {} }), 'newer MagLens'],
    ['no settings', file({ maglens: 'settings', version: 2 }), 'no settings'],
    [
      'an invalid style',
      file({ maglens: 'settings', version: 2, settings: { style: 'neon' } }),
      'not valid: highlight style',
    ],
    [
      'a delay out of range',
      file({ maglens: 'settings', version: 2, settings: { hoverDelayMs: 5000 } }),
      'hover delay',
    ],
    [
      'a site that is not a site',
      file({ maglens: 'settings', version: 2, settings: { sites: ['example.com', 'not a site'] } }),
      'site list (not a site: not a site)',
    ],
    [
      'an invalid version 1 value',
      file({ maglens: 'settings', version: 1, settings: { highlight: 'neon' } }),
      'highlight style',
    ],
  ])('%s', (_name, text, why) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(why);
      expect(result.message).toContain('Nothing was changed.');
    }
  });

  it('a file too big to be settings', () => {
    const result = parseSettingsFile(' '.repeat(300_000));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('too big') });
  });
});

describe('a notes backup picked by mistake', () => {
  it('is named as notes, as "Back up (.json)" in My notes really writes it', () => {
    const note: Note = {
      id: 1,
      termId: 'insomnia',
      topicId: 'sleep',
      pageTitle: 'Sleep tips',
      pageUrl: 'https://example.org/',
      text: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const backup = JSON.stringify(toNotesFile([note], new Date(0)), null, 2); // what the notes export writes
    expect(parseSettingsFile(backup)).toEqual({
      ok: false,
      message: expect.stringContaining('This is a file of MagLens notes, not settings'),
    });
  });
});

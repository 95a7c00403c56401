import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

/**
 * What MagLens asks the browser for, read from wxt.config.ts itself (no build needed). Any new permission
 * must be a deliberate change to this test, with a reason a reviewer can weigh.
 */
type ManifestFn = (env: Record<string, unknown>) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest as unknown as ManifestFn;
  return manifest({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  });
}

const ALLOWED_PERMISSIONS = ['storage', 'contextMenus'];

describe('the manifest', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`asks ${browser} only for storage and the context menu`, () => {
      const manifest = manifestFor(browser);
      expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
    });

    it(`does not loosen the content security policy in ${browser}`, () => {
      expect(manifestFor(browser).content_security_policy).toBeUndefined();
    });
  }

  it('tells Firefox that MagLens collects no data', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> })
      .gecko;
    expect(gecko.id).toBe('maglens@example.org');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the icons', () => {
  const iconDir = path.resolve(__dirname, '../public/icon');

  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string): [number, number] {
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }

  for (const size of [16, 32, 48, 128]) {
    it(`has a ${size}×${size} PNG that WXT puts in the manifest`, () => {
      expect(pngSize(path.join(iconDir, `${size}.png`))).toEqual([size, size]);
    });
  }
});

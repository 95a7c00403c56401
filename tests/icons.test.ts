import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The icon files WXT puts in the manifest (the manifest that ships is checked in tests/e2e/specs/manifest.spec.mjs). */
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

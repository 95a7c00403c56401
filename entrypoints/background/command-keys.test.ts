import { describe, expect, it } from 'vitest';
import { openCardKeys } from './command-keys';

describe('openCardKeys', () => {
  it("gives the open-card command's keys as the browser has them", () => {
    const commands = [
      { name: 'next-term', shortcut: 'Alt+Shift+Period' },
      { name: 'open-card', shortcut: 'Ctrl+Shift+Y' },
    ];
    expect(openCardKeys(commands)).toBe('Ctrl+Shift+Y');
  });

  it('gives nothing when the command has no keys', () => {
    expect(openCardKeys([{ name: 'open-card', shortcut: '' }])).toBe('');
    expect(openCardKeys([{ name: 'open-card' }])).toBe('');
    expect(openCardKeys([])).toBe('');
  });
});

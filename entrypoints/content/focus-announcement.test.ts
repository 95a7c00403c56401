import { describe, expect, it } from 'vitest';
import { focusAnnouncement } from './focus-announcement';

describe('focusAnnouncement', () => {
  it('names the term, where it is and the key that moves into its card', () => {
    expect(focusAnnouncement('Insomnia', 'Term 3 of 12 on this page')).toBe(
      'MagLens note: Insomnia (term 3 of 12 on this page). Press Alt+Shift+M to read it.',
    );
  });

  it('says how to give the command a key when it has none', () => {
    expect(focusAnnouncement('Insomnia', undefined, '')).toMatch(
      /^MagLens note: Insomnia\. To read it, give MagLens' "Open the MagLens card" command a key/,
    );
  });

  it('leaves out where the term is when that is not known', () => {
    expect(focusAnnouncement('Insomnia', undefined, 'Ctrl+Shift+Y')).toBe(
      'MagLens note: Insomnia. Press Ctrl+Shift+Y to read it.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { BROKEN_MESSAGE, holdsText, openErrorMessage, PASSWORD_MESSAGE } from './open-messages';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('openErrorMessage', () => {
  it('says a damaged file or a refused password in plain words', () => {
    expect(openErrorMessage(named('InvalidPDFException'), 'a.pdf')).toBe(BROKEN_MESSAGE);
    expect(openErrorMessage(named('PasswordException'), 'a.pdf')).toBe(PASSWORD_MESSAGE);
  });

  it('says a failed download and offers a way round it', () => {
    expect(openErrorMessage(named('ResponseException'), 'a.pdf')).toMatch(
      /could not download a\.pdf.*open the file instead/,
    );
  });

  it('names the document and the reason for anything else', () => {
    expect(openErrorMessage(new Error('out of memory'), 'big.pdf')).toBe(
      'MagLens could not open big.pdf: out of memory',
    );
    expect(openErrorMessage('weird', 'big.pdf')).toBe('MagLens could not open big.pdf: weird');
  });
});

describe('holdsText', () => {
  it('finds text only in items with words, not in blank ones or marked-content markers', () => {
    expect(holdsText([{ str: 'Omeprazole' }])).toBe(true);
    expect(holdsText([{ str: ' ' }, { str: '', hasEOL: true }, { type: 'beginMarkedContent' }])).toBe(false);
    expect(holdsText([])).toBe(false);
  });
});

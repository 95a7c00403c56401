import { describe, expect, it } from 'vitest';
import { MAX_QUOTED, quoteLookup } from './NotFoundCard';

describe('quoteLookup', () => {
  it('quotes short text as written, with white space tidied', () => {
    expect(quoteLookup('  quantum\n  healing ')).toBe('quantum healing');
  });

  it('shortens a long selection with an ellipsis', () => {
    const quoted = quoteLookup('word '.repeat(40));
    expect(quoted).toHaveLength(MAX_QUOTED);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { toPage } from './messages';
import { looksLikePageMessage, PAGE_MESSAGE_TYPES } from './page-message-types';

describe('the page message types the content script listens for', () => {
  it('are exactly the toPage protocol’s, so no message of it goes unanswered', () => {
    expect([...PAGE_MESSAGE_TYPES].sort()).toEqual(Object.keys(toPage).sort());
  });

  it('tell a page message by its type and leave everything else to others', () => {
    expect(looksLikePageMessage({ type: 'page-terms' })).toBe(true);
    expect(looksLikePageMessage({ type: 'save-note', note: {} })).toBe(false);
    expect(looksLikePageMessage({ type: 'toString' })).toBe(false);
    expect(looksLikePageMessage('page-terms')).toBe(false);
    expect(looksLikePageMessage(null)).toBe(false);
  });
});

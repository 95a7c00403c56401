import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReceiver, NoReplyError, readMessage, sendToTab, toBackground, toPage } from './messages';

describe('the message protocols', () => {
  it('read a message of their own and refuse malformed ones and those of another protocol', () => {
    expect(readMessage(toPage, { type: 'reveal-term', termId: 'x' })).toEqual({
      type: 'reveal-term',
      termId: 'x',
    });
    expect(readMessage(toPage, { type: 'reveal-term', termId: 5 })).toBeNull();
    expect(readMessage(toPage, { type: 'save-note', note: {} })).toBeNull();
    expect(readMessage(toPage, { type: 'toString' })).toBeNull();
    expect(readMessage(toBackground, 'hello')).toBeNull();
  });

  it('a receiver calls the handler of the message type and answers with a Promise', async () => {
    const receive = createReceiver(toPage, { 'reveal-term': (m) => ({ found: m.termId === 'x' }) });
    await expect(receive({ type: 'reveal-term', termId: 'x' }, {})).resolves.toEqual({ found: true });
    expect(receive({ type: 'ping' }, {})).toBeUndefined(); // no handler here
    expect(receive({ type: 'reveal-term' }, {})).toBeUndefined();
  });

  it('a reply of the wrong shape is refused in words, not passed on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ terms: 'many' });
    await expect(sendToTab(1, { type: 'page-terms' })).rejects.toThrow(NoReplyError);
  });

  it('a page that never answers is an error that says its channel closed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const error = await sendToTab(1, { type: 'ping' }).catch((e) => e);
    expect(error).toBeInstanceOf(NoReplyError);
    expect(error.channelClosed).toBe(true);
  });
});

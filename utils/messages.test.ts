import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createReceiver,
  NoReplyError,
  REPLY_TIMEOUT_MS,
  readMessage,
  sendToBackground,
  sendToTab,
  toBackground,
  toPage,
} from './messages';

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

  it('a reply that never comes (a worker stopped mid-answer) times out, is sent once more, then said plainly', async () => {
    vi.useFakeTimers();
    try {
      const spy = vi
        .spyOn(fakeBrowser.runtime, 'sendMessage')
        .mockImplementation(() => new Promise(() => {}));
      const note = { termId: 'insomnia', pageTitle: 'Sleep', pageUrl: 'https://example.org/', saveKey: 'k1' };
      const pending = sendToBackground({ type: 'save-note', note }, { retryOnce: true }).catch((e) => e);
      await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS);
      expect(spy).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS);
      const error = await pending;
      expect(error).toBeInstanceOf(NoReplyError);
      expect(error.channelClosed).toBe(true);
      expect(spy.mock.calls[1]![0]).toEqual(spy.mock.calls[0]![0]);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});

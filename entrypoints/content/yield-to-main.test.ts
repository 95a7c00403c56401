import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from './yield-to-main';

describe('yield to main', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledOnce();
  });

  it('still resumes when scheduler.yield rejects', async () => {
    vi.stubGlobal('scheduler', { yield: () => Promise.reject(new Error('gone')) });
    await expect(yieldToMain()).resolves.toBeUndefined();
  });

  it('falls back to a message when there is no scheduler', async () => {
    vi.stubGlobal('scheduler', undefined);
    await expect(yieldToMain()).resolves.toBeUndefined();
  });
});

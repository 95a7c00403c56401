import { describe, expect, it } from 'vitest';
import { createMutationBatcher, type MutationBatch } from './mutation-batcher';

function fakeTimers() {
  const pending: { fn: () => void; ms: number }[] = [];
  return {
    pending,
    setTimer: (fn: () => void, ms: number) => {
      const entry = { fn, ms };
      pending.push(entry);
      return entry;
    },
    clearTimer: (handle: unknown) => {
      const at = pending.indexOf(handle as { fn: () => void; ms: number });
      if (at >= 0) pending.splice(at, 1);
    },
    async fire() {
      const entry = pending.shift();
      entry?.fn();
      await Promise.resolve();
      await Promise.resolve();
      return entry?.ms;
    },
  };
}

const added = (node: Node, removed: Node[] = []): MutationRecord =>
  ({
    type: 'childList',
    target: document.body,
    addedNodes: [node],
    removedNodes: removed,
  }) as unknown as MutationRecord;
const textChanged = (node: Node): MutationRecord =>
  ({ type: 'characterData', target: node, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;

describe('mutation batcher', () => {
  it('hands over each changed node once per batch, after the delay', async () => {
    const timers = fakeTimers();
    const batches: MutationBatch[] = [];
    const batcher = createMutationBatcher({
      onBatch: (b) => void batches.push(b),
      ignore: () => false,
      ...timers,
    });
    const p = document.createElement('p');
    const text = document.createTextNode('x');
    batcher.take([added(p), added(p), textChanged(text)]);
    expect(batches).toHaveLength(0);
    expect(timers.pending).toHaveLength(1);
    expect(await timers.fire()).toBe(150);
    expect(batches).toEqual([{ targets: [p, text], removals: false, overflowed: false }]);
  });

  it('ignores MagLens’ own nodes', async () => {
    const timers = fakeTimers();
    const own = document.createElement('maglens-card');
    const batches: MutationBatch[] = [];
    const batcher = createMutationBatcher({
      onBatch: (b) => void batches.push(b),
      ignore: (n) => n === own,
      ...timers,
    });
    batcher.take([added(own)]);
    expect(timers.pending).toHaveLength(0);
  });

  it('backs off exponentially while the page storms, and recovers when it calms down', async () => {
    const timers = fakeTimers();
    const batcher = createMutationBatcher({
      onBatch: () => {},
      ignore: () => false,
      maxDelayMs: 1000,
      ...timers,
    });
    const node = document.createElement('div');
    const stormy = Array.from({ length: 1000 }, () => textChanged(node));
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      batcher.take(stormy);
      delays.push((await timers.fire())!);
    }
    expect(delays).toEqual([150, 300, 600, 1000, 1000, 1000]);
    batcher.take([textChanged(node)]);
    await timers.fire();
    expect(batcher.delayMs).toBe(150);
  });

  it('holds a bounded number of nodes and says when it overflowed', async () => {
    const timers = fakeTimers();
    const batches: MutationBatch[] = [];
    const batcher = createMutationBatcher({
      onBatch: (b) => void batches.push(b),
      ignore: () => false,
      maxTargets: 10,
      ...timers,
    });
    batcher.take(Array.from({ length: 50 }, () => added(document.createElement('p'))));
    await timers.fire();
    expect(batches[0]!.targets).toHaveLength(10);
    expect(batches[0]!.overflowed).toBe(true);
  });

  it('stops after dispose', () => {
    const timers = fakeTimers();
    const batcher = createMutationBatcher({ onBatch: () => {}, ignore: () => false, ...timers });
    batcher.take([added(document.createElement('p'))]);
    batcher.dispose();
    expect(timers.pending).toHaveLength(0);
  });
});

/**
 * Collects the page's mutation records into batches: the nodes that were added or whose text
 * changed, deduplicated, handed over at most once per delay. While the page keeps mutating hard (a
 * "storm"), the delay doubles up to a ceiling, so a page that never stops changing costs MagLens a
 * small, bounded amount of work; it falls back to the base delay once the page calms down.
 */

export interface MutationBatch {
  /** Added nodes and text nodes whose data changed, in the order first seen, each once. */
  targets: Node[];
  /** Some nodes were removed: marks on them must go. */
  removals: boolean;
  /** More targets came than a batch holds: rescan broadly instead of node by node. */
  overflowed: boolean;
}

export interface MutationBatcherOptions {
  onBatch: (batch: MutationBatch) => void | Promise<void>;
  /** Nodes MagLens owns: their mutations are ignored. */
  ignore: (node: Node) => boolean;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Records per batch above which the page counts as storming. */
  stormRecords?: number;
  maxTargets?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface MutationBatcher {
  take(records: readonly MutationRecord[]): void;
  /** The wait before the next batch, in ms. */
  readonly delayMs: number;
  dispose(): void;
}

export function createMutationBatcher(options: MutationBatcherOptions): MutationBatcher {
  const base = options.baseDelayMs ?? 150;
  const max = options.maxDelayMs ?? 4000;
  const storm = options.stormRecords ?? 400;
  const maxTargets = options.maxTargets ?? 2000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let targets = new Set<Node>();
  let removals = false;
  let overflowed = false;
  let records = 0;
  let delay = base;
  let timer: unknown = null;
  let busy = false;
  let disposed = false;

  const add = (node: Node) => {
    if (options.ignore(node)) return;
    if (targets.size >= maxTargets) {
      if (!targets.has(node)) overflowed = true;
      return;
    }
    targets.add(node);
  };

  const schedule = () => {
    if (timer !== null || busy || disposed) return;
    timer = setTimer(run, delay);
  };

  const run = async () => {
    timer = null;
    if (disposed) return;
    const batch: MutationBatch = { targets: [...targets], removals, overflowed };
    delay = records > storm ? Math.min(delay * 2, max) : base;
    targets = new Set();
    removals = false;
    overflowed = false;
    records = 0;
    if (batch.targets.length === 0 && !batch.removals && !batch.overflowed) return;
    busy = true;
    try {
      await options.onBatch(batch);
    } finally {
      busy = false;
    }
    if (targets.size > 0 || removals || overflowed) schedule();
  };

  return {
    take(list) {
      if (disposed) return;
      records += list.length;
      for (const record of list) {
        if (options.ignore(record.target)) continue;
        if (record.type === 'characterData') {
          add(record.target);
        } else if (record.type === 'childList') {
          for (const node of record.addedNodes) {
            if (node.nodeType === 1 || node.nodeType === 3) add(node);
          }
          if (record.removedNodes.length > 0) removals = true;
        }
      }
      if (targets.size > 0 || removals || overflowed) schedule();
    },
    get delayMs() {
      return delay;
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      targets.clear();
    },
  };
}

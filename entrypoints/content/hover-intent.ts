/**
 * When a hovered term's card should open and close: a dwell before opening, no card while the pointer
 * sweeps fast across text (10ten's ≥ 0.5 px/ms rule: a fast move restarts the dwell), a grace period so the
 * pointer can travel into the card, and a card opened on purpose (keyboard, click, tap) that hover leaves
 * alone. Pure: it knows nothing about the DOM, only pointer samples and timers.
 */

export interface PointerSample {
  x: number;
  y: number;
  /** Milliseconds, e.g. `event.timeStamp`. */
  t: number;
}

export interface HoverIntentOptions<T> {
  delayMs: number;
  /** How long the card stays after the pointer leaves the term and the card. */
  graceMs?: number;
  /** Pointer speed, in px/ms, at and above which the pointer counts as sweeping. */
  sweepSpeed?: number;
  /** Whether two targets are the same term occurrence. */
  same: (a: T, b: T) => boolean;
  onShow: (target: T) => void;
  onHide: () => void;
}

export interface HoverIntent<T> {
  /** The pointer moved; `target` is the term under it (null for none). */
  move(target: T | null, sample: PointerSample): void;
  /** The pointer is over the card. */
  overCard(): void;
  /** A card opened by keyboard, click or tap: hover neither replaces nor closes it. */
  pin(target: T): void;
  /** The card was closed from outside (Escape, an action): forget it, and don't reopen it for the same
   * term until the pointer has left that term. */
  dismiss(): void;
  setDelay(ms: number): void;
  shown(): T | null;
  destroy(): void;
}

export const DEFAULT_GRACE_MS = 300;
export const DEFAULT_SWEEP_SPEED = 0.5;

/** Pointer speed between two samples in px/ms; 0 when there is no earlier sample or no time passed. */
export function pointerSpeed(previous: PointerSample | null, next: PointerSample): number {
  if (!previous) return 0;
  const dt = next.t - previous.t;
  if (dt <= 0) return 0;
  return Math.hypot(next.x - previous.x, next.y - previous.y) / dt;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const sweepSpeed = options.sweepSpeed ?? DEFAULT_SWEEP_SPEED;
  let delayMs = options.delayMs;
  let open: T | null = null;
  let pinned = false;
  let pending: T | null = null;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let last: PointerSample | null = null;
  let dismissed: T | null = null;

  const same = (a: T | null, b: T | null) => a !== null && b !== null && options.same(a, b);

  const cancelDwell = () => {
    clearTimeout(dwellTimer);
    dwellTimer = undefined;
    pending = null;
  };
  const cancelGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startDwell = (target: T) => {
    clearTimeout(dwellTimer);
    pending = target;
    dwellTimer = setTimeout(() => {
      dwellTimer = undefined;
      pending = null;
      cancelGrace();
      open = target;
      pinned = false;
      options.onShow(target);
    }, delayMs);
  };
  const startGrace = () => {
    if (graceTimer !== undefined || open === null) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      open = null;
      options.onHide();
    }, graceMs);
  };

  return {
    move(target, sample) {
      const speed = pointerSpeed(last, sample);
      last = sample;
      if (dismissed !== null && !same(dismissed, target)) dismissed = null;
      if (pinned) return;
      if (target === null || same(dismissed, target)) {
        cancelDwell();
        startGrace();
        return;
      }
      if (same(open, target)) {
        cancelDwell();
        cancelGrace();
        return;
      }
      // A new term: dwell on it; sweeping fast restarts the dwell, so a sweep never opens a card. An open
      // card stays until the new one replaces it, so there is no flicker between two nearby terms.
      cancelGrace();
      if (!same(pending, target) || speed >= sweepSpeed) startDwell(target);
    },
    overCard() {
      if (open === null) return;
      cancelDwell();
      cancelGrace();
    },
    pin(target) {
      cancelDwell();
      cancelGrace();
      open = target;
      pinned = true;
      dismissed = null;
    },
    dismiss() {
      cancelDwell();
      cancelGrace();
      dismissed = open;
      open = null;
      pinned = false;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    shown: () => open,
    destroy() {
      cancelDwell();
      cancelGrace();
      open = null;
    },
  };
}

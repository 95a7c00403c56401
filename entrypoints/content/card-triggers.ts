import type { ModifierKey, Settings } from '@/utils/settings';

/**
 * The page events that open and close cards, and the small decisions about them. Listeners are passive
 * and capture-phase on the document, so the page's own handlers run as usual; a click is only cancelled
 * when it opened a card.
 */

export interface PointerSnapshot {
  x: number;
  y: number;
  t: number;
  /** The event's target as the document sees it: the card's host for anything inside the card. */
  target: EventTarget | null;
  modifiers: Record<ModifierKey, boolean>;
}

export type TriggerSettings = Pick<Settings, 'trigger' | 'modifierKey' | 'touchTap'>;

const modifiersOf = (e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => ({
  Alt: e.altKey,
  Shift: e.shiftKey,
  Control: e.ctrlKey,
  Meta: e.metaKey,
});

/** Does a hover over a term count? Always for "hover"; with the key held for "modifier"; never for "click". */
export function hoverCounts(settings: TriggerSettings, modifiers: Record<ModifierKey, boolean>): boolean {
  if (settings.trigger === 'hover') return true;
  if (settings.trigger === 'modifier') return modifiers[settings.modifierKey];
  return false;
}

/** Does a click or tap on a term open its card? Taps (touch, pen) follow `touchTap`; mouse clicks follow
 * the "click" trigger. */
export function pressOpens(settings: TriggerSettings, pointerType: string): boolean {
  if (pointerType === 'touch' || pointerType === 'pen') return settings.touchTap;
  return settings.trigger === 'click';
}

export interface TriggerHandlers {
  /** At most once per animation frame, with the latest mouse position. */
  hover(pointer: PointerSnapshot): void;
  /** The mouse left the window. */
  leaveWindow(): void;
  /** A press anywhere (before the click), to close cards it lands outside of. */
  press(target: EventTarget | null, x: number, y: number): void;
  /** A click or tap; returns true when it opened a card, and the page's click is then cancelled. */
  click(target: EventTarget | null, x: number, y: number, pointerType: string): boolean;
  escape(event: KeyboardEvent): void;
  /** Keyboard or script focus landed on an element (the page's, or the card's host). */
  focus(target: EventTarget | null): void;
}

export function watchTriggers(
  handlers: TriggerHandlers,
  signal: AbortSignal,
  doc: Document = document,
): void {
  const win = doc.defaultView ?? window;
  const options = { capture: true, passive: true, signal };
  let latest: PointerSnapshot | null = null;
  let frame = 0;
  let lastPointerType = 'mouse';

  const flush = () => {
    frame = 0;
    if (latest && !signal.aborted) handlers.hover(latest);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(flush);
  };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame));

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      latest = { x: e.clientX, y: e.clientY, t: e.timeStamp, target: e.target, modifiers: modifiersOf(e) };
      schedule();
    },
    options,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (e.pointerType === 'mouse' && !e.relatedTarget) {
        latest = null;
        handlers.leaveWindow();
      }
    },
    options,
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      lastPointerType = e.pointerType || 'mouse';
      handlers.press(e.target, e.clientX, e.clientY);
    },
    options,
  );
  doc.addEventListener(
    'click',
    (e) => {
      const type = (e as PointerEvent).pointerType || lastPointerType;
      if (handlers.click(e.target, e.clientX, e.clientY, type)) e.preventDefault();
    },
    { capture: true, signal },
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && e.type === 'keydown') {
      handlers.escape(e);
      return;
    }
    // Pressing or releasing the modifier while the mouse rests on a term counts as a hover.
    if (latest && (e.key === 'Alt' || e.key === 'Shift' || e.key === 'Control' || e.key === 'Meta')) {
      latest = { ...latest, modifiers: modifiersOf(e) };
      schedule();
    }
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  doc.addEventListener('focusin', (e) => handlers.focus(e.composedPath()[0] ?? e.target), options);
  doc.addEventListener('keyup', onKey, { capture: true, passive: true, signal });
}

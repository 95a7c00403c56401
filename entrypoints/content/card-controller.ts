import type { TermCardActions } from '@/components/card/CardActions';
import type { CardTerm } from '@/utils/dataset/types';
import { type CardHost, createCardHost } from './card-host';
import { boxReference, isEmptyBox, type Point, rangeReference } from './card-position';
import { hoverCounts, pressOpens, watchTriggers } from './card-triggers';
import type { CardUi } from './card-ui';
import type { CardController, CardControllerOptions, EffectiveSettings, MarkHit } from './contracts';
import { positionText } from './current-term';
import { focusAnnouncement } from './focus-announcement';
import { createHoverIntent } from './hover-intent';

/**
 * The hover card: opens it for the term under a resting pointer, a click or tap, the keyboard command or
 * the context menu; places it next to the term; closes it on leave, Escape, outside presses and settings
 * changes. The card's host element exists only while a card is shown. The card's UI loads on first use
 * (card-ui.ts): the first time the pointer rests on a term, a press, the command or the context menu.
 */

/** Two hits are the same occurrence of a term when their ranges start at the same place. */
export function sameHit(a: MarkHit, b: MarkHit): boolean {
  if (a === b || a.range === b.range) return true;
  return (
    a.termId === b.termId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

interface Shown {
  ui: CardUi;
  card: CardHost;
  hit: MarkHit | null;
  topicId: string | null;
  /** Where focus goes back to when the card closes, if the card took it. */
  returnFocus: Element | null;
  stop: () => void;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { topicOf, marks, signal, ui: loader } = options;
  const { openReader, saveNote, hideTopic, showTopic, turnOffForSite, openCardKeys } = options.actions;
  const pageOf =
    options.page ?? (() => ({ title: document.title, url: location.href, host: location.hostname }));
  let settings: EffectiveSettings = options.settings;
  let shown: Shown | null = null;
  let pointer: Point | null = null;
  /** A card asked for while the UI was still loading: shown when it arrives, unless closed meanwhile. */
  let waiting: object | null = null;
  /** The topic the open card has just hidden: the card stays open to offer Undo. */
  let undoTopic: string | null = null;

  /** Runs `show` with the UI: now if it has loaded, else once it has (if nothing closed it meanwhile). */
  const withUi = (show: (ui: CardUi) => void) => {
    const ui = loader.ready();
    if (ui) {
      show(ui);
      return;
    }
    const token = {};
    waiting = token;
    loader.load().then(
      (loaded) => {
        if (waiting === token && !signal.aborted) {
          waiting = null;
          show(loaded);
        }
      },
      (error: unknown) => console.warn('MagLens could not load its card:', error),
    );
  };
  const prefetch = () => {
    if (!loader.ready()) loader.load().catch(() => {});
  };

  const focusInCard = () => !!shown && document.activeElement === shown.card.host;

  /** `replacing`: another card takes this one's place at once (the current-term mark stays). */
  const remove = (restoreFocus: boolean, replacing = false) => {
    waiting = null;
    undoTopic = null;
    if (!shown) return;
    const { card, stop, returnFocus, ui, hit } = shown;
    const hadFocus = focusInCard();
    shown = null;
    if (hit && !replacing) marks.hideCurrent(hit);
    stop();
    ui.unmount(card.mount);
    card.remove();
    if (restoreFocus && hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) {
      returnFocus.focus({ preventScroll: true });
    }
  };

  const intent = createHoverIntent<MarkHit>({
    delayMs: settings.hoverDelayMs,
    same: sameHit,
    onShow: (hit) => {
      if (!showTerm(hit, pointer, false)) intent.dismiss();
    },
    onHide: () => remove(false),
  });

  /** Closes the card from outside the hover logic, so hover won't reopen it until the pointer moves on. */
  const dismiss = (restoreFocus: boolean) => {
    intent.dismiss();
    remove(restoreFocus);
  };

  const mountCard = (
    ui: CardUi,
    hit: MarkHit | null,
    topicId: string | null,
    reference: ReturnType<typeof boxReference>,
    focus: boolean,
    render: (card: CardHost) => void,
    announcement: Promise<string> | null = null,
  ) => {
    const returnFocus = focus ? (focusInCard() ? shown!.returnFocus : document.activeElement) : null;
    remove(false, true);
    const card = createCardHost(ui.css, document, options.layout?.());
    render(card);
    let placed = false;
    const stop = ui.follow(reference, card.host, () => {
      if (shown?.card !== card) return;
      if (isEmptyBox(reference.getBoundingClientRect())) {
        dismiss(false);
        return;
      }
      // The host is hidden until it has a place, and hidden elements can't take focus: focus now.
      if (!placed && focus)
        card.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
      // A card that keyboard focus opened is told to screen readers, now that it shows.
      if (!placed && announcement)
        void announcement.then((text) => {
          if (shown?.card === card) card.announce(text);
        });
      placed = true;
    });
    shown = { ui, card, hit, topicId, returnFocus, stop };
    const dialog = card.mount.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      // Focus moved on to the page (Tab past the last action): the non-modal card steps aside.
      if (next && !dialog.contains(next) && shown?.card === card) dismiss(false);
    });
  };

  const actionsFor = (hit: MarkHit, term: CardTerm): TermCardActions => ({
    async readMore() {
      const result = await openReader(term.article);
      // Close this card only: the reader may have moved on to another one meanwhile.
      if (result.ok && shown?.hit === hit) dismiss(true);
      return result;
    },
    save: () => saveNote(term.id, pageOf()),
    // These change settings: the card closes when the new settings arrive (applySettings), the one
    // path by which any settings change closes it, here or from another page; except that the card
    // which hid its topic stays to offer Undo.
    hideTopic: () => {
      if (shown?.hit === hit) undoTopic = term.topicId;
      return hideTopic(term.topicId);
    },
    showTopic: () => showTopic(term.topicId),
    notOnThisSite: () => turnOffForSite(pageOf().host),
  });

  /** Shows the card for a hit (once the UI is here); false for a term MagLens has no card for.
   * `announce`: keyboard focus opened it, and focus stays on the page: say so to screen readers. */
  function showTerm(hit: MarkHit, point: Point | null, focus: boolean, announce = false): boolean {
    const topicId = topicOf(hit.termId);
    if (!topicId || signal.aborted) return false;
    withUi((ui) => {
      const card = ui.term(hit.termId);
      if (!card) return;
      const position = marks.positionOf(hit);
      const where = position ? positionText(position) : undefined;
      mountCard(
        ui,
        hit,
        topicId,
        rangeReference(hit.range, point),
        focus,
        (host) =>
          ui.renderTerm(host.mount, {
            ...card,
            where,
            actions: actionsFor(hit, card.term),
            onClose: () => dismiss(true),
          }),
        announce ? openCardKeys().then((keys) => focusAnnouncement(card.term.name, where, keys)) : null,
      );
    });
    return true;
  }

  const isCard = (target: EventTarget | null) => !!shown && target === shown.card.host;
  /** Keyboard focus on a link in a marked term counts as hovering it (the focusOpensCard setting). */
  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  let focusOpened: MarkHit | null = null;
  const onShownTerm = (x: number, y: number) => {
    const hit = shown?.hit ? marks.hitTest(x, y) : null;
    return !!hit && !!shown?.hit && sameHit(hit, shown.hit);
  };

  watchTriggers(
    {
      hover(p) {
        pointer = { x: p.x, y: p.y };
        if (isCard(p.target)) {
          intent.overCard();
          return;
        }
        let hit = marks.hitTest(p.x, p.y);
        // The card's UI loads while the pointer rests, so the card opens when the dwell ends.
        if (hit) prefetch();
        // Without the modifier (or in click mode) hovering opens nothing new, but keeps an open card.
        if (hit && !hoverCounts(settings, p.modifiers)) {
          const open = intent.shown();
          if (!open || !sameHit(open, hit)) hit = null;
        }
        intent.move(hit, p);
      },
      leaveWindow() {
        intent.move(null, { x: -1, y: -1, t: performance.now() });
      },
      press(target, x, y) {
        if (shown && !isCard(target) && !onShownTerm(x, y)) dismiss(false);
      },
      click(target, x, y, pointerType) {
        if (isCard(target) || !pressOpens(settings, pointerType)) return false;
        const hit = marks.hitTest(x, y);
        // A second tap on the open term goes to the page (a link follows, for one).
        if (!hit || (shown?.hit && sameHit(shown.hit, hit))) return false;
        if (!showTerm(hit, { x, y }, false)) return false;
        intent.pin(hit);
        return true;
      },
      focus(target) {
        clearTimeout(focusTimer);
        if (isCard(target) || (target instanceof Node && shown?.card.host.shadowRoot?.contains(target)))
          return;
        const hit =
          settings.focusOpensCard && target instanceof HTMLElement && target.matches(LINK)
            ? marks.markIn(target)
            : null;
        // Focus moved on from a link whose card it opened: that card steps aside.
        if (focusOpened && (!hit || !sameHit(hit, focusOpened))) {
          if (shown?.hit === focusOpened) dismiss(false);
          focusOpened = null;
        }
        if (!hit || (shown?.hit && sameHit(shown.hit, hit))) return;
        prefetch();
        focusTimer = setTimeout(() => {
          if (signal.aborted || deepActiveElement() !== target) return;
          if (showTerm(hit, null, false, true)) {
            intent.pin(hit);
            focusOpened = hit;
          }
        }, settings.hoverDelayMs);
      },
      escape(event) {
        if (!shown) return;
        if (focusInCard()) {
          event.stopPropagation();
          event.preventDefault();
        }
        dismiss(true);
      },
    },
    signal,
  );

  // Entering or leaving fullscreen moves the top layer: a card on the old one would be hidden or stranded.
  document.addEventListener('fullscreenchange', () => dismiss(false), { signal });

  signal.addEventListener('abort', () => {
    clearTimeout(focusTimer);
    intent.destroy();
    remove(false);
  });

  return {
    open(hit, { focus }) {
      if (showTerm(hit, null, focus)) intent.pin(hit);
    },
    notFound(text) {
      if (signal.aborted) return;
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
      const selected = range ? rangeReference(range, null) : null;
      const reference =
        selected && !isEmptyBox(selected.getBoundingClientRect())
          ? selected
          : boxReference({
              left: window.innerWidth / 2 - 170,
              top: 8,
              right: window.innerWidth / 2,
              bottom: 8,
            });
      withUi((ui) =>
        mountCard(ui, null, null, reference, true, (card) =>
          ui.renderNotFound(card.mount, { text, onClose: () => dismiss(true) }),
        ),
      );
    },
    close: () => dismiss(true),
    applySettings(next) {
      settings = next;
      intent.setDelay(next.hoverDelayMs);
      const topicOff =
        !!shown?.topicId && shown.topicId !== undoTopic && next.disabledTopics.includes(shown.topicId);
      // "Hide this topic" and "Not on this site" close the card through here, often before their own
      // promise settles: focus that was in the card goes back to where it came from, not to <body>.
      if (shown && (topicOff || !next.siteOn)) dismiss(true);
    },
    host: () => shown?.card.host ?? null,
    shownHit: () => shown?.hit ?? null,
  };
}

/** What counts as a link for the focus trigger. */
const LINK = 'a[href], [role="link"]';

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

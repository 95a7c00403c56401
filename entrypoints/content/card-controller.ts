import type { TermCardActions } from '@/components/card/CardActions';
import cardCss from '@/components/card/card.css?inline';
import { renderNotFound, renderTermCard, unmountCard } from '@/components/card/render';
import type { Settings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/site-rules';
import { hideTopic, openReader, saveNote, turnOffForSite } from './card-actions';
import { type CardHost, createCardHost } from './card-host';
import { boxReference, followReference, isEmptyBox, type Point, rangeReference } from './card-position';
import { hoverCounts, pressOpens, watchTriggers } from './card-triggers';
import type { CardController, CardControllerOptions, MarkHit } from './contracts';
import { createHoverIntent } from './hover-intent';

/**
 * The hover card: opens it for the term under a resting pointer, a click or tap, the keyboard command or
 * the context menu; places it next to the term; closes it on leave, Escape, outside presses and settings
 * changes. The card's host element exists only while a card is shown.
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
  card: CardHost;
  hit: MarkHit | null;
  topicId: string | null;
  /** Where focus goes back to when the card closes, if the card took it. */
  returnFocus: Element | null;
  stop: () => void;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { dataset, marks, signal } = options;
  const terms = new Map(dataset.terms.map((term) => [term.id, term]));
  const topics = new Map(dataset.topics.map((topic) => [topic.id, topic]));
  let settings: Settings = options.settings;
  let shown: Shown | null = null;
  let pointer: Point | null = null;

  const focusInCard = () => !!shown && document.activeElement === shown.card.host;

  const remove = (restoreFocus: boolean) => {
    if (!shown) return;
    const { card, stop, returnFocus } = shown;
    const hadFocus = focusInCard();
    shown = null;
    stop();
    unmountCard(card.mount);
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
    hit: MarkHit | null,
    topicId: string | null,
    reference: ReturnType<typeof boxReference>,
    focus: boolean,
    render: (card: CardHost) => void,
  ) => {
    const returnFocus = focus ? (focusInCard() ? shown!.returnFocus : document.activeElement) : null;
    remove(false);
    const card = createCardHost(cardCss);
    render(card);
    let placed = false;
    const stop = followReference(reference, card.host, () => {
      if (shown?.card !== card) return;
      if (isEmptyBox(reference.getBoundingClientRect())) {
        dismiss(false);
        return;
      }
      // The host is hidden until it has a place, and hidden elements can't take focus: focus now.
      if (!placed && focus)
        card.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
      placed = true;
    });
    shown = { card, hit, topicId, returnFocus, stop };
    const dialog = card.mount.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      // Focus moved on to the page (Tab past the last action): the non-modal card steps aside.
      if (next && !dialog.contains(next) && shown?.card === card) dismiss(false);
    });
  };

  const actionsFor = (hit: MarkHit, topicId: string): TermCardActions => {
    const term = terms.get(hit.termId)!;
    const closingOnSuccess =
      <R extends { ok: boolean }>(action: () => Promise<R>) =>
      async () => {
        const result = await action();
        // Close this card only: the reader may have moved on to another one meanwhile.
        if (result.ok && shown?.hit === hit) dismiss(true);
        return result;
      };
    return {
      readMore: closingOnSuccess(() => openReader(term.article)),
      save: () => saveNote(term.id, { title: document.title, url: location.href }),
      hideTopic: closingOnSuccess(() => hideTopic(topicId)),
      notOnThisSite: closingOnSuccess(() => turnOffForSite(location.hostname)),
    };
  };

  function showTerm(hit: MarkHit, point: Point | null, focus: boolean): boolean {
    const term = terms.get(hit.termId);
    if (!term || signal.aborted) return false;
    mountCard(hit, term.topicId, rangeReference(hit.range, point), focus, (card) =>
      renderTermCard(card.mount, {
        term,
        topic: topics.get(term.topicId),
        actions: actionsFor(hit, term.topicId),
        onClose: () => dismiss(true),
      }),
    );
    return true;
  }

  const isCard = (target: EventTarget | null) => !!shown && target === shown.card.host;
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
      mountCard(null, null, reference, true, (card) =>
        renderNotFound(card.mount, { text, onClose: () => dismiss(true) }),
      );
    },
    close: () => dismiss(true),
    applySettings(next) {
      settings = next;
      intent.setDelay(next.hoverDelayMs);
      const topicOff = !!shown?.topicId && next.disabledTopics.includes(shown.topicId);
      // "Hide this topic" and "Not on this site" close the card through here, often before their own
      // promise settles: focus that was in the card goes back to where it came from, not to <body>.
      if (shown && (topicOff || !isSiteEnabled(next, location.hostname))) dismiss(true);
    },
    host: () => shown?.card.host ?? null,
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardDataset, CardTerm } from '@/utils/dataset/types';
import { isMessage } from '@/utils/messages';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '@/utils/settings';
import { cardActions } from './card-actions';
import { createCardUi } from './card-chunk-ui';
import { createCardController, sameHit } from './card-controller';
import { CARD_HOST_TAG } from './card-host';
import { type CardUiLoader, createCardUiLoader, loadedCardUi, registerCardUi } from './card-ui';
import type { CardController, EffectiveSettings, MarkHit, PageMarks } from './contracts';
import { effectiveSettings } from './effective-settings';

const insomnia: CardTerm = {
  id: 'insomnia',
  name: 'Insomnia',
  topicId: 'sleep',
  note: 'Low magnesium is linked with poor sleep in some studies.',
  grade: 'limited',
  gradeReason: 'Small trials in older adults.',
  practical: 'Ask whether a sleep diary would help before trying supplements.',
  redFlags: ['Stopping breathing in sleep, or sleepiness while driving.'],
  sources: [{ title: 'A trial', url: 'https://example.org/trial', pmid: '23853635' }],
  related: [],
  article: { articleId: 'sleep', sectionId: 'what-trials-show', label: 'Sleep › What trials show' },
};

const cards: CardDataset = {
  topics: [{ id: 'sleep', name: 'Sleep', color: '#4b6cb7', description: '', termCount: 1 }],
  terms: [insomnia],
};
const effective = (settings: Partial<Settings> = {}): EffectiveSettings =>
  effectiveSettings({ ...DEFAULT_SETTINGS, ...settings }, location.hostname);

let controller: CardController;
let abort: AbortController;
let paragraph: HTMLParagraphElement;
let hit: MarkHit;
let hitUnderPointer: MarkHit | null;
let hideCurrent: ReturnType<typeof vi.fn<(hit?: MarkHit) => void>>;
/** The mark inside a focused link, for the focus trigger. */
let markInLink: MarkHit | null;

function makeHit(): MarkHit {
  const text = paragraph.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 10);
  range.setEnd(text, 18);
  // happy-dom has no layout: give the term a box on the first line.
  range.getClientRects = () => [new DOMRect(60, 100, 60, 18)] as unknown as DOMRectList;
  range.getBoundingClientRect = () => new DOMRect(60, 100, 60, 18);
  return { termId: 'insomnia', text: 'insomnia', range };
}

function setup(settings: Partial<Settings> = {}, ui: CardUiLoader = loadedCardUi(createCardUi(cards))) {
  const marks: PageMarks = {
    hitTest: () => hitUnderPointer,
    firstInView: () => hit,
    findByText: () => null,
    terms: () => [],
    reveal: () => false,
    applySettings: () => {},
    markIn: () => markInLink,
    step: () => null,
    positionOf: () => ({ index: 2, total: 12 }),
    hideCurrent,
  };
  abort = new AbortController();
  controller = createCardController({
    topicOf: (termId) => (termId === 'insomnia' ? 'sleep' : undefined),
    ui,
    actions: cardActions,
    settings: effective(settings),
    marks,
    signal: abort.signal,
  });
}

const hosts = () => document.querySelectorAll(CARD_HOST_TAG);
const shadow = () => controller.host()?.shadowRoot ?? null;
const dialog = () => shadow()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const button = (name: string) =>
  Array.from(shadow()?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === name)!;

beforeEach(() => {
  document.body.innerHTML = '<button id="before">Before</button><p>Trouble: insomnia at night</p>';
  paragraph = document.querySelector('p')!;
  hit = makeHit();
  hitUnderPointer = null;
  markInLink = null;
  hideCurrent = vi.fn<(hit?: MarkHit) => void>();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('card controller', () => {
  it('opens a card named after the term, with focus in it, and Escape returns focus', async () => {
    setup();
    const before = document.getElementById('before')!;
    before.focus();
    controller.open(hit, { focus: true });
    expect(hosts()).toHaveLength(1);
    expect(controller.host()?.parentNode).toBe(document.documentElement);
    const box = dialog()!;
    expect(box.getAttribute('aria-modal')).toBeNull();
    const [titleId] = box.getAttribute('aria-labelledby')!.split(' ');
    expect(shadow()!.getElementById(titleId!)?.textContent).toBe('Insomnia');
    await vi.waitFor(() => expect(document.activeElement).toBe(controller.host()));

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(before);
  });

  it('names the card by term, topic and grade, and describes where the term is on the page', () => {
    setup();
    controller.open(hit, { focus: true });
    const box = dialog()!;
    const textOf = (ids: string) =>
      ids
        .split(' ')
        .map((id) => shadow()!.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ');
    expect(textOf(box.getAttribute('aria-labelledby')!)).toBe('Insomnia — Sleep, evidence: limited');
    expect(textOf(box.getAttribute('aria-describedby')!)).toBe('Term 3 of 12 on this page');
  });

  it('takes the current-term mark off when the card of the current term closes', () => {
    setup();
    controller.open(hit, { focus: true });
    expect(hideCurrent).not.toHaveBeenCalled();
    controller.close();
    expect(hideCurrent).toHaveBeenCalledWith(hit);
  });

  it('opens the card when keyboard focus rests on a link in a marked term, and closes it when focus moves on', async () => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<a id="link" href="#x">insomnia</a><p>Trouble: insomnia at night</p><a id="other" href="#y">next</a>';
    paragraph = document.querySelector('p')!;
    hit = makeHit();
    markInLink = hit;
    setup();
    document.getElementById('link')!.focus();
    expect(hosts()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(DEFAULT_SETTINGS.hoverDelayMs + 10);
    expect(hosts()).toHaveLength(1);
    expect(document.activeElement?.id).toBe('link'); // the card does not take focus from the link
    markInLink = null;
    document.getElementById('other')!.focus();
    expect(hosts()).toHaveLength(0);
  });

  it('leaves focus on links alone when the setting is off', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<a id="link" href="#x">insomnia</a><p>Trouble: insomnia at night</p>';
    paragraph = document.querySelector('p')!;
    hit = makeHit();
    markInLink = hit;
    setup({ focusOpensCard: false });
    document.getElementById('link')!.focus();
    await vi.advanceTimersByTimeAsync(DEFAULT_SETTINGS.hoverDelayMs * 3);
    expect(hosts()).toHaveLength(0);
  });

  it('shows the note, the graded evidence, red flags, sources and the not-advice line', () => {
    setup();
    controller.open(hit, { focus: false });
    const text = shadow()!.textContent!;
    expect(text).toContain('Sleep');
    expect(text).toContain(insomnia.note);
    expect(text).toContain('Evidence: limited');
    expect(text).toContain('Small or low-quality studies, or mechanism only.');
    expect(text).toContain('Small trials in older adults.');
    expect(text).toContain(insomnia.practical);
    expect(text).toContain('Seek care if');
    expect(text).toContain('Educational information, not medical advice.');
    const link = shadow()!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/trial');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('saves a note through the background and says so', async () => {
    const notes: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message) || message.type !== 'save-note') return undefined;
      notes.push(message.note);
      return Promise.resolve({ ok: true, id: 1 });
    });
    setup();
    document.title = 'Sleep tips';
    controller.open(hit, { focus: false });
    button('Save').click();
    await vi.waitFor(() => expect(shadow()!.querySelector('[role="status"]')!.textContent).toBe('Saved ✓'));
    expect(notes).toEqual([
      { termId: 'insomnia', pageTitle: 'Sleep tips', pageUrl: location.href, saveKey: expect.any(String) },
    ]);
  });

  it('shows the error when the note cannot be saved', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, message: 'Storage is full.' }),
    );
    setup();
    controller.open(hit, { focus: false });
    button('Save').click();
    await vi.waitFor(() =>
      expect(shadow()!.querySelector('[role="status"]')!.textContent).toBe('Storage is full.'),
    );
  });

  it('"Hide this topic everywhere" turns the topic off, and the card stays to offer Undo', async () => {
    setup();
    const unwatch = watchSettings((next) =>
      controller.applySettings(effectiveSettings(next, location.hostname)),
    );
    abort.signal.addEventListener('abort', unwatch);
    controller.open(hit, { focus: false });
    button('Hide this topic everywhere').click();
    await vi.waitFor(async () => expect((await loadSettings()).disabledTopics).toEqual(['sleep']));
    const status = () => shadow()!.querySelector('[role="status"]')!.textContent;
    await vi.waitFor(() => expect(status()).toContain('hidden on every site'));
    expect(hosts()).toHaveLength(1);
    button('Undo').click();
    await vi.waitFor(async () => expect((await loadSettings()).disabledTopics).toEqual([]));
    await vi.waitFor(() => expect(status()).toContain('marked again'));
    // A later change from elsewhere closes the card as usual.
    controller.close();
    controller.open(hit, { focus: false });
    controller.applySettings(effective({ disabledTopics: ['sleep'] }));
    expect(hosts()).toHaveLength(0);
  });

  it('closes when its topic is turned off or MagLens is paused', () => {
    setup();
    controller.open(hit, { focus: false });
    controller.applySettings(effective({ disabledTopics: ['bones'] }));
    expect(hosts()).toHaveLength(1);
    controller.applySettings(effective({ disabledTopics: ['sleep'] }));
    expect(hosts()).toHaveLength(0);
    controller.open(hit, { focus: false });
    controller.applySettings(effective({ enabled: false }));
    expect(hosts()).toHaveLength(0);
  });

  it('gives focus back to the page when a settings change closes the card it was in', async () => {
    setup();
    const before = document.getElementById('before')!;
    before.focus();
    controller.open(hit, { focus: true });
    await vi.waitFor(() => expect(document.activeElement).toBe(controller.host()));
    controller.applySettings(effective({ disabledTopics: ['sleep'] }));
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(before);
  });

  it('says when looked-up text is not in MagLens', async () => {
    setup();
    controller.notFound('quantum healing');
    expect(shadow()!.textContent).toContain('“quantum healing” is not in MagLens yet.');
    await vi.waitFor(() => expect(document.activeElement).toBe(controller.host()));
  });

  it('keeps a single host, and removes it when the content script goes away', () => {
    setup();
    controller.open(hit, { focus: false });
    controller.open(hit, { focus: false });
    expect(hosts()).toHaveLength(1);
    abort.abort();
    expect(hosts()).toHaveLength(0);
  });

  it('opens after the pointer rests on a term and closes after it leaves', async () => {
    vi.useFakeTimers();
    setup({ hoverDelayMs: 350 });
    const move = (x: number, y: number) => {
      document.dispatchEvent(
        new PointerEvent('pointermove', { pointerType: 'mouse', clientX: x, clientY: y, bubbles: true }),
      );
      vi.advanceTimersByTime(20); // one frame
    };
    hitUnderPointer = hit;
    move(70, 105);
    vi.advanceTimersByTime(400);
    expect(hosts()).toHaveLength(1);
    hitUnderPointer = null;
    move(300, 300);
    vi.advanceTimersByTime(400);
    expect(hosts()).toHaveLength(0);
  });

  it('opens on a tap when touchTap is on, and cancels only that tap', () => {
    setup({ touchTap: true });
    hitUnderPointer = hit;
    paragraph.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    const tap = new MouseEvent('click', { bubbles: true, cancelable: true });
    paragraph.dispatchEvent(tap);
    expect(hosts()).toHaveLength(1);
    expect(tap.defaultPrevented).toBe(true);
    // A second tap on the same term goes to the page.
    const again = new MouseEvent('click', { bubbles: true, cancelable: true });
    paragraph.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('ignores taps when touchTap is off', () => {
    setup({ touchTap: false });
    hitUnderPointer = hit;
    paragraph.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    paragraph.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(hosts()).toHaveLength(0);
  });

  it('loads the card UI on the first card only, and shows the card once it has loaded', async () => {
    let loads = 0;
    let finish = () => {};
    const ui = createCardUiLoader(() => {
      loads++;
      return new Promise<void>((resolve) => {
        finish = () => {
          registerCardUi(createCardUi(cards));
          resolve();
        };
      });
    });
    setup({}, ui);
    expect(loads).toBe(0);
    controller.open(hit, { focus: false });
    expect(hosts()).toHaveLength(0);
    finish();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    controller.close();
    controller.open(hit, { focus: false });
    expect(hosts()).toHaveLength(1);
    expect(loads).toBe(1);
  });

  it('shows nothing when the card was closed before its UI arrived, and tries again after a failed load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    let finish = () => {};
    const ui = createCardUiLoader(() =>
      fail
        ? Promise.reject(new Error('offline'))
        : new Promise<void>((resolve) => {
            finish = () => {
              registerCardUi(createCardUi(cards));
              resolve();
            };
          }),
    );
    setup({}, ui);
    controller.open(hit, { focus: false });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    fail = false;
    controller.open(hit, { focus: false });
    controller.close();
    finish();
    await ui.load();
    expect(hosts()).toHaveLength(0);
    warn.mockRestore();
  });

  it('tells occurrences apart', () => {
    const other = makeHit();
    other.range.setStart(paragraph.firstChild!, 0);
    expect(sameHit(hit, { ...hit })).toBe(true);
    expect(sameHit(hit, other)).toBe(false);
  });
});

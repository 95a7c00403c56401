import { afterEach, describe, expect, it } from 'vitest';
import type { MatcherEntry, Topic } from '@/utils/dataset/types';
import { matchRules } from '@/utils/matcher/match-rules';
import { createStagedPageMatcher, packWordings } from '@/utils/matcher/packed-wordings';
import { createTermMatcher, type TermMatcher } from '@/utils/matcher/term-matcher';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { HighlightEnvironment, HighlightLike } from './highlights';
import { createPageMarks, type ScanStats } from './page-marks';

const termTopics: Record<string, string> = {
  insomnia: 'sleep',
  'proton-pump-inhibitors': 'medications',
  depression: 'mood-stress',
};
const dataset = {
  version: 'test',
  topics: <Topic[]>[
    { id: 'sleep', name: 'Sleep', color: '#3a6ea5', description: '', termCount: 1 },
    { id: 'medications', name: 'Medications', color: '#7b5ea7', description: '', termCount: 1 },
    { id: 'mood-stress', name: 'Mood & stress', color: '#a55a3a', description: '', termCount: 1 },
  ],
  matcher: <MatcherEntry[]>[
    { text: 'insomnia', termId: 'insomnia', exactCase: false, kind: 'specific' },
    { text: 'omeprazole', termId: 'proton-pump-inhibitors', exactCase: false, kind: 'specific' },
    { text: 'PPIs', termId: 'proton-pump-inhibitors', exactCase: true, kind: 'specific' },
    {
      text: 'depression',
      termId: 'depression',
      exactCase: false,
      kind: 'everyday',
      context: { anyOf: ['mood'], noneOf: ['economic'] },
    },
  ],
};
const matcher = createTermMatcher(dataset.matcher);

function fakeHighlights() {
  const registry = new Map<string, HighlightLike & { ranges: Set<AbstractRange> }>();
  const env: HighlightEnvironment = {
    registry: {
      set: (name, h) => registry.set(name, h as HighlightLike & { ranges: Set<AbstractRange> }),
      delete: (name) => registry.delete(name),
    },
    createHighlight: () => {
      const ranges = new Set<AbstractRange>();
      return {
        ranges,
        priority: 0,
        add: (r: AbstractRange) => ranges.add(r),
        clear: () => ranges.clear(),
        get size() {
          return ranges.size;
        },
      };
    },
  };
  const texts = () =>
    Object.fromEntries(
      [...registry].map(([name, h]) => [name, [...h.ranges].map((r) => (r as Range).toString())]),
    );
  return { env, registry, texts };
}

let controller = new AbortController();
afterEach(() => controller.abort());

function setup(
  html: string,
  settings: Partial<Settings> = {},
  sliceMs?: number,
  pageMatcher: TermMatcher = matcher,
) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const { env, texts } = fakeHighlights();
  const scans: ScanStats[] = [];
  let wake: (() => void) | null = null;
  let batchesHandled = 0;
  let wakeBatch: (() => void) | null = null;
  const marks = createPageMarks(
    {
      topics: dataset.topics,
      topicOf: (termId) => termTopics[termId],
      matcher: pageMatcher,
      rules: matchRules,
      settings: { ...DEFAULT_SETTINGS, ...settings, siteOn: true },
      signal: controller.signal,
      isOwnElement: (n) => n instanceof Element && n.localName === 'maglens-card',
    },
    {
      highlights: env,
      sliceMs,
      onScanned: (stats) => {
        scans.push(stats);
        wake?.();
      },
      onBatchHandled: () => {
        batchesHandled++;
        wakeBatch?.();
      },
    },
  );
  const scanned = (count: number) =>
    new Promise<void>((resolve) => {
      if (scans.length >= count) return resolve();
      wake = () => scans.length >= count && resolve();
    });
  /** Resolves once the next batch of page changes has been handled (whatever it did). */
  const nextBatch = () => {
    const target = batchesHandled + 1;
    return new Promise<void>((resolve) => {
      wakeBatch = () => batchesHandled >= target && resolve();
    });
  };
  return { marks, texts, scans, scanned, nextBatch };
}

const PAGE = `<p>Omeprazole and other PPIs can cause insomnia.</p>
  <p>Later: omeprazole, again insomnia, and low mood with depression.</p>
  <p>The economic depression of 1930.</p>`;

/** A matcher whose wordings load when the test says (as the content script's load on a first candidate). */
function stagedMatcher() {
  const { trie, wordings, termIds, termTopics: topics, ...frame } = packWordings(dataset.matcher, termTopics);
  let release: () => void = () => {};
  let asked = 0;
  const { matcher: staged } = createStagedPageMatcher(frame, () => {
    asked++;
    return new Promise((resolve) => {
      release = () => resolve({ trie, wordings, termIds, termTopics: topics });
    });
  });
  return { staged, release: () => release(), asked: () => asked };
}

describe('page marks', () => {
  it("loads the wordings at the page's first candidate and paints once they are here", async () => {
    const { staged, release, asked } = stagedMatcher();
    const { texts, scanned, scans } = setup(PAGE, {}, undefined, staged);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked()).toBe(1);
    expect(scans).toEqual([]);
    release();
    await scanned(1);
    expect(texts()).toEqual({
      'maglens-medications': ['Omeprazole', 'PPIs'],
      'maglens-sleep': ['insomnia'],
      'maglens-mood-stress': ['depression'],
    });
    expect(asked()).toBe(1);
  });

  it('stops quietly when the wordings fail to load, and loads them at the next change of the page', async () => {
    const {
      trie,
      wordings,
      termIds,
      termTopics: topics,
      ...frame
    } = packWordings(dataset.matcher, termTopics);
    let asked = 0;
    const { matcher: staged } = createStagedPageMatcher(frame, () => {
      asked++;
      return asked === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve({ trie, wordings, termIds, termTopics: topics });
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { texts, scanned, scans, nextBatch } = setup(PAGE, {}, undefined, staged);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(asked).toBe(1);
      expect(scans).toEqual([]);
      expect(texts()).toEqual({});
      const handled = nextBatch();
      document.body.insertAdjacentHTML('beforeend', '<p>More about insomnia.</p>');
      await handled;
      await scanned(1);
      expect(asked).toBe(2);
      expect(texts()['maglens-sleep']).toEqual(['insomnia']);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('never loads the wordings for a page without a candidate', async () => {
    const { staged, asked } = stagedMatcher();
    const { texts, scanned } = setup('<p>A quiet afternoon by the lake.</p>', {}, undefined, staged);
    await scanned(1);
    expect(texts()).toEqual({});
    expect(asked()).toBe(0);
  });

  it('paints the first occurrence of each wording, one highlight per topic', async () => {
    const { texts, scanned } = setup(PAGE);
    await scanned(1);
    expect(texts()).toEqual({
      'maglens-medications': ['Omeprazole', 'PPIs'],
      'maglens-sleep': ['insomnia'],
      'maglens-mood-stress': ['depression'],
    });
  });

  it('paints every occurrence in "every" density, never the economic depression', async () => {
    const { texts, scanned } = setup(PAGE, { density: 'every' });
    await scanned(1);
    expect(texts()['maglens-medications']).toEqual(['Omeprazole', 'PPIs', 'omeprazole']);
    expect(texts()['maglens-mood-stress']).toEqual(['depression']);
  });

  it('counts for the popup what is marked, grouped by term in page order', async () => {
    const every = setup(PAGE, { density: 'every' });
    await every.scanned(1);
    expect(every.marks.terms()).toEqual([
      { termId: 'proton-pump-inhibitors', wordings: ['Omeprazole', 'PPIs'], count: 3 },
      { termId: 'insomnia', wordings: ['insomnia'], count: 2 },
      { termId: 'depression', wordings: ['depression'], count: 1 },
    ]);
    controller.abort();
    // "First occurrence" marks each wording once: the counts say so too.
    const first = setup(PAGE);
    await first.scanned(1);
    expect(first.marks.terms()).toEqual([
      { termId: 'proton-pump-inhibitors', wordings: ['Omeprazole', 'PPIs'], count: 2 },
      { termId: 'insomnia', wordings: ['insomnia'], count: 1 },
      { termId: 'depression', wordings: ['depression'], count: 1 },
    ]);
  });

  it('lists terms added later where they stand on the page, not at the end', async () => {
    const { marks, scanned, nextBatch } = setup(`<main>${PAGE}</main>`, { density: 'every' });
    await scanned(1);
    const handled = nextBatch();
    const early = document.createElement('p');
    early.textContent = 'Early on: insomnia.';
    document.querySelector('main')!.prepend(early);
    await handled;
    expect(marks.terms()[0]?.termId).toBe('insomnia');
  });

  describe('the current term', () => {
    /** happy-dom has no layout: every range gets a box, one line per paragraph, all in view. */
    const withBoxes = () => {
      const original = Range.prototype.getBoundingClientRect;
      Range.prototype.getBoundingClientRect = function (this: Range) {
        const paragraphs = [...document.querySelectorAll('p')];
        const line = paragraphs.findIndex((p) => p.contains(this.startContainer));
        return new DOMRect(10 + this.startOffset, 20 * line + 10, 40, 16);
      };
      return () => {
        Range.prototype.getBoundingClientRect = original;
      };
    };

    it('walks the marks in reading order with a highlight of its own, wrapping at the ends', async () => {
      const restore = withBoxes();
      try {
        const { marks, texts, scanned } = setup(PAGE, { density: 'every' });
        await scanned(1);
        const walk = ['next', 'next', 'next', 'next', 'next', 'next', 'next'] as const;
        const seen = walk.map((direction) => {
          const moved = marks.step(direction)!;
          expect(texts()['maglens-current-term']).toEqual([moved.hit.text]);
          return `${moved.index + 1}/${moved.total} ${moved.hit.text}`;
        });
        expect(seen).toEqual([
          '1/6 Omeprazole',
          '2/6 PPIs',
          '3/6 insomnia',
          '4/6 omeprazole',
          '5/6 insomnia',
          '6/6 depression',
          '1/6 Omeprazole',
        ]);
        expect(marks.step('previous')?.hit.text).toBe('depression');
      } finally {
        restore();
      }
    });

    it('moves on from the open card’s term, and its mark goes when that card closes', async () => {
      const restore = withBoxes();
      try {
        const { marks, texts, scanned } = setup(PAGE, { density: 'every' });
        await scanned(1);
        const third = marks.step('next', null) && marks.step('next') && marks.step('next');
        expect(third?.hit.text).toBe('insomnia');
        expect(marks.positionOf(third!.hit)).toEqual({ index: 2, total: 6 });
        marks.hideCurrent(third!.hit);
        expect(texts()['maglens-current-term']).toBeUndefined();
        // The next move still starts from where the reader was.
        expect(marks.step('next')?.hit.text).toBe('omeprazole');
        // From a card opened on another term (by hover), the move goes on from that term.
        const ppis = marks.findByText('PPIs')!;
        expect(marks.step('next', ppis)?.hit.text).toBe('insomnia');
      } finally {
        restore();
      }
    });

    it('makes the term chosen in the popup the current term', async () => {
      const restore = withBoxes();
      try {
        const { marks, texts, scanned } = setup(PAGE, { density: 'every' });
        await scanned(1);
        expect(marks.reveal('depression')).toBe(true);
        expect(texts()['maglens-current-term']).toEqual(['depression']);
        expect(marks.step('previous')?.hit.text).toBe('insomnia');
      } finally {
        restore();
      }
    });

    it('drops the current term when its topic is turned off', async () => {
      const restore = withBoxes();
      try {
        const { marks, texts, scanned } = setup(PAGE, { density: 'every' });
        await scanned(1);
        marks.reveal('insomnia');
        marks.applySettings({
          ...DEFAULT_SETTINGS,
          density: 'every',
          disabledTopics: ['sleep'],
          siteOn: true,
        });
        expect(texts()['maglens-current-term']).toBeUndefined();
        expect(marks.step('next')?.total).toBe(4);
      } finally {
        restore();
      }
    });
  });

  it('turns a topic and the site off and on live, without rescanning', async () => {
    const { marks, texts, scanned, scans } = setup(PAGE);
    await scanned(1);
    marks.applySettings({ ...DEFAULT_SETTINGS, disabledTopics: ['medications'], siteOn: true });
    expect(Object.keys(texts())).toEqual(['maglens-sleep', 'maglens-mood-stress']);
    marks.applySettings({ ...DEFAULT_SETTINGS, siteOn: false });
    expect(texts()).toEqual({});
    marks.applySettings({ ...DEFAULT_SETTINGS, siteOn: true });
    expect(texts()['maglens-medications']).toEqual(['Omeprazole', 'PPIs']);
    expect(scans).toHaveLength(1);
  });

  it('scans nothing while off on this site, and catches up with what changed once back on', async () => {
    const { marks, scanned, scans, texts, nextBatch } = setup(
      '<main><p>Omeprazole.</p><p id="old">insomnia</p></main>',
    );
    await scanned(1);
    marks.applySettings({ ...DEFAULT_SETTINGS, siteOn: false });
    const handled = nextBatch();
    const p = document.createElement('p');
    p.textContent = 'low mood with depression';
    document.querySelector('main')!.append(p);
    document.getElementById('old')!.remove();
    await handled;
    expect(scans).toHaveLength(1);
    marks.applySettings({ ...DEFAULT_SETTINGS, siteOn: true });
    await scanned(2);
    expect(Object.keys(texts()).sort()).toEqual(['maglens-medications', 'maglens-mood-stress']);
    expect(
      marks
        .terms()
        .map((t) => t.termId)
        .sort(),
    ).toEqual(['depression', 'proton-pump-inhibitors']);
  });

  it('counts an ambiguous wording only when the page is about health', async () => {
    const { texts, scanned } = setup('<p>Years of depression in the markets.</p>');
    await scanned(1);
    expect(texts()).toEqual({});
  });

  it('marks content added later, and forgets removed content', async () => {
    const { marks, scanned, nextBatch } = setup('<main><p>Nothing yet.</p></main>');
    await scanned(1);
    const added = nextBatch();
    const p = document.createElement('p');
    p.innerHTML = 'Now <b>insomnia</b> appears.';
    document.querySelector('main')!.append(p);
    await added;
    await scanned(2);
    expect(marks.terms()).toEqual([{ termId: 'insomnia', wordings: ['insomnia'], count: 1 }]);
    const handled = nextBatch();
    p.remove();
    await handled;
    expect(marks.terms()).toEqual([]);
  });

  it('counts content added while the first scan is still running once, not twice', async () => {
    const html = Array.from({ length: 600 }, () => '<p>insomnia</p>').join('');
    const { marks, scanned, nextBatch } = setup(`<main>${html}</main>`, { density: 'every' }, 0);
    const handled = nextBatch();
    const late = document.createElement('p');
    late.textContent = 'late insomnia';
    document.querySelector('main')!.append(late);
    await scanned(1);
    await handled;
    expect(marks.terms()).toEqual([{ termId: 'insomnia', wordings: ['insomnia'], count: 601 }]);
  });

  it('finds a mark by its wording and reveals a term with a flash', async () => {
    const { marks, texts, scanned } = setup(PAGE);
    await scanned(1);
    expect(marks.findByText(' PPIS ')?.termId).toBe('proton-pump-inhibitors');
    expect(marks.findByText('melatonin')).toBeNull();
    expect(marks.reveal('insomnia')).toBe(true);
    expect(texts()['maglens-flash']).toEqual(['insomnia']);
    expect(marks.reveal('melatonin')).toBe(false);
  });

  it('paints nothing in "off" style but still finds marks for the card', async () => {
    const { marks, texts, scanned } = setup(PAGE, { style: 'off' });
    await scanned(1);
    expect(texts()).toEqual({});
    expect(marks.hitTest(1, 1)).toBeNull();
    expect(marks.findByText('insomnia')?.text).toBe('insomnia');
  });

  it('marks text in the shadow roots of custom and built-in elements, the built-in ones after a sweep', async () => {
    if (!customElements.get('x-widget')) {
      customElements.define(
        'x-widget',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>omeprazole</p>';
          }
        },
      );
    }
    const { texts, scans, scanned } = setup('<p>Plain text.</p><x-widget></x-widget><div id="host"></div>');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>insomnia</p>';
    await scanned(1);
    expect(texts()).toEqual({ 'maglens-medications': ['omeprazole'] });
    await scanned(2);
    expect(scans[1]!.matches).toBe(2);
    expect(texts()).toEqual({ 'maglens-medications': ['omeprazole'], 'maglens-sleep': ['insomnia'] });
  });

  it('removes every highlight when its signal aborts', async () => {
    const { texts, scanned } = setup(PAGE);
    await scanned(1);
    controller.abort();
    expect(texts()).toEqual({});
  });
});

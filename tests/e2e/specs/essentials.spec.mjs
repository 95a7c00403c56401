// The card's essentials in sight: for terms near the top of a 1280 × 800 window and for terms in its
// middle, the card shows what the term has to do with magnesium, its grade, "In practice" and "Seek care
// if" without scrolling, inside the window, and it does not cover the term under the mouse.
//
// A sample of the dataset's terms by default (every third, and the ones with the most to show);
// MAGLENS_ESSENTIALS=all measures every term and prints the figures.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const TOPICS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/topics');
const WINDOW = { width: 1280, height: 800 };
/** Where a term sits in the window: its line's top near the top, or its line's middle in the middle. */
const POSITIONS = { top: 100, middle: WINDOW.height / 2 };
/** A wider window, whose margins hold the card beside the same column (narrowed to fit). */
const WIDE = { width: 1440, height: 800 };

/** Every term of the dataset, with a phrase that names it unambiguously and how much its card has to show. */
async function datasetTerms() {
  const terms = [];
  for (const file of (await readdir(TOPICS_DIR)).filter((f) => f.endsWith('.yaml')).sort()) {
    const topic = parse(await readFile(path.join(TOPICS_DIR, file), 'utf8'));
    for (const term of topic.terms) {
      const phrase = term.specific?.[0] ?? term.everyday?.[0];
      if (!phrase) continue;
      const size = term.note.length + (term.practical ?? '').length + (term.redFlags ?? []).join(' ').length;
      terms.push({ id: term.id, name: term.name, phrase, size });
    }
  }
  return terms;
}

/** Every third term, and the six with the most text in their essentials. */
function sample(terms) {
  if (process.env.MAGLENS_ESSENTIALS === 'all') return terms;
  const longest = new Set([...terms].sort((a, b) => b.size - a.size).slice(0, 6));
  return terms.filter((term, i) => i % 3 === 0 || longest.has(term));
}

/** One paragraph for each term, with the term on its second line, among sentences that name no other. */
async function openTermsPage(t, terms, window) {
  const page = await t.newPage();
  await page.setViewport(window);
  await page.goto(t.fixtureUrl('card-essentials.html'), { waitUntil: 'load' });
  await page.evaluate((list) => {
    const host = document.getElementById('terms');
    for (const term of list) {
      const p = document.createElement('p');
      p.append(
        'The library on the corner kept its doors open late on Thursday, and the reading room was full. ',
        'A reader asked the desk about ',
      );
      const span = document.createElement('span');
      span.dataset.term = term.id;
      span.textContent = term.phrase;
      p.append(span, ' and took a pamphlet home to read on the train, along with a novel and a map.');
      host.append(p);
    }
  }, terms);
  await t.waitForMarks(page);
  return page;
}

/** Scrolls the page so the term's line sits at `y` (its top, or its middle), and returns its box. */
function placeTerm(page, id, where) {
  return page.evaluate(
    (termId, position, y) => {
      const el = document.querySelector(`[data-term="${termId}"]`);
      const line = () => el.getClientRects()[0];
      const r = line();
      const at = position === 'top' ? r.top : (r.top + r.bottom) / 2;
      window.scrollBy({ top: at - y, behavior: 'instant' });
      const placed = line();
      return { left: placed.left, top: placed.top, right: placed.right, bottom: placed.bottom };
    },
    id,
    where,
    POSITIONS[where],
  );
}

/** In the page: the open, settled card as a reader sees it (its name, its box, and each essential's box
 * against what shows of it), or null while there is none. */
function essentialsInPage() {
  {
    const host = document.querySelector('maglens-card');
    const root = host?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog || getComputedStyle(host).visibility !== 'visible') return null;
    if (!dialog.getAnimations().every((a) => a.playState === 'finished')) return null;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const titleId = (dialog.getAttribute('aria-labelledby') ?? '').split(' ')[0];
    const parts = {
      title: root.getElementById(titleId),
      what: root.querySelector('.note'),
      grade: root.querySelector('button.grade'),
      'in practice': root.querySelector('.practical'),
      'seek care if': root.querySelector('.flags'),
    };
    // What shows of an element: the card's box, cut by every box between them that clips what overflows.
    const shown = (el) => {
      let area = box(dialog);
      for (let up = el.parentElement; up && up !== dialog; up = up.parentElement) {
        if (getComputedStyle(up).overflowY === 'visible') continue;
        const b = box(up);
        area = {
          left: Math.max(area.left, b.left),
          top: Math.max(area.top, b.top),
          right: Math.min(area.right, b.right),
          bottom: Math.min(area.bottom, b.bottom),
        };
      }
      return area;
    };
    return {
      name: parts.title?.textContent.trim() ?? '',
      card: box(dialog),
      parts: Object.entries(parts)
        .filter(([, el]) => el)
        .map(([part, el]) => ({ part, box: box(el), shown: shown(el) })),
    };
  }
}

const within = (inner, outer, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;
const covers = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Hovers each term at `where` and lists what a reader would miss: essentials cut off, a covered term, and
 * with `beside`, any of the text column covered.
 */
async function missedEssentials(t, where, { window = WINDOW, every = 0, beside = false } = {}) {
  const all = sample(await datasetTerms());
  const terms = every ? all.filter((_, i) => i % every === 0) : all;
  const page = await openTermsPage(t, terms, window);
  const view = { left: 0, top: 0, right: window.width, bottom: window.height };
  const column = await page.$eval('#terms', (el) => el.getBoundingClientRect().right);
  const problems = [];
  const longest = [...terms].sort((a, b) => b.size - a.size)[0];
  let shot = false;
  for (const term of terms) {
    const line = await placeTerm(page, term.id, where);
    const x = (line.left + line.right) / 2;
    const y = (line.top + line.bottom) / 2;
    // From the page's left margin, as a reader's hand arrives.
    await page.mouse.move(20, y);
    await page.mouse.move(x, y, { steps: 6 });
    const handle = await page
      .waitForFunction(essentialsInPage, { timeout: 5000, polling: 50 })
      .catch(() => assert.fail(`no card opened for ${term.id} ("${term.phrase}") at the ${where}`));
    const card = await handle.jsonValue();
    if (card.name !== term.name) {
      problems.push(`${term.id}: "${term.phrase}" opened the card for ${card.name}`);
    } else {
      const cut = card.parts
        .filter(({ box, shown }) => !within(box, shown) || !within(box, view))
        .map(({ part }) => part);
      if (cut.length > 0) problems.push(`${term.id}: ${cut.join(', ')} not in sight`);
      if (covers(card.card, line)) problems.push(`${term.id}: the card covers the term`);
      if (beside && card.card.left < column) problems.push(`${term.id}: the card covers the text column`);
    }
    // The card with the most to show, and the first one that misses something, for a look.
    if (term === longest || (problems.length === 1 && !shot)) {
      shot = true;
      await t.screenshot(page, `essentials-${window.width}-${where}-${term.id}`);
    }
    await page.mouse.move(20, 20, { steps: 2 });
    await page.waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 });
  }
  const seen = terms.length - new Set(problems.map((p) => p.split(':')[0])).size;
  console.log(
    `    ${t.browserName}, ${window.width} × ${window.height}, terms at the ${where}: essentials in sight for ${seen} of ${terms.length}`,
  );
  if (process.env.MAGLENS_ESSENTIALS === 'all' && problems.length) console.log(problems.join('\n'));
  return problems;
}

export const tests = [
  {
    name: "the card's essentials are in sight, in the window, beside a term near the top of the window",
    timeout: 240_000,
    async run(t) {
      const problems = await missedEssentials(t, 'top');
      assert.deepEqual(problems, []);
    },
  },
  {
    name: "the card's essentials are in sight, in the window, beside a term in the middle of the window",
    timeout: 240_000,
    async run(t) {
      const problems = await missedEssentials(t, 'middle');
      assert.deepEqual(problems, []);
    },
  },
  {
    name: 'in a window whose margins have room, the card sits beside the text column, covering none of it, essentials in sight',
    timeout: 120_000,
    async run(t) {
      const problems = await missedEssentials(t, 'middle', { window: WIDE, every: 4, beside: true });
      assert.deepEqual(problems, []);
    },
  },
];

// The toolbar popup and the full-tab reader, as a user drives them: on this page, articles, search, notes.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measurePopupPaint } from '../../bench/popup-paint.mjs';
import { colorScheme } from '../lib/color-scheme.mjs';
import { delay } from '../lib/wait.mjs';

/** The visible text of the popup's current view. */
// biome-ignore lint/performance/useDomNodeTextContent: the text a user sees, not hidden nodes
const viewText = (page) => page.$eval('#ml-panel', (el) => el.innerText);

/** Waits until the current view's text contains `text` (or matches it); returns the view's text. */
async function waitForView(page, text, timeout = 10_000) {
  const started = Date.now();
  let last = '';
  for (;;) {
    last = await viewText(page).catch(() => '');
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    if (Date.now() - started > timeout) break;
    await delay(50);
  }
  assert.fail(`the view never showed ${text} within ${timeout} ms; it shows:\n${last.slice(0, 600)}`);
}

/** Opens popup.html (in a tab, the way tests can) once its first view has rendered. */
async function openPopup(t, query = '') {
  const page = await t.openExtensionPage(`popup.html${query}`);
  await page.waitForSelector('#ml-panel h1', { timeout: 10_000 });
  return page;
}

/**
 * The id of the newest tab other than the extension page asking. Browsers don't show MagLens the URLs
 * of tabs (it has no "tabs" permission), so tests open the fixture last and take the newest tab.
 */
async function newestTabId(t) {
  return t.extensionEval(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const own = await api.tabs.getCurrent();
    const ids = (await api.tabs.query({})).map((tab) => tab.id).filter((id) => id !== own?.id);
    return ids.length ? Math.max(...ids) : null;
  });
}

/**
 * Opens popup.html where it will move on by itself (a "Read more" target changes its address at once, which
 * the harness's Firefox loader would wait for in vain): navigates without waiting, then waits for `selector`.
 */
async function openMovingPopup(t, selector) {
  const page = await t.browser.newPage();
  page.goto(t.extensionUrl('popup.html')).catch(() => {}); // Firefox: settles with "Frame detached"
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate((sel) => !!document.querySelector(sel), selector).catch(() => false))) {
    if (Date.now() > deadline) assert.fail(`popup.html never showed ${selector}`);
    await delay(50);
  }
  return page;
}

/** The open page whose address ends with `ending` (Firefox reports extension pages as about:blank, so
 * each page is asked for its own location). */
async function pageShowing(t, ending, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await t.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.endsWith(ending)) return page;
    }
    if (Date.now() > deadline) assert.fail(`no tab showed …${ending} within ${timeout} ms`);
    await delay(100);
  }
}

/** Opens a fixture, then the popup aimed at its tab with `?tab=<id>`. */
async function popupForFixture(t, fixture) {
  const article = await t.openFixture(fixture, { waitForMarks: fixture !== 'popup-empty.html' });
  if (fixture === 'popup-empty.html') await delay(500); // its content script has nothing to wait for
  const id = await newestTabId(t);
  assert.notEqual(id, null, `the extension cannot find the tab of ${fixture}`);
  const popup = await openPopup(t, `?tab=${id}`);
  return { article, popup };
}

/** The switch whose label starts with `label`, once rendered; with `checked`, once in that state. */
async function switchLabelled(page, label, checked) {
  const find = (want, state) =>
    [...document.querySelectorAll('[role="switch"]')].find(
      (el) =>
        [...el.labels].some((label) => label.textContent.trim().startsWith(want)) &&
        (state === undefined || el.getAttribute('aria-checked') === String(state)),
    ) ?? null;
  await page.waitForFunction(find, { timeout: 10_000 }, label, checked);
  return (await page.evaluateHandle(find, label, checked)).asElement();
}

/** Axe violations of serious or critical impact on the page as it is now. */
async function seriousViolations(page) {
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  });
}

/** Where an element sits inside the popup's scrolling view: its top relative to the view's top. */
const offsetInView = (page, selector) =>
  page.$eval(selector, (el) => {
    const main = document.querySelector('.ml-main').getBoundingClientRect();
    return Math.round(el.getBoundingClientRect().top - main.top);
  });

const saveNoteLikeACard = (t, note) =>
  t.extensionEval(async (draft) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.runtime.sendMessage({ type: 'save-note', note: draft });
  }, note);

export const tests = [
  {
    name: 'the popup lists the five articles and finds "PPI" as proton pump inhibitors first, from the keyboard',
    async run(t) {
      const popup = await openPopup(t);
      await popup.focus('#tab-page');
      await popup.keyboard.press('ArrowRight');
      await popup.waitForSelector('#tab-articles[aria-selected="true"]');
      const articles = await popup.$$eval('#ml-panel .ml-list > li .ml-item-title', (els) =>
        els.map((el) => el.textContent),
      );
      assert.equal(articles.length, 5, `articles listed: ${articles.join(' | ')}`);

      await popup.keyboard.press('ArrowRight');
      await popup.waitForSelector('#tab-search[aria-selected="true"]');
      await popup.waitForSelector('input[type="search"]');
      await popup.focus('input[type="search"]');
      await popup.keyboard.type('PPI');
      await waitForView(popup, /\d+ results?/);
      const first = await popup.$eval('#ml-panel .ml-list > li .ml-item-title', (el) => el.textContent);
      assert.match(first, /proton pump inhibitors/i, `first result for PPI: ${first}`);
      await t.screenshot(popup, 'popup-search-ppi');

      await popup.click('input[type="search"]', { count: 3 });
      await popup.keyboard.type('magnesim');
      await waitForView(popup, 'Did you mean');
      const suggestions = await popup.$$eval('#ml-panel .ml-link-button', (els) =>
        els.map((el) => el.textContent),
      );
      assert.ok(
        suggestions.some((s) => /^magnesium\b/i.test(s)),
        `suggestions for "magnesim": ${suggestions.join(', ')}`,
      );
      await popup.click('#ml-panel .ml-link-button');
      const after = await waitForView(popup, /\d+ results?/);
      assert.doesNotMatch(after, /Nothing found/);
    },
  },
  {
    name: 'a card\'s "Read more" opens the popup at its article section; term links and Back work',
    async run(t) {
      await t.extensionEval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.local.set({
          readerTarget: { articleId: 'medicines', sectionId: 'digoxin', at: Date.now() },
        });
      });
      const popup = await openMovingPopup(t, '#section-digoxin');
      await waitForView(popup, 'Digoxin');
      await delay(200);
      const top = await offsetInView(popup, '#section-digoxin');
      assert.ok(top >= -2 && top < 80, `the Digoxin section is not at the top of the view (${top} px)`);
      const ends = await viewText(popup);
      assert.match(ends, /Sources/);
      assert.match(ends, /not medical advice/i);
      await t.screenshot(popup, 'popup-read-more-digoxin');

      // "Open in a tab" opens the full-size reader at the same place.
      await popup.click('.ml-header-links button');
      const reader = await pageShowing(t, 'reader.html#/article/medicines/digoxin');
      await reader.waitForSelector('#section-digoxin', { timeout: 10_000 });
      await reader.close();
      await popup.bringToFront();

      // A term link inside the article opens its card; Backspace (not typing) comes back.
      await popup.click('#ml-panel .ml-term-link');
      await popup.waitForSelector('#term-title');
      const card = await viewText(popup);
      assert.match(card, /evidence/i);
      assert.match(card, /Save to My notes/);
      await popup.keyboard.press('Backspace');
      await popup.waitForSelector('#section-digoxin');

      // Alt+Left leaves the article for the view the popup opened on.
      await popup.keyboard.down('Alt');
      await popup.keyboard.press('ArrowLeft');
      await popup.keyboard.up('Alt');
      await waitForView(popup, 'On this page');
      assert.equal(await popup.$('.ml-back'), null, 'a Back button is left with nowhere to go');

      // The target was consumed: the next popup opens normally.
      const again = await openPopup(t);
      await delay(300);
      assert.equal(
        await again.$('#article-title'),
        null,
        'a used "Read more" target opened the article again',
      );
    },
  },
  {
    name: 'the full-tab reader lands on the section in its address, at a reading width',
    async run(t) {
      const reader = await t.openExtensionPage('reader.html#/article/sleep/restless-legs');
      await reader.setViewport({ width: 1280, height: 800 });
      await reader.waitForSelector('#section-restless-legs');
      await delay(200);
      const top = await offsetInView(reader, '#section-restless-legs');
      assert.ok(top >= -2 && top < 80, `the section is not at the top of the view (${top} px)`);
      const width = await reader.$eval('.ml-view', (el) => el.getBoundingClientRect().width);
      assert.ok(width < 800 && width > 400, `reading column is ${width} px wide at 1280 px`);
      await t.screenshot(reader, 'reader-restless-legs');
    },
  },
  {
    name: '"On this page" lists the page\'s terms by topic; choosing one scrolls the page to it',
    async run(t) {
      const { article, popup } = await popupForFixture(t, 'popup-page.html');
      const text = await waitForView(popup, /health terms? on this page/);
      for (const expected of ['Medications', 'Sleep', 'Insomnia', 'Spinach', '“omeprazole”']) {
        assert.ok(text.includes(expected), `"${expected}" is missing from On this page:\n${text}`);
      }
      assert.match(text, /Proton pump inhibitors/i);
      await t.screenshot(popup, 'popup-on-this-page');

      assert.equal(await article.evaluate(() => window.scrollY), 0);
      const spinach = await popup.$('button[aria-label^="Spinach"]');
      assert.ok(spinach, 'no button for Spinach');
      // A toolbar popup sits over the visible page; here the popup is a tab of its own, so the page is
      // brought to the front first (a hidden tab does not scroll smoothly) and the button clicked in place.
      await article.bringToFront();
      await spinach.evaluate((el) => el.click());
      await waitForView(popup, 'is highlighted on the page');
      await article.waitForFunction(
        () => {
          const box = document.getElementById('far-down').getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        },
        // The article's tab is behind the popup's, where animation frames don't run: poll on a timer.
        { polling: 100, timeout: 5000 },
      );
    },
  },
  {
    name: 'the site switch in the popup turns MagLens off and on for the page at once',
    async run(t) {
      const { article, popup } = await popupForFixture(t, 'popup-page.html');
      await waitForView(popup, /health terms? on this page/);
      const site = await switchLabelled(popup, 'On for 127.0.0.1').catch(() =>
        assert.fail(
          'the popup shows no site switch: it was not told the page’s address (page-terms reply url)',
        ),
      );
      assert.equal(await site.evaluate((el) => el.getAttribute('aria-checked')), 'true');
      await site.click();
      await switchLabelled(popup, 'On for 127.0.0.1', false);
      await article.waitForFunction(
        () =>
          [...CSS.highlights.keys()].every(
            (name) => !name.startsWith('maglens') || CSS.highlights.get(name).size === 0,
          ),
        // The article's tab is behind the popup's, where animation frames don't run: poll on a timer.
        { polling: 100, timeout: 5000 },
      );
      await waitForView(popup, 'MagLens is off for this site');
      await site.click();
      await t.waitForMarks(article);
      await waitForView(popup, /health terms? on this page/);
    },
  },
  {
    name: '"Pause everywhere" in the popup unmarks the open page at once, and un-pausing marks it again',
    async run(t) {
      const { article, popup } = await popupForFixture(t, 'popup-page.html');
      await waitForView(popup, /health terms? on this page/);
      const pause = await switchLabelled(popup, 'Pause everywhere', false);
      await pause.click();
      await switchLabelled(popup, 'Pause everywhere', true);
      await article.waitForFunction(
        () =>
          [...CSS.highlights.keys()].every(
            (name) => !name.startsWith('maglens') || CSS.highlights.get(name).size === 0,
          ),
        // The article's tab is behind the popup's, where animation frames don't run: poll on a timer.
        { polling: 100, timeout: 5000 },
      );
      await waitForView(popup, 'MagLens is paused everywhere');
      await t.screenshot(popup, 'popup-paused');
      await pause.click();
      await t.waitForMarks(article);
      await waitForView(popup, /health terms? on this page/);
    },
  },
  {
    name: 'on a page without health terms and on a browser page the popup opens on the articles, and "On this page" says why',
    async run(t) {
      const landsOnArticles = async (popup) => {
        await popup
          .waitForSelector('#tab-articles[aria-selected="true"]', { timeout: 10_000 })
          .catch(() => assert.fail('the popup did not land on the articles'));
        await waitForView(popup, 'Articles');
        assert.ok(await popup.$('.ml-header input[type="search"]'), 'no search field at the top');
        await popup.click('#tab-page');
      };
      const { popup } = await popupForFixture(t, 'popup-empty.html');
      await landsOnArticles(popup);
      await waitForView(popup, 'No health terms found on this page.');
      await waitForView(popup, 'read the articles or search the terms');

      const own = await popup.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (await api.tabs.getCurrent()).id;
      });
      const restricted = await openPopup(t, `?tab=${own}`);
      await landsOnArticles(restricted);
      await waitForView(restricted, 'MagLens can’t read this page');
    },
  },
  {
    name: 'a note saved from a card is in My notes after a restart, and can be edited, deleted and restored',
    async run(t) {
      const saved = await saveNoteLikeACard(t, {
        termId: 'proton-pump-inhibitors',
        pageTitle: 'Heartburn pills, cramps and sleep',
        pageUrl: t.fixtureUrl('popup-page.html'),
        text: 'ask about switching PPI',
      });
      assert.equal(saved?.ok, true, `save-note answered ${JSON.stringify(saved)}`);

      await t.restartBrowser();
      let popup = await openPopup(t, '#/notes');
      const text = await waitForView(popup, 'ask about switching PPI');
      assert.match(text, /Proton pump inhibitors/);
      assert.match(text, /Heartburn pills, cramps and sleep/);

      await popup.click('#ml-panel .ml-note button.ml-secondary'); // "Edit note"
      await popup.waitForFunction(() => document.activeElement?.matches('.ml-note textarea'));
      await popup.keyboard.press('End');
      await popup.keyboard.type(' and a magnesium test');
      await popup.click('.ml-note-edit .ml-button:not(.ml-secondary)');
      await waitForView(popup, 'ask about switching PPI and a magnesium test');

      // Other tests may have saved notes of their own: count, rather than expect an empty list.
      const noteCount = () => popup.$$eval('.ml-note', (els) => els.length);
      const before = await noteCount();
      const ours = await popup.$$eval('.ml-note', (els) =>
        els.findIndex((el) => el.textContent.includes('ask about switching PPI')),
      );
      const deleteButtons = await popup.$$('button[aria-label^="Delete note"]');
      await deleteButtons[ours].click();
      await popup.waitForSelector('.ml-toast');
      await popup.waitForFunction(
        (n) =>
          document.querySelectorAll('.ml-note').length === n - 1 &&
          ![...document.querySelectorAll('.ml-note')].some((el) =>
            el.textContent.includes('ask about switching PPI'),
          ),
        {},
        before,
      );
      await popup.click('.ml-toast button');
      await waitForView(popup, 'ask about switching PPI and a magnesium test');
      assert.equal(await noteCount(), before);

      // A foreign file is refused and nothing changes.
      const dir = await mkdtemp(path.join(tmpdir(), 'maglens-'));
      const foreign = path.join(dir, 'bookmarks.json');
      await writeFile(foreign, JSON.stringify({ bookmarks: [{ url: 'https://example.org' }] }));
      const input = await popup.$('input[type="file"]');
      await input.uploadFile(foreign);
      await waitForView(popup, 'not a MagLens notes export');
      assert.equal(await noteCount(), before);
      await t.screenshot(popup, 'popup-notes');

      popup = await openPopup(t, '#/notes');
      await waitForView(popup, 'ask about switching PPI and a magnesium test');
    },
  },
  {
    name: 'choosing a tab leaves the other tab labels where they were',
    async run(t) {
      const popup = await openPopup(t);
      const lefts = () =>
        popup.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.getBoundingClientRect().left));
      const bold = () =>
        popup.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => getComputedStyle(tab).fontWeight));
      await popup.click('#tab-notes');
      await popup.waitForSelector('#tab-notes[aria-selected="true"]');
      const before = await lefts();
      for (const id of ['page', 'articles', 'search']) {
        await popup.click(`#tab-${id}`);
        await popup.waitForSelector(`#tab-${id}[aria-selected="true"]`);
        assert.deepEqual(await lefts(), before, `choosing ${id} moved the tabs (weights ${await bold()})`);
      }
    },
  },
  {
    name: 'popup and reader have no serious accessibility violations, in light and dark',
    async run(t) {
      const require = createRequire(import.meta.url);
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      await saveNoteLikeACard(t, {
        termId: 'insomnia',
        pageTitle: 'A page',
        pageUrl: 'https://example.org/',
        text: 'bring sleep diary',
      });
      const views = [
        ['popup.html#/page', '#page-heading'],
        ['popup.html#/articles', '#articles-heading'],
        ['popup.html#/search/cramps', '#search-heading'],
        ['popup.html#/notes', '.ml-note'],
        ['popup.html#/article/medicines/spacing-table', '#section-spacing-table'],
        ['popup.html#/term/proton-pump-inhibitors', '#term-title'],
        ['reader.html#/article/food/food-sources', '#section-food-sources'],
      ];
      for (const [url, ready] of views) {
        const page = await t.openExtensionPage(url);
        await page.waitForSelector(ready, { timeout: 10_000 });
        await page.evaluate(axeSource);
        for (const scheme of ['light', 'dark']) {
          await colorScheme(page, scheme);
          const violations = await seriousViolations(page);
          assert.deepEqual(violations, [], `${url} in ${scheme}:\n${violations.join('\n')}`);
        }
        await t.screenshot(page, `popup-axe-${url.replace(/[^\w]+/g, '-')}-dark`);
        await page.close();
      }
    },
  },
  {
    name: 'the popup paints its first view quickly (first-contentful-paint is reported)',
    async run(t) {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await measurePopupPaint(t.browser, t.extensionUrl('popup.html')));
      const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
      // It paints "On this page" first; opened as a tab of its own it has no page to read, so it may
      // already have moved on to the articles when its heading is read.
      assert.match(runs[0].viewHeading, /^(On this page|Articles)$/);
      const fcp = runs.map((r) => r.firstContentfulPaintMs).join(', ');
      console.log(
        `      [${t.browserName}] popup first-contentful-paint ms: ${fcp} (median ${median('firstContentfulPaintMs')}; ` +
          `HTML parsed at ${median('domInteractiveMs')}, scripts done at ${median('domContentLoadedMs')})`,
      );
    },
  },
];

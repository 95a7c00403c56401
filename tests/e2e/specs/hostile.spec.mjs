// Pages that fight back: storms of DOM changes, huge documents, rewritten DOM methods, deep shadow trees,
// a mail composer being typed into, and a single-page app swapping its content. MagLens must keep marking
// and must never break the page.
import assert from 'node:assert/strict';
import { delay, until } from '../lib/wait.mjs';

const texts = async (t, page, options) => (await t.highlightTexts(page, options)).map((r) => r.text);
const lower = (list) => list.map((text) => text.toLowerCase());

/** A frozen page shows as a long gap between animation frames; a second is far beyond a visible stutter. */
const FROZEN_MS = 1000;

export const tests = [
  {
    name: 'a page rewriting 10,000 nodes a second for 5 s keeps animating, and a term added afterwards is marked',
    async run(t) {
      const page = await t.openFixture('hostile-storm.html');
      const storm = await until(
        () => page.evaluate(() => window.__storm),
        (s) => s.done,
        20_000,
      );
      assert.ok(storm.done, 'the storm never finished: the page stopped animating');
      assert.ok(storm.replaced > 10_000, `the page only managed ${storm.replaced} node changes`);
      assert.ok(
        storm.longestGapMs < FROZEN_MS,
        `the page froze for ${Math.round(storm.longestGapMs)} ms during the storm`,
      );
      await page.evaluate(() => window.addLateParagraph());
      const marked = await until(
        () => texts(t, page),
        (list) => lower(list).includes('magnesium glycinate'),
      );
      assert.ok(
        lower(marked).includes('magnesium glycinate'),
        `not marked after the storm: ${marked.join(' | ')}`,
      );
      assert.equal(await page.$eval('#status', (el) => el.textContent), 'storm over');
    },
  },
  {
    name: 'a page of 200,000 text nodes gets marks, down to its last paragraph, and keeps animating',
    timeout: 120_000,
    async run(t) {
      // The page's own first layout takes seconds; open it with MagLens paused, let it settle, then resume
      // MagLens, so that any freeze measured is MagLens' own.
      await t.setSettings({ enabled: false });
      const page = await t.openFixture('hostile-huge.html', { waitForMarks: false });
      assert.ok((await page.evaluate(() => window.countTextNodes())) >= 200_000);
      await until(
        () => page.evaluate(() => window.__huge.frames),
        (frames) => frames >= 30,
        60_000,
      );
      // The page's own worst frame while it loaded: MagLens must never freeze it for longer than that.
      const ownWorstMs = await page.evaluate(() => {
        const worst = window.__huge.longestGapMs;
        window.__huge.longestGapMs = 0;
        window.__huge.gaps.length = 0;
        return worst;
      });
      const limitMs = Math.max(FROZEN_MS, ownWorstMs);
      await t.setSettings({ enabled: true });
      await t.waitForMarks(page, { timeout: 30_000 });
      const marked = await until(
        () => texts(t, page),
        (list) => lower(list).includes('osteoporosis'),
        40_000,
      );
      assert.ok(lower(marked).includes('insomnia'), `the first post is not marked: ${marked.join(' | ')}`);
      assert.ok(lower(marked).includes('osteoporosis'), `the last post is not marked: ${marked.join(' | ')}`);
      await delay(3000); // anything MagLens does once the scan is over (styles, for one) counts too
      const { longestGapMs, gaps } = await page.evaluate(() => window.__huge);
      assert.ok(
        longestGapMs < limitMs,
        `MagLens froze the page for ${Math.round(longestGapMs)} ms, longer than its own first layout ` +
          `(${Math.round(ownWorstMs)} ms; gaps over 100 ms: ${JSON.stringify(gaps)})`,
      );
    },
  },
  {
    name: 'a page that replaces DOM methods and bends every style still gets exactly the right marks',
    async run(t) {
      const page = await t.openFixture('hostile-prototypes.html', { waitForMarks: false });
      // The page replaced CSS, Array and String methods for its own scripts, so read from an isolated world.
      const marked = await until(
        () => texts(t, page, { world: 'isolated' }),
        (list) => list.length >= 6,
      );
      assert.deepEqual(lower(marked).sort(), [
        'furosemide',
        'insomnia',
        'night cramps',
        'omeprazole',
        'pumpkin seeds',
        'spinach',
      ]);
      const pageStillWorks = await page.evaluate(() => document.body.textContent.includes('Readers'));
      assert.ok(pageStillWorks);
      await t.screenshot(page, 'hostile-prototypes');
    },
  },
  {
    name: 'a term twelve open shadow roots deep is marked',
    async run(t) {
      const page = await t.openFixture('hostile-shadow.html');
      assert.match(await page.evaluate(() => window.deepestText()), /osteoporosis/);
      const marked = await until(
        () => texts(t, page),
        (list) => lower(list).includes('osteoporosis'),
      );
      assert.ok(lower(marked).includes('caffeine'), `light-DOM term missing: ${marked.join(' | ')}`);
      assert.ok(lower(marked).includes('osteoporosis'), `deep shadow term missing: ${marked.join(' | ')}`);
    },
  },
  {
    name: 'typing into a mail composer: text ends up exactly as typed, the caret stays put, nothing marked inside',
    async run(t) {
      const page = await t.openFixture('hostile-editor.html');
      assert.ok(
        lower(await texts(t, page)).includes('insomnia'),
        'the text outside the editor is not marked',
      );
      await page.click('#editor');
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      const typed = 'I also get night cramps and insomnia; is magnesium glycinate safe with omeprazole?';
      await page.keyboard.type(typed, { delay: 15 });
      await delay(1500); // time for MagLens to notice the edits, if it were going to react to them
      const caret = await page.evaluate(() => window.caret());
      assert.ok(caret.inEditor && caret.collapsed, `the caret left the editor: ${JSON.stringify(caret)}`);
      assert.ok(caret.focusText.endsWith(typed), `the line being typed is not intact: "${caret.focusText}"`);
      assert.equal(
        caret.focusOffset,
        caret.focusText.length,
        'the caret moved away from the end of the text',
      );
      const text = await page.evaluate(() => window.editorText());
      assert.match(text, /Dear Dr Lee,\nI have been taking omeprazole for two years\.\n/);
      assert.ok(
        text.trimEnd().endsWith(typed),
        `the editor's text is not what was typed: ${JSON.stringify(text)}`,
      );
      const insideEditor = await page.evaluate(() => {
        const editor = document.getElementById('editor');
        const found = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!String(name).startsWith('maglens')) continue;
          for (const range of highlight)
            if (editor.contains(range.startContainer)) found.push(range.toString());
        }
        return found;
      });
      assert.deepEqual(insideEditor, [], 'MagLens marked words inside the editor');
      const { foreignNodes } = await page.evaluate(() => window.__editor);
      assert.equal(foreignNodes, 0, 'elements other than the editor’s own appeared inside it');
    },
  },
  {
    name: 'a single-page app that swaps its view with pushState gets the new terms marked and the old ones gone',
    async run(t) {
      const page = await t.openFixture('hostile-spa.html');
      const before = lower(await texts(t, page));
      assert.ok(before.includes('insomnia'), `first view not marked: ${before.join(' | ')}`);
      await page.click('a[data-page="bones"]');
      const after = lower(
        await until(
          () => texts(t, page),
          (list) => lower(list).includes('osteoporosis') && !lower(list).includes('insomnia'),
        ),
      );
      assert.ok(after.includes('osteoporosis'), `new view not marked: ${after.join(' | ')}`);
      assert.ok(!after.includes('insomnia'), `marks of the old view remain: ${after.join(' | ')}`);
      assert.match(page.url(), /page=bones/);
      await page.goBack();
      const back = lower(
        await until(
          () => texts(t, page),
          (list) => lower(list).includes('insomnia') && !lower(list).includes('osteoporosis'),
        ),
      );
      assert.ok(
        back.includes('insomnia') && !back.includes('osteoporosis'),
        `after Back: ${back.join(' | ')}`,
      );
    },
  },
];

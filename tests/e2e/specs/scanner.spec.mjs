// The page scanner as a reader meets it: what gets marked, what never does, and that the page is left alone.
import assert from 'node:assert/strict';
import { delay, until } from '../lib/wait.mjs';

const textsOf = async (t, page) => (await t.highlightTexts(page)).map((r) => r.text);

/** Marks in one frame (the harness reads the top document only). */
function frameHighlightTexts() {
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (String(name).startsWith('maglens')) for (const range of highlight) out.push(range.toString());
  }
  return out;
}

/** For every MagLens range: is it inside a field, an editor, code or hidden content? */
function rangesInForbiddenPlaces() {
  const bad = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('maglens')) continue;
    for (const range of highlight) {
      const el = range.startContainer.parentElement;
      if (
        el?.closest('textarea, input, [contenteditable], pre, code, [hidden], [aria-hidden="true"], .hidden')
      ) {
        bad.push(range.toString());
      }
    }
  }
  return bad;
}

/** The centre of the first box of `want` inside the element (or open shadow root host) `selector`. */
function pointOnText(selector, want, shadow) {
  const host = document.querySelector(selector);
  const scope = shadow ? host?.shadowRoot : host;
  if (!scope) return null;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(want);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + want.length);
    const r = range.getClientRects()[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, right: r.right } : null;
  }
  return null;
}

/** The name on the open card, or null when no card is open. */
function openCardName() {
  const host = document.querySelector('maglens-card');
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  const label = host.shadowRoot.getElementById((dialog.getAttribute('aria-labelledby') ?? '').split(' ')[0]);
  return (label?.textContent ?? dialog.textContent).trim();
}

export const tests = [
  {
    name: 'terms are marked as whole wordings: across <em>, with curly apostrophes, no-break spaces, longest first',
    async run(t) {
      const page = await t.openFixture('scanner-basic.html');
      const ranges = await t.highlightTexts(page);
      const texts = ranges.map((r) => r.text);
      assert.ok(
        texts.includes('muscle cramps'),
        `"muscle <em>cramps</em>" is not one mark: ${texts.join(' | ')}`,
      );
      assert.ok(texts.includes('Crohn’s disease'), `curly apostrophe missed: ${texts.join(' | ')}`);
      assert.ok(texts.includes('bone\u00a0density'), `no-break space missed: ${texts.join(' | ')}`);
      assert.ok(texts.includes('restless legs syndrome'), `longest wording lost: ${texts.join(' | ')}`);
      assert.ok(!texts.includes('restless legs'), 'the shorter wording was marked too');
      assert.deepEqual(
        texts.filter((x) => /gaba/i.test(x)).sort(),
        ['GABA', 'Gabapentin'],
        'GABA must be marked on its own, and Gabapentin (its own card) as a whole word, never "Gaba" inside it',
      );
      assert.ok(!texts.some((x) => /hypertens/i.test(x)), 'a term was found inside a longer word');
      const omeprazole = ranges.find((r) => r.text === 'omeprazole');
      assert.equal(omeprazole?.name, 'maglens-medications', 'each topic has its own highlight name');
      await t.screenshot(page, 'scanner-basic');
    },
  },
  {
    name: 'nothing is marked in fields, editors, code or hidden content, even when marking every occurrence',
    async run(t) {
      await t.setSettings({ density: 'every' });
      const page = await t.openFixture('scanner-basic.html');
      const texts = await textsOf(t, page);
      for (const word of [
        'melatonin',
        'cortisol',
        'potassium',
        'migraine',
        'fatigue',
        'caffeine',
        'osteoporosis',
      ]) {
        assert.ok(!texts.some((x) => x.toLowerCase() === word), `"${word}" was marked where it must not be`);
      }
      assert.equal(texts.filter((x) => x === 'insomnia').length, 1, 'insomnia in the textarea was marked');
      assert.deepEqual(await page.evaluate(rangesInForbiddenPlaces), []);
    },
  },
  {
    name: 'MagLens marks a page without a single DOM mutation, even when settings change live',
    async run(t) {
      const page = await t.openFixture('scanner-basic.html');
      await t.setSettings({ style: 'background', colorMode: 'single', singleColor: '#aa3377' });
      await until(
        () =>
          page.evaluate(() =>
            document.adoptedStyleSheets.some((s) =>
              /#aa3377/i.test([...s.cssRules].map((r) => r.cssText).join()),
            ),
          ),
        Boolean,
        3000,
      );
      await t.screenshot(page, 'scanner-background-style');
      const mutations = await page.evaluate(() => window.__pageMutations);
      assert.deepEqual(mutations, [], 'the page observer saw MagLens change the DOM');
      const sheets = await page.evaluate(() =>
        document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
      );
      assert.match(sheets, /::highlight\(maglens-medications\)/, 'the stylesheet is adopted, not inserted');
    },
  },
  {
    name: 'turning Medications off unmarks omeprazole within a second, keeps insomnia, and on brings it back, without reload',
    async run(t) {
      const page = await t.openFixture('scanner-basic.html');
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      await t.setSettings({ disabledTopics: ['medications'] });
      const off = await until(
        () => textsOf(t, page),
        (texts) => !texts.includes('omeprazole'),
        1000,
      );
      assert.ok(
        !off.includes('omeprazole'),
        'omeprazole is still marked a second after Medications went off',
      );
      assert.ok(off.includes('insomnia'), 'insomnia lost its mark too');
      await t.setSettings({ disabledTopics: [] });
      const on = await until(
        () => textsOf(t, page),
        (texts) => texts.includes('omeprazole'),
        1000,
      );
      assert.ok(on.includes('omeprazole'), 'omeprazole did not come back');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was reloaded');
    },
  },
  {
    name: 'the "off" style leaves no marks, and the site switch removes them all',
    async run(t) {
      const page = await t.openFixture('scanner-basic.html');
      await t.setSettings({ style: 'off' });
      const none = await until(
        () => textsOf(t, page),
        (texts) => texts.length === 0,
        1000,
      );
      assert.deepEqual(none, [], 'marks stayed with highlighting off');
      await t.setSettings({ style: 'underline', enabled: false });
      await delay(300);
      assert.deepEqual(await textsOf(t, page), [], 'marks came back while MagLens is paused');
      await t.setSettings({ enabled: true });
      const back = await until(
        () => textsOf(t, page),
        (texts) => texts.includes('insomnia'),
        1000,
      );
      assert.ok(back.includes('insomnia'), 'marks did not return when MagLens was switched on');
    },
  },
  {
    name: 'terms inside open shadow roots (custom element and plain div) and a same-origin iframe are marked, and so is a comment added later',
    async run(t) {
      const page = await t.openFixture('scanner-reach.html');
      const texts = await until(
        () => textsOf(t, page),
        (x) => x.includes('diuretics') && x.includes('osteoporosis') && x.includes('restless legs'),
        6000,
      );
      assert.ok(texts.includes('insomnia'), `main text missed: ${texts.join(' | ')}`);
      assert.ok(texts.includes('diuretics'), `the shadow root was not scanned: ${texts.join(' | ')}`);
      assert.ok(
        texts.includes('osteoporosis'),
        `the shadow root on a plain div was not scanned: ${texts.join(' | ')}`,
      );
      assert.ok(
        texts.includes('restless legs'),
        `the comment added after 1 s was not marked: ${texts.join(' | ')}`,
      );
      const frame = page.frames().find((f) => f.url().includes('scanner-frame.html'));
      assert.ok(frame, 'the iframe did not load');
      const inFrame = await until(
        () => frame.evaluate(frameHighlightTexts),
        (x) => x.length > 0,
        6000,
      );
      assert.ok(inFrame.includes('osteoporosis'), `the iframe was not scanned: ${inFrame.join(' | ')}`);
      await t.screenshot(page, 'scanner-reach');
    },
  },
  {
    name: 'a phone review: "411 PPI", "CPU stress test" and "economic depression" are not marked',
    async run(t) {
      const page = await t.openFixture('scanner-phone-review.html');
      const texts = await textsOf(t, page);
      assert.deepEqual(texts, ['insomnia'], `marked on a phone review: ${texts.join(' | ')}`);
    },
  },
  {
    name: 'a page changing 10,000 nodes a second keeps running, and content added during the storm is marked',
    async run(t) {
      const page = await t.openFixture('scanner-storm.html');
      const texts = await until(
        () => textsOf(t, page),
        (x) => x.includes('omeprazole'),
        15000,
      );
      assert.ok(
        texts.includes('omeprazole'),
        `content added during the storm was not marked: ${texts.join(' | ')}`,
      );
      const before = await page.evaluate(() => window.__ticks);
      await delay(2000);
      const after = await page.evaluate(() => window.__ticks);
      assert.ok(after - before >= 20, `the page's own timer nearly stopped: ${after - before} ticks in 2 s`);
      assert.equal(texts.filter((x) => x === 'insomnia').length, 1, 'the storm duplicated marks');
    },
  },
  {
    name: 'hovering either part of "muscle <em>cramps</em>" opens its card; blank space past the line end does not',
    async run(t) {
      const page = await t.openFixture('scanner-basic.html');
      const cramps = await page.evaluate(pointOnText, '#split', 'cramps', false);
      assert.ok(cramps, 'no box for "cramps"');
      await page.mouse.move(cramps.x, cramps.y);
      const name = await until(() => page.evaluate(openCardName), Boolean, 3000);
      assert.match(name ?? '', /Muscle cramps/, `hovering "cramps" opened: ${name}`);
      await page.mouse.move(5, 5);
      await until(
        () => page.evaluate(openCardName),
        (n) => n === null,
        3000,
      );
      const calves = await page.evaluate(pointOnText, '#split', 'calves.', false);
      await page.mouse.move(calves.right + 120, calves.y);
      await delay(1200);
      assert.equal(
        await page.evaluate(openCardName),
        null,
        'a card opened over blank space past the line end',
      );
      const muscle = await page.evaluate(pointOnText, '#split', 'muscle', false);
      await page.mouse.move(muscle.x, muscle.y);
      const again = await until(() => page.evaluate(openCardName), Boolean, 3000);
      assert.match(again ?? '', /Muscle cramps/, `hovering "muscle" opened: ${again}`);
    },
  },
  {
    name: 'hovering a term inside an open shadow root opens its card',
    async run(t) {
      const page = await t.openFixture('scanner-reach.html');
      const point = await page.evaluate(pointOnText, '#widget', 'diuretics', true);
      assert.ok(point, 'no box for "diuretics" in the shadow root');
      await page.mouse.move(point.x, point.y);
      const name = await until(() => page.evaluate(openCardName), Boolean, 3000);
      assert.match(name ?? '', /Diuretics/, `hovering "diuretics" in the shadow root opened: ${name}`);
    },
  },
];

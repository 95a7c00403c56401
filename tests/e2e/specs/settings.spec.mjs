// The options page, as a user drives it: topics, sites, import and accessibility, with an open tab watching.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { colorScheme } from '../lib/color-scheme.mjs';
import { delay } from '../lib/wait.mjs';

const FIXTURE = 'settings-terms.html';

/** The marked words on a page, lower-cased. */
async function markedWords(t, page) {
  return (await t.highlightTexts(page)).map((r) => r.text.toLowerCase());
}

/** Polls the marks of a page until `test(words)` holds; fails with what was marked after `timeout` ms. */
async function marksUntil(t, page, test, what, timeout = 5000) {
  const started = Date.now();
  let words = [];
  for (;;) {
    words = await markedWords(t, page);
    if (test(words)) return Date.now() - started;
    if (Date.now() - started > timeout) break;
    await delay(50);
  }
  assert.fail(`${what} within ${timeout} ms; marked: ${words.join(', ') || 'nothing'}`);
}

/** The switch whose label is exactly `name`, once the options page has rendered it. */
async function switchNamed(page, name) {
  const find = (label) =>
    [...document.querySelectorAll('[role="switch"]')].find((el) =>
      [...(el.labels ?? [])].some((l) => l.textContent.trim() === label),
    ) ?? null;
  await page.waitForFunction(find, { timeout: 10_000 }, name);
  return (await page.evaluateHandle(find, name)).asElement();
}

const isChecked = (handle) =>
  handle.evaluate((el) => el.checked && el.getAttribute('aria-checked') !== 'false');

/** Waits for an element whose text contains `text` to appear on the page; returns its text. */
async function waitForText(page, selector, text) {
  const handle = await page.waitForFunction(
    (sel, want) =>
      [...document.querySelectorAll(sel)].find((el) => el.textContent.includes(want))?.textContent,
    { timeout: 10_000 },
    selector,
    text,
  );
  return handle.jsonValue();
}

async function storedSettings(t) {
  return t.extensionEval(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.sync.get('settings')).settings ?? null;
  });
}

async function addSite(page, text) {
  await page.click('#site-input');
  await page.$eval('#site-input', (el) => el.select()); // what was typed before is replaced
  await page.type('#site-input', text);
  await page.keyboard.press('Enter');
}

export const tests = [
  {
    name: 'the settings page shows what is off as off, one line under the topics, and the notes by date and size',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      await waitForText(options, '#about-heading', 'About');
      // The topics are listed once the stored settings are read (the page is busy until then).
      await options.waitForSelector('main:not([aria-busy]) .ml-topic-list > :last-child', {
        timeout: 10_000,
      });
      const look = await options.evaluate(() => {
        const faded = (el) => Number(getComputedStyle(el).opacity);
        const list = document.querySelector('.ml-topic-list');
        const last = list.lastElementChild;
        return {
          // With a colour per topic and "rest the pointer", these two do nothing: they look it.
          colour: faded(document.getElementById('single-color')),
          colourLabel: faded(document.querySelector('label[for="single-color"]')),
          key: faded(document.getElementById('modifier-key')),
          enabledRange: faded(document.getElementById('hover-delay')),
          lastTopicLine: getComputedStyle(last).borderBottomStyle,
          about: document.querySelector('[aria-labelledby="about-heading"]').textContent,
        };
      });
      assert.ok(
        look.colour < 0.7 && look.key < 0.7,
        `disabled controls are not faded: ${JSON.stringify(look)}`,
      );
      assert.ok(look.colourLabel < 0.7, 'the label of a disabled control is not faded');
      assert.equal(look.enabledRange, 1, 'an enabled control is faded');
      assert.equal(look.lastTopicLine, 'none', 'the last topic draws a second line above the next section');
      assert.match(look.about, /Health notes: \d+ terms in \d+ topics, reviewed up to [A-Z][a-z]+ \d{4}/);
    },
  },
  {
    name: 'turning "Medications" off on the options page unmarks omeprazole in an open tab, and on marks it again',
    async run(t) {
      const article = await t.openFixture(FIXTURE);
      const before = await markedWords(t, article);
      assert.ok(before.includes('omeprazole'), `omeprazole is not marked at first: ${before.join(', ')}`);
      assert.ok(before.includes('insomnia'), `insomnia is not marked at first: ${before.join(', ')}`);

      const options = await t.openExtensionPage('options.html');
      const medications = await switchNamed(options, 'Medications');
      assert.equal(await isChecked(medications), true, 'Medications is on by default');
      await article.evaluate(() => {
        window.sameDocument = true; // gone if the tab were reloaded
      });
      const clicked = Date.now();
      await medications.click();
      assert.equal(await isChecked(medications), false, 'the switch shows Medications off');
      await t.screenshot(options, 'settings-medications-off');

      await article.bringToFront();
      await marksUntil(t, article, (w) => !w.includes('omeprazole'), 'omeprazole is still marked');
      const after = await markedWords(t, article);
      assert.ok(after.includes('insomnia'), `insomnia lost its mark too: ${after.join(', ')}`);
      console.log(`      [${t.browserName}] omeprazole unmarked ${Date.now() - clicked} ms after the click`);
      assert.equal(await article.evaluate(() => window.sameDocument), true, 'the tab was reloaded');

      // Back on, from the keyboard this time.
      await options.bringToFront();
      await medications.focus();
      await options.keyboard.press(' ');
      assert.equal(await isChecked(medications), true, 'Space turned Medications back on');
      await article.bringToFront();
      await marksUntil(t, article, (w) => w.includes('omeprazole'), 'omeprazole was not marked again');
      assert.deepEqual((await storedSettings(t)).disabledTopics, []);
    },
  },
  {
    name: 'two options pages and the popup changing different settings at the same moment lose none of them',
    async run(t) {
      const first = await t.openExtensionPage('options.html');
      const second = await t.openExtensionPage('options.html');
      const popup = await t.openExtensionPage('popup.html');
      const find = (label) =>
        [...document.querySelectorAll('[role="switch"]')].find((el) =>
          [...(el.labels ?? [])].some((l) => l.textContent.trim() === label),
        ) ?? null;
      await first.waitForFunction(find, { timeout: 10_000 }, 'Sleep');
      await second.waitForFunction(find, { timeout: 10_000 }, 'Bones');
      await popup.waitForFunction(find, { timeout: 10_000 }, 'Pause everywhere');
      const flip = (page, name) =>
        page.evaluate((label) => {
          const el = [...document.querySelectorAll('[role="switch"]')].find((sw) =>
            [...(sw.labels ?? [])].some((l) => l.textContent.trim() === label),
          );
          el.click();
        }, name);
      const want = { sleep: false, bones: false, paused: false };
      const seen = (stored) => ({
        sleep: stored.disabledTopics.includes('sleep'),
        bones: stored.disabledTopics.includes('bones'),
        paused: stored.enabled === false,
      });
      for (let round = 1; round <= 8; round++) {
        for (const key of Object.keys(want)) want[key] = !want[key];
        // The three clicks are sent together: each page's change reaches storage within a few ms of the others.
        await Promise.all([flip(first, 'Sleep'), flip(second, 'Bones'), flip(popup, 'Pause everywhere')]);
        const started = Date.now();
        let now = null;
        while (Date.now() - started < 5000) {
          now = seen((await storedSettings(t)) ?? { disabledTopics: [], enabled: true });
          if (JSON.stringify(now) === JSON.stringify(want)) break;
          await delay(100);
        }
        assert.deepEqual(now, want, `round ${round}: a change was lost`);
      }
    },
  },
  {
    name: 'a site on the off-list gets no marks, and is marked again once removed from the list',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      await options.waitForSelector('#site-input');

      await addSite(options, 'ex*ample.com');
      const why = await waitForText(options, '[role="alert"]', '*');
      assert.match(why, /\*\.example\.com/, `the refusal does not say how to write it: ${why}`);

      // People paste a page's address: it becomes the host.
      await addSite(options, t.fixtureUrl(FIXTURE));
      await waitForText(options, '.ml-site-list li', '127.0.0.1');
      assert.deepEqual((await storedSettings(t)).sites, ['127.0.0.1']);
      await options.$eval('#sites-heading', (el) => el.scrollIntoView());
      await t.screenshot(options, 'settings-site-list');

      const listed = await t.openFixture(FIXTURE, { waitForMarks: false });
      // The same page from another host name is marked, so MagLens is running in this browser.
      await t.openFixture(FIXTURE, { host: 'localhost' });
      assert.deepEqual(await markedWords(t, listed), [], 'the listed site was marked');

      await options.bringToFront();
      await options.click('button[aria-label="Remove 127.0.0.1"]');
      await options.waitForFunction(() => !document.querySelector('.ml-site-list'), { timeout: 5000 });
      await listed.bringToFront();
      await marksUntil(
        t,
        listed,
        (w) => w.includes('omeprazole'),
        'the page was not marked after removing its site',
      );
    },
  },
  {
    name: 'in "only on the sites listed" mode, only a listed site is marked',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      await options.waitForSelector('#site-mode-only-listed');
      await options.click('#site-mode-only-listed');
      await waitForText(options, 'h3', 'Sites where MagLens is on');
      await addSite(options, '127.0.0.1');
      await waitForText(options, '.ml-site-list li', '127.0.0.1');

      const unlisted = await t.openFixture(FIXTURE, { host: 'localhost', waitForMarks: false });
      const listed = await t.openFixture(FIXTURE); // marked, so MagLens is running
      const words = await markedWords(t, listed);
      assert.ok(words.includes('omeprazole'), `the listed site lacks omeprazole: ${words.join(', ')}`);
      assert.deepEqual(await markedWords(t, unlisted), [], 'a site that is not listed was marked');
    },
  },
  {
    name: 'a site list too big for sync storage says so, keeps what was typed and loses nothing',
    async run(t) {
      // 8,053 bytes of settings: under storage.sync's 8,192 bytes per item, but one more long site is over.
      const sites = Array.from({ length: 340 }, (_, i) => `site-${String(i).padStart(3, '0')}.example.org`);
      await t.setSettings({ sites });
      const options = await t.openExtensionPage('options.html');
      await waitForText(options, '.ml-site-list li', 'site-339.example.org');
      // Any change makes MagLens store the whole settings object (8,053 bytes), as a user's would be.
      await options.click('#density-every');
      for (let i = 0; (await storedSettings(t)).density !== 'every'; i++) {
        assert.ok(i < 50, 'choosing "Every time it appears" was not saved');
        await delay(100);
      }

      const long = `${'a-very-long-subdomain-name.'.repeat(6)}example.net`;
      await addSite(options, long);
      const message = await waitForText(options, '#site-input-error', 'full');
      assert.match(message, /not saved/);
      assert.equal(await options.$eval('#site-input', (el) => el.value), long, 'the typed site was lost');
      assert.equal((await storedSettings(t)).sites.length, 340);
      const shown = await options.$$eval('.ml-site-list li', (items) => items.length);
      assert.equal(shown, 340, 'the list on the page changed');
      await options.$eval('#sites-heading', (el) => el.scrollIntoView());
      await t.screenshot(options, 'settings-sites-full');

      // The browser itself refuses that write: MagLens' 8 KB check matches the real limit.
      const refusal = await t.extensionEval(async (extra) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.sync.get('settings');
        try {
          await api.storage.sync.set({ settings: { ...settings, sites: [...settings.sites, extra] } });
          return null;
        } catch (error) {
          return String(error?.message ?? error);
        }
      }, long);
      assert.match(refusal ?? 'accepted', /quota/i, `${t.browserName} accepted a settings item over 8 KB`);
    },
  },
  {
    name: 'the options page can be used from the keyboard, in order, with focus always visible',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      await switchNamed(options, 'Medications');
      const focused = () =>
        options.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const name =
            el.labels?.[0]?.textContent.trim() || el.getAttribute('aria-label') || el.textContent.trim();
          return {
            name,
            visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
          };
        });
      const seen = [];
      // "Turn all off", the 13 topic switches, then the style choices.
      for (let i = 0; i < 16; i++) {
        await options.keyboard.press('Tab');
        const now = await focused();
        assert.ok(now.visible, `no visible focus on "${now.name}"`);
        seen.push(now.name);
      }
      // "Turn all on" is disabled while all topics are on, so Tab goes to "Turn all off", then the topics.
      assert.deepEqual(seen.slice(0, 3), ['Turn all off', 'Blood sugar & metabolism', 'Body chemistry']);
      assert.ok(seen.indexOf('Medications') > seen.indexOf('Lifestyle'), `focus order: ${seen.join(' → ')}`);
      assert.ok(
        seen.includes('Dotted underline'),
        `Tab never reached the style choices: ${seen.join(' → ')}`,
      );
    },
  },
  {
    name: 'unreadable stored settings are reset to defaults, and the options page says so once',
    async run(t) {
      await t.setSettings({ style: 'neon', sites: 'example.com', density: 'every' });
      const options = await t.openExtensionPage('options.html');
      const notice = await waitForText(options, '.ml-banner[role="status"]', 'reset to their defaults');
      assert.match(notice, /highlight style, site list/);
      assert.equal(await options.$eval('#style-underline', (el) => el.checked), true);
      assert.equal(await options.$eval('#density-every', (el) => el.checked), true, 'a good value was lost');
      const repaired = await storedSettings(t);
      assert.deepEqual([repaired.style, repaired.sites, repaired.density], ['underline', [], 'every']);
      await t.screenshot(options, 'settings-repaired-notice');

      const again = await t.openExtensionPage('options.html');
      await switchNamed(again, 'Medications');
      assert.equal(await again.$('.ml-banner'), null, 'the notice was shown a second time');
    },
  },
  {
    name: 'settings from a newer MagLens, or without their version mark, keep every valid part and log no error',
    async run(t) {
      const mine = {
        style: 'background',
        density: 'every',
        disabledTopics: ['sleep'],
        sites: ['example.org'],
      };
      await t.extensionEval(async (settings) => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.sync.set({ settings: { ...settings, glow: 'future option' }, settings$: { v: 3 } });
      }, mine);
      // A marked page loads these settings too: any "Migration failed" console error there fails the test.
      await t.openFixture(FIXTURE);
      const options = await t.openExtensionPage('options.html');
      const notice = await waitForText(options, '.ml-banner[role="status"]', 'newer version of MagLens');
      assert.match(notice, /settings version 3/);
      assert.equal(await options.$eval('#style-background', (el) => el.checked), true, 'the style was lost');
      assert.equal(await isChecked(await switchNamed(options, 'Sleep')), false, 'the hidden topic came back');
      await (await switchNamed(options, 'Bones')).click();
      const [value, marker] = await t.extensionEval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const got = await api.storage.sync.get(['settings', 'settings$']);
        return [got.settings, got.settings$];
      });
      assert.deepEqual(marker, { v: 3 }, 'the newer version mark was overwritten');
      assert.equal(value.glow, 'future option', "the newer version's own setting was dropped");

      // The version mark lost (a partial sync): the settings stay, and the user is told once.
      await t.extensionEval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.sync.remove('settings$');
      });
      const again = await t.openExtensionPage('options.html');
      await waitForText(again, '.ml-banner[role="status"]', 'without their version mark');
      assert.equal(await again.$eval('#style-background', (el) => el.checked), true, 'the style was reset');
    },
  },
  {
    name: 'importing a malformed settings file shows why and changes nothing',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      await switchNamed(options, 'Medications');
      const input = await options.waitForSelector('#import-file');
      const files = [
        [
          'settings-truncated.json',
          '{"maglens":"settings","version":2,"settings":{"style":',
          'not valid JSON',
        ],
        ['settings-other-app.json', '{"app":"other","settings":{}}', 'not a MagLens settings file'],
        [
          'settings-bad-values.json',
          JSON.stringify({
            maglens: 'settings',
            version: 2,
            settings: { style: 'neon', disabledTopics: ['medications'] },
          }),
          'highlight style',
        ],
        [
          'settings-future.json',
          JSON.stringify({ maglens: 'settings', version: 9, settings: {} }),
          'newer MagLens',
        ],
      ];
      for (const [name, body, why] of files) {
        const file = path.join(t.outputDir, name);
        await writeFile(file, body);
        await input.uploadFile(file);
        const message = await waitForText(options, '[role="alert"]', why);
        assert.match(message, /Nothing was changed/);
      }
      await options.$eval('#data-heading', (el) => el.scrollIntoView());
      await t.screenshot(options, 'settings-import-refused');
      assert.equal(await isChecked(await switchNamed(options, 'Medications')), true);
      assert.equal(await options.$eval('#style-underline', (el) => el.checked), true);
      assert.equal(await storedSettings(t), null, 'a refused import wrote settings');
    },
  },
  {
    name: 'a settings file from an older MagLens is imported, and Undo brings the earlier settings back',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      const medications = await switchNamed(options, 'Medications');
      const file = path.join(t.outputDir, 'settings-v1.json');
      const v1 = { enabled: true, topics: { medications: false }, highlight: 'background', delay: 800 };
      await writeFile(file, JSON.stringify({ maglens: 'settings', version: 1, settings: v1 }));
      await (await options.$('#import-file')).uploadFile(file);

      await waitForText(options, '.ml-toast', 'Settings imported');
      assert.equal(await isChecked(medications), false, 'Medications is off after the import');
      assert.equal(await options.$eval('#style-background', (el) => el.checked), true);
      assert.equal(await options.$eval('output[for="hover-delay"]', (el) => el.textContent), '800 ms');
      await t.screenshot(options, 'settings-imported');

      const undo = await options.waitForSelector('.ml-toast button:not([aria-label])');
      assert.equal(await undo.evaluate((el) => el.textContent), 'Undo');
      await undo.click();
      await waitForText(options, '.ml-toast', 'earlier settings are back');
      assert.equal(await isChecked(medications), true, 'Undo turned Medications back on');
      assert.equal(await options.$eval('#style-underline', (el) => el.checked), true);
    },
  },
  {
    name: 'the "Export My notes" link opens My notes in the reader',
    async run(t) {
      const options = await t.openExtensionPage('options.html');
      const link = await options.waitForSelector('a[href$="reader.html#/notes"]');
      await link.click();
      // The new tab is found from inside the extension: Firefox over BiDi loses track of extension tabs
      // that a link opens.
      for (let i = 0; ; i++) {
        const tabs = await t.extensionEval(() =>
          (globalThis.browser ?? globalThis.chrome).extension
            .getViews({ type: 'tab' })
            .map((view) => ({ href: view.location.href, text: view.document.body?.textContent ?? '' })),
        );
        const notes = tabs.find((tab) => tab.href.endsWith('reader.html#/notes'));
        if (notes?.text.includes('My notes')) break;
        assert.ok(i < 50, `My notes did not open; extension tabs: ${tabs.map((tab) => tab.href).join(', ')}`);
        await delay(200);
      }
    },
  },
  {
    name: 'the options page has no serious accessibility violations, in light and dark',
    async run(t) {
      const require = createRequire(import.meta.url);
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      const options = await t.openExtensionPage('options.html');
      await switchNamed(options, 'Medications');
      await options.evaluate(axeSource);
      for (const [scheme, background] of [
        ['light', 'rgb(251, 250, 247)'],
        ['dark', 'rgb(22, 26, 25)'],
      ]) {
        await colorScheme(options, scheme);
        const shown = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(shown, background, `the page is not in its ${scheme} theme`);
        const violations = await options.evaluate(async () => {
          const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
        });
        assert.deepEqual(violations, [], `${scheme}: ${violations.join('\n')}`);
        await options.setViewport({ width: 800, height: 2400 });
        await t.screenshot(options, `settings-options-${scheme}`);
      }
    },
  },
];

// What a reader sees when MagLens is updated or reloaded while their pages are open.
import assert from 'node:assert/strict';
import { GECKO_ID } from '../lib/browsers.mjs';
import { delay, until } from '../lib/wait.mjs';

const markTexts = async (t, page) => (await t.highlightTexts(page)).map((r) => r.text.toLowerCase());

export const tests = [
  {
    name: 'a page opened before MagLens was installed gets its marks without a reload',
    async run(t) {
      const id = t.browserName === 'chromium' ? new URL(t.extensionUrl('/')).host : GECKO_ID;
      await t.browser.uninstallExtension(id);
      const page = await t.newPage();
      await page.goto(t.fixtureUrl('demo.html'), { waitUntil: 'load' });
      assert.deepEqual(await markTexts(t, page), [], 'marked while MagLens was not installed');
      await t.browser.installExtension(t.extensionDir);
      const marks = await until(
        () => markTexts(t, page),
        (list) => list.includes('insomnia'),
        20_000,
      );
      assert.ok(marks.includes('insomnia'), `not marked without a reload: ${marks.join(' | ')}`);
      assert.equal(new Set(marks).size, marks.length, `a term is marked twice: ${marks.join(' | ')}`);
      // The extension answers again before the next test (its pages and storage are back).
      await until(
        () => t.extensionEval(() => true).catch(() => false),
        (ok) => ok === true,
        20_000,
      );
    },
  },
  {
    name: 'when MagLens is updated, an open page loses the old marks without errors, and is marked again without a reload',
    async run(t) {
      const page = await t.openFixture('demo.html');
      assert.ok((await markTexts(t, page)).includes('insomnia'));
      // Tag the highlights the old content script registered, as the page sees them.
      await page.evaluate(() => {
        CSS.highlights.forEach((highlight) => {
          highlight.__fromOldMagLens = true;
        });
      });
      await t.reloadExtension();
      const stale = () =>
        page.evaluate(() => {
          let n = 0;
          CSS.highlights.forEach((highlight) => {
            if (highlight.__fromOldMagLens) n += highlight.size;
          });
          return n;
        });
      let left = await stale();
      for (let i = 0; left > 0 && i < 40; i++) {
        await page.mouse.move(200 + (i % 10) * 40, 300 + (i % 7) * 20); // a reader still using the page
        await delay(250);
        left = await stale();
      }
      assert.equal(left, 0, 'the old MagLens left its marks on the page after it was updated');
      // Firefox runs the new content script in pages already open; in Chromium the background does it
      // (scripting.executeScript on install and update): marks come back without a reload in both.
      const again = await until(
        () => markTexts(t, page),
        (list) => list.includes('insomnia'),
      );
      assert.ok(again.includes('insomnia'), `not marked again without a reload: ${again.join(' | ')}`);
      assert.equal(new Set(again).size, again.length, `a term is marked twice: ${again.join(' | ')}`);
      await page.reload({ waitUntil: 'load' });
      await t.waitForMarks(page);
      const marks = await markTexts(t, page);
      assert.ok(
        marks.includes('insomnia') && marks.includes('omeprazole'),
        `after reload: ${marks.join(' | ')}`,
      );
      assert.equal(new Set(marks).size, marks.length, `a term is marked twice: ${marks.join(' | ')}`);
      // Any "Extension context invalidated" or other MagLens error in the page fails this test (harness).
    },
  },
  {
    name: 'after a browser restart MagLens marks pages again and keeps its settings',
    async run(t) {
      await t.setSettings({ density: 'every' });
      await t.restartBrowser();
      const page = await t.openFixture('demo.html');
      const marks = await markTexts(t, page);
      const ppis = marks.filter((text) => text === 'omeprazole').length;
      assert.ok(ppis >= 2, `"every occurrence" was lost in the restart: omeprazole marked ${ppis} time(s)`);
    },
  },
];

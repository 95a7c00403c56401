// What a reader sees when MagLens is updated or reloaded while their pages are open.
import assert from 'node:assert/strict';
import { delay, until } from '../lib/wait.mjs';

const markTexts = async (t, page) => (await t.highlightTexts(page)).map((r) => r.text.toLowerCase());

export const tests = [
  {
    name: 'when MagLens is updated, an open page loses the old marks without errors, and is marked again',
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
      if (t.browserName === 'firefox') {
        // Firefox runs the new content script in pages already open: marks come back without a reload.
        const again = await until(
          () => markTexts(t, page),
          (list) => list.includes('insomnia'),
        );
        assert.ok(again.includes('insomnia'), `not marked again without a reload: ${again.join(' | ')}`);
      }
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

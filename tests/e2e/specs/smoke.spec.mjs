// The extension loads in both browsers, its popup and options page open with what they are for, and it
// marks a page like a user would see, adding no element to it.
import assert from 'node:assert/strict';

/** The visible text of an extension page once it has rendered something. */
async function renderedText(page) {
  // biome-ignore lint/performance/useDomNodeTextContent: the text a user sees, not hidden nodes
  await page.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 0, { timeout: 10_000 });
  // biome-ignore lint/performance/useDomNodeTextContent: the text a user sees, not hidden nodes
  return page.evaluate(() => document.body.innerText.trim());
}

export const tests = [
  {
    name: 'the popup page opens with its four views and its pause switch',
    async run(t) {
      const page = await t.openExtensionPage('popup.html');
      await renderedText(page);
      await page.waitForFunction(() => document.querySelector('[role="switch"]'), { timeout: 10_000 });
      const tabs = await page.$$eval('[role="tab"]', (els) => els.map((el) => el.textContent.trim()));
      assert.deepEqual(tabs, ['On this page', 'Articles', 'Search', 'My notes']);
      const switches = await page.$$eval('[role="switch"]', (els) =>
        els.map((el) => [...el.labels].map((label) => label.textContent.trim()).join('')),
      );
      assert.ok(switches.includes('Pause everywhere'), `the popup's switches: ${switches.join(', ')}`);
      await t.screenshot(page, 'smoke-popup');
    },
  },
  {
    name: 'the options page opens with a switch for each of the 11 topics, all on',
    async run(t) {
      const page = await t.openExtensionPage('options.html');
      await page.waitForFunction(() => document.querySelectorAll('[role="switch"]').length >= 11, {
        timeout: 10_000,
      });
      const topics = await page.$$eval('[role="switch"]', (els) =>
        els.map((el) => ({
          name: [...(el.labels ?? [])].map((l) => l.textContent.trim()).join(''),
          on: el.checked,
        })),
      );
      for (const name of ['Sleep', 'Medications', 'Bones', 'Lifestyle']) {
        assert.ok(
          topics.some((topic) => topic.name === name && topic.on),
          `no "${name}" switch that is on`,
        );
      }
      assert.ok(topics.length >= 11, `only ${topics.length} switches`);
      await t.screenshot(page, 'smoke-options');
    },
  },
  {
    name: 'health terms on an article are highlighted, without adding elements to the page',
    async run(t) {
      const page = await t.openFixture('demo.html');
      const ranges = await t.highlightTexts(page);
      const texts = ranges.map((r) => r.text.toLowerCase());
      assert.ok(texts.includes('insomnia'), `"insomnia" was not marked; marked: ${texts.join(', ')}`);
      assert.ok(texts.includes('omeprazole'), `"omeprazole" was not marked; marked: ${texts.join(', ')}`);
      // The same page parsed afresh, without MagLens, has exactly as many elements.
      const counts = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        return {
          now: document.getElementsByTagName('*').length,
          fresh: fresh.getElementsByTagName('*').length,
        };
      });
      assert.equal(counts.now, counts.fresh, 'MagLens added elements to the page without a card open');
      await t.screenshot(page, 'smoke-demo');
    },
  },
];

// The extension loads in both browsers, its pages open, and it marks a page like a user would see.
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
    name: 'the popup page opens and shows MagLens',
    async run(t) {
      const page = await t.openExtensionPage('popup.html');
      const text = await renderedText(page);
      assert.match(text, /MagLens/i);
      await t.screenshot(page, 'smoke-popup');
    },
  },
  {
    name: 'the options page opens and shows something to set',
    async run(t) {
      const page = await t.openExtensionPage('options.html');
      const text = await renderedText(page);
      assert.ok(text.length > 0, 'the options page is blank');
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
      const added = await page.evaluate(
        () => document.querySelectorAll('[class*="maglens" i], maglens-card').length,
      );
      assert.equal(added, 0, 'MagLens added elements to the page without a card open');
      await t.screenshot(page, 'smoke-demo');
    },
  },
];

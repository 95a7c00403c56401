// Marks only where a reader would call it health: the main content of a health site, not its menus, sponsored
// boxes, "more from" lists or footer; in a story, only the one health sense among everyday words.
import assert from 'node:assert/strict';

/** Every MagLens range: its text and the landmark it sits in. */
function marksWithPlace() {
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('maglens')) continue;
    for (const range of highlight) {
      const el = range.startContainer.parentElement;
      const place = el?.closest('nav, footer, .sponsored-box, .more-from, main, article');
      out.push({ text: range.toString(), place: place ? place.className || place.localName : 'page' });
    }
  }
  return out;
}

export const tests = [
  {
    name: 'a health site: the article is marked, its menu, sponsored box, "more from" list and footer are not',
    async run(t) {
      const page = await t.openFixture('precision-health-site.html');
      const marks = await page.evaluate(marksWithPlace);
      const outside = marks.filter((m) => m.place !== 'article');
      assert.deepEqual(outside, [], `marked outside the article: ${JSON.stringify(outside)}`);
      const texts = marks.map((m) => m.text).sort();
      for (const want of [
        'Insomnia',
        'older adults',
        'stress',
        'low mood',
        'diabetes',
        'blood sugar',
        'coffee',
      ])
        assert.ok(texts.includes(want), `"${want}" is not marked in the article: ${texts.join(' | ')}`);
      // "First occurrence" counts from the article: its first "Insomnia" is painted, the menu's is not.
      const first = await page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights)
          if (String(name).startsWith('maglens'))
            for (const range of highlight)
              if (range.toString() === 'Insomnia') return range.startContainer.parentElement?.id ?? null;
        return null;
      });
      assert.equal(first, 'first', 'the first "Insomnia" mark is not the article\'s');
    },
  },
  {
    name: 'a short story with tea, coffee, old age, nuts, anxiety and seeds marks only "antibiotics"',
    async run(t) {
      const page = await t.openFixture('precision-fiction.html');
      const texts = (await t.highlightTexts(page)).map((r) => r.text);
      assert.deepEqual(texts, ['antibiotics'], `marked in a story: ${texts.join(' | ')}`);
    },
  },
];

// The health content as a reader meets it: the right card for the kind of diabetes and of blood pressure,
// a medicine card's spacing and review date, and the reader's spacing table.
import assert from 'node:assert/strict';

const CARD_TIMEOUT = 5000;

/** Every marked range on the page, with its text, the data-case of its section and the centre of its first box. */
function markedRanges(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('maglens')) continue;
      for (const range of highlight) {
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        const section = range.startContainer.parentElement?.closest('[data-case]');
        if (!rect || !section) continue;
        out.push({
          text: range.toString(),
          kase: section.getAttribute('data-case'),
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
        });
      }
    }
    return out;
  });
}

/** The open card's title and text, or null. */
function readCard(page) {
  return page.evaluate(() => {
    const root = document.querySelector('maglens-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const title = root.getElementById((dialog.getAttribute('aria-labelledby') ?? '').split(' ')[0]);
    const readMore = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Read more');
    return {
      name: title?.textContent.trim() ?? '',
      text: dialog.textContent,
      readMore: readMore?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Rests the mouse on a point, coming from the left margin, and returns the card that opens. */
async function cardAt(page, point, what) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('maglens-card'), { timeout: CARD_TIMEOUT });
  await page.mouse.move(4, point.y);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await page
    .waitForFunction(
      () => !!document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]'),
      {
        timeout: CARD_TIMEOUT,
      },
    )
    .catch(() => assert.fail(`no card opened on "${what}"`));
  return readCard(page);
}

/** Opens the card of every mark in the sections of `cases`, as {case, text, card name}. */
async function cardsIn(page, cases) {
  const opened = [];
  for (const mark of await markedRanges(page)) {
    if (!cases.includes(mark.kase)) continue;
    const card = await cardAt(page, mark, mark.text);
    opened.push({ kase: mark.kase, text: mark.text, card: card?.name ?? '' });
  }
  return opened;
}

export const tests = [
  {
    name: 'a page about type 1, gestational or insipidus diabetes never opens the type 2 diabetes card',
    async run(t) {
      const page = await t.openFixture('content-wrong-card.html');
      await page.setViewport({ width: 1000, height: 1400 });
      const opened = await cardsIn(page, ['type-1', 'gestational', 'insipidus']);
      const names = opened.map((o) => `${o.kase}: "${o.text}" → ${o.card}`).join('\n');
      assert.ok(
        opened.some((o) => o.card === 'Type 1 diabetes'),
        `no type 1 card:\n${names}`,
      );
      assert.ok(
        opened.some((o) => o.card.startsWith('Gestational diabetes')),
        `no gestational diabetes card:\n${names}`,
      );
      for (const o of opened) assert.notEqual(o.card, 'Type 2 diabetes', names);
      assert.ok(!opened.some((o) => o.kase === 'insipidus' && /diabetes/i.test(o.card)), names);
    },
  },
  {
    name: 'a page about low blood pressure opens the low blood pressure card, never the hypertension card',
    async run(t) {
      const page = await t.openFixture('content-wrong-card.html');
      await page.setViewport({ width: 1000, height: 1400 });
      const opened = await cardsIn(page, ['low-bp']);
      const names = opened.map((o) => `"${o.text}" → ${o.card}`).join('\n');
      assert.ok(
        opened.some((o) => o.card === 'Low blood pressure (hypotension)'),
        names,
      );
      for (const o of opened) assert.notEqual(o.card, 'High blood pressure (hypertension)', names);
    },
  },
  {
    name: 'the same page still opens the type 2 diabetes and hypertension cards where they are meant',
    async run(t) {
      const page = await t.openFixture('content-wrong-card.html');
      await page.setViewport({ width: 1000, height: 1400 });
      const cards = (await cardsIn(page, ['control'])).map((o) => o.card);
      assert.ok(cards.includes('Type 2 diabetes'), cards.join(', '));
      assert.ok(cards.includes('High blood pressure (hypertension)'), cards.join(', '));
    },
  },
  {
    name: "moxifloxacin's card gives its own gap, says when it was reviewed, and reads on at the spacing table",
    async run(t) {
      const page = await t.openFixture('content-wrong-card.html');
      await page.setViewport({ width: 1000, height: 1400 });
      const mark = (await markedRanges(page)).find((m) => m.text === 'moxifloxacin');
      assert.ok(mark, 'moxifloxacin is not marked');
      const card = await cardAt(page, mark, 'moxifloxacin');
      assert.match(card.name, /Fluoroquinolone/);
      assert.match(card.text, /Moxifloxacin: 4 hours before\s+or 8 hours after/);
      assert.match(card.text, /Reviewed November 2026/);
      assert.match(card.readMore, /^Read more: Medicines .* › Spacing table$/);
    },
  },
  {
    name: "the reader's spacing table lists each medicine's gap and whose label gives it, under the article's review date",
    async run(t) {
      const reader = await t.openExtensionPage('reader.html#/article/medicines/spacing-table');
      await reader.waitForSelector('.ml-spacing tbody tr');
      const rows = await reader.$$eval('.ml-spacing tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())),
      );
      const row = (name) => rows.find((r) => r[0].startsWith(name));
      assert.deepEqual(row('Moxifloxacin')?.slice(1, 3), [
        'at least 4 h before magnesium',
        'at least 8 h after magnesium',
      ]);
      assert.deepEqual(row('Levofloxacin')?.slice(1, 3), [
        'at least 2 h before magnesium',
        'at least 2 h after magnesium',
      ]);
      assert.match(row('Raltegravir')?.[1] ?? '', /Do not combine/);
      assert.match(row('Ciprofloxacin')?.at(-1) ?? '', /CIPRO/);
      const reviewed = await reader.$eval('.ml-article .ml-reviewed', (el) => el.textContent);
      assert.equal(reviewed, 'Reviewed November 2026');
      await t.screenshot(reader, 'reader-spacing-table');
    },
  },
];

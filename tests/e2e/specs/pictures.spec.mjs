// The reader's pictures (components/reader/figures/), as a reader meets them in the popup and the full-tab
// reader: every article has its figures, each named and described, readable at popup width, accessible.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { colorScheme } from '../lib/color-scheme.mjs';

/** The medicine-spacing rows the timeline draws (data/medicine-spacing.yaml), if the dataset has them. */
const spacingFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/medicine-spacing.yaml',
);
const hasSpacingRows = existsSync(spacingFile);

/** Every `medicine:` of the spacing file, in order, wherever in the file's structure the rows sit. */
async function spacingMedicines() {
  if (!hasSpacingRows) return [];
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.medicine === 'string') found.push(node.medicine.trim());
      Object.values(node).forEach(walk);
    }
  };
  walk(parseYaml(await readFile(spacingFile, 'utf8')));
  return found;
}

/** The figures each article shows, by accessible name. */
const ARTICLE_FIGURES = {
  deficiency: ['Magnesium in the blood: from too low to too high', 'What drains magnesium'],
  evidence: [
    'Magnesium in nerves and sleep: mechanism, not proof',
    'Where magnesium helps, and where it does not',
  ],
  sleep: ['Magnesium in nerves and sleep: mechanism, not proof'],
  medicines: [
    'What drains magnesium',
    ...(hasSpacingRows
      ? [
          'Taking a medicine and magnesium: how far apart',
          'When to take each medicine around a magnesium dose',
        ]
      : []),
  ],
  food: ['How much magnesium you need a day', 'Magnesium in a serving of food'],
};

/** Opens an article in the popup or the reader page once its title has rendered. */
async function openArticle(t, pageName, articleId) {
  const page = await t.openExtensionPage(`${pageName}.html#/article/${articleId}`);
  await page.waitForSelector('#article-title', { timeout: 10_000 });
  return page;
}

/**
 * Every figure in the article, as assistive technology names it: its role, the name from aria-labelledby,
 * the description from aria-describedby, and whether it fits the width it is shown in.
 */
const figuresOf = (page) =>
  page.$$eval('article figure', (figures) =>
    figures.map((figure) => {
      const textOf = (ids) =>
        (ids ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      const box = figure.getBoundingClientRect();
      const svgs = [...figure.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect());
      return {
        name: textOf(figure.getAttribute('aria-labelledby')),
        description: textOf(figure.getAttribute('aria-describedby')),
        fits: figure.scrollWidth <= figure.clientWidth + 1 && svgs.every((s) => s.right <= box.right + 1),
        // A picture, or (the spacing table) a data table shown in the open, not folded under "The numbers".
        drawn:
          (svgs.some((s) => s.width >= 20 && s.height >= 10) ||
            [...figure.querySelectorAll('table')].some((t) => !t.closest('details') && t.rows.length > 2)) &&
          box.height > 120,
      };
    }),
  );

/** Axe violations of serious or critical impact on the page as it is now. */
const seriousViolations = (page) =>
  page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  });

export const tests = [
  {
    name: 'every article shows its pictures, named and described, drawn within the popup and the reader page',
    async run(t) {
      for (const pageName of ['popup', 'reader']) {
        for (const [articleId, names] of Object.entries(ARTICLE_FIGURES)) {
          const page = await openArticle(t, pageName, articleId);
          const figures = await figuresOf(page);
          assert.deepEqual(
            figures.map((f) => f.name).sort(),
            [...names].sort(),
            `${pageName} ${articleId}: figures by accessible name`,
          );
          for (const figure of figures) {
            assert.ok(figure.description.length > 40, `${figure.name} has a description`);
            assert.ok(figure.drawn, `${figure.name} draws a picture in ${pageName}`);
            assert.ok(figure.fits, `${figure.name} fits the ${pageName}'s width`);
          }
          if (pageName === 'popup') await t.screenshot(page, `pictures-${articleId}`);
          await page.close();
        }
      }
    },
  },
  {
    name: "the food chart measures servings against the day's need of the group the reader picks",
    async run(t) {
      const page = await openArticle(t, 'popup', 'food');
      const chart = '#figure-food svg';
      assert.match(await page.$eval(chart, (svg) => svg.textContent), /A day's need\s*420 mg/);
      const women = await page.$$eval(
        '#figure-food select option',
        (options) => options.find((o) => o.textContent.startsWith('Women 31 years and older'))?.value,
      );
      assert.ok(women, 'the groups include women 31 and older');
      await page.select('#figure-food select', women);
      await page.waitForFunction(
        (sel) => /A day's need\s*320 mg/.test(document.querySelector(sel).textContent),
        { timeout: 5_000 },
        chart,
      );
      const bars = await page.$$eval('#figure-food g[data-food]', (gs) => gs.map((g) => g.textContent));
      assert.match(bars[0], /^Pumpkin seeds, roasted1 oz156 mg · 37 % DV$/);
    },
  },
  {
    name: 'an entry of the evidence map opens its card, and the numbers of a chart open as a table',
    async run(t) {
      const page = await openArticle(t, 'popup', 'evidence');
      await page.click('#figure-evidence-map a[href="#/term/insomnia"]');
      await page.waitForFunction(
        () => document.querySelector('#term-title')?.textContent.includes('Insomnia'),
        {
          timeout: 5_000,
        },
      );
      await page.close();

      const food = await openArticle(t, 'popup', 'food');
      await food.click('#figure-rda summary');
      // biome-ignore lint/performance/useDomNodeTextContent: the cells as a reader sees them, tab-separated
      const rows = await food.$$eval('#figure-rda tbody tr', (trs) => trs.map((tr) => tr.innerText));
      assert.ok(
        rows.some((row) => /Female\s+31 years and older\s+320\s+350/.test(row)),
        rows.join('\n'),
      );
    },
  },
  {
    name: 'the spacing timeline draws exactly the medicines of the spacing table, in its order (none without one)',
    async run(t) {
      const page = await openArticle(t, 'popup', 'medicines');
      const drawn = await page.$$eval('#figure-spacing-timeline g[data-medicine]', (gs) =>
        gs.map((g) => g.getAttribute('data-medicine')),
      );
      assert.deepEqual(drawn, await spacingMedicines());
      assert.equal(
        (await page.$('#figure-spacing-timeline')) !== null,
        hasSpacingRows,
        'a timeline iff spacing rows',
      );
    },
  },
  {
    name: 'every article with its pictures has no serious accessibility violations, in light and dark',
    async run(t) {
      const require = createRequire(import.meta.url);
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      for (const articleId of Object.keys(ARTICLE_FIGURES)) {
        const page = await openArticle(t, 'popup', articleId);
        await page.$$eval('article figure details', (all) => {
          for (const details of all) details.open = true;
        });
        await page.evaluate(axeSource);
        for (const scheme of ['light', 'dark']) {
          await colorScheme(page, scheme);
          const violations = await seriousViolations(page);
          assert.deepEqual(violations, [], `${articleId} in ${scheme}:\n${violations.join('\n')}`);
        }
        await page.close();
      }
    },
  },
];

#!/usr/bin/env node
// `npm run demo`: builds MagLens for Chromium and opens the demo article with it.
//  - With a display (DISPLAY set): a real Chromium window that stays open until you press Ctrl+C.
//  - Without one: headless; hovers a term, waits for its card, and writes screenshots of the page, the card,
//    the card as a phone's bottom sheet, the popup and the options page, and two of the reader's figures (food per serving, the evidence map) at
//    popup width, in light and dark, to test-output/demo/.
// Options: --no-build (reuse $MAGLENS_OUT_DIR, default .output), --headless (even with a display).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension, checkBuilt, extensionDir } from '../e2e/lib/build.mjs';
import { startServer } from '../e2e/lib/server.mjs';
import { BrowserSession } from '../e2e/lib/session.mjs';
import { delay } from '../e2e/lib/wait.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'test-output', 'demo');
const args = process.argv.slice(2);
const headful = Boolean(process.env.DISPLAY) && !args.includes('--headless');

/** The centre of the first marked term in view whose text matches `wanted`, or of any marked term. */
function markedTermBox(wanted) {
  const found = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!String(name).startsWith('maglens')) return;
    highlight.forEach((range) => {
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.top > 0 && box.bottom < innerHeight) {
        found.push({ text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 });
      }
    });
  });
  return found.find((f) => f.text.toLowerCase() === wanted) ?? found[0] ?? null;
}

/** Rests the mouse on the marked `wording` in view and shoots the page once its card is open. */
async function hoverAndShoot(page, wording, name) {
  const term = await page.evaluate(markedTermBox, wording);
  if (!term) return console.log(`  ("${wording}" is not marked in view)`);
  await page.mouse.move(term.x - 40, term.y + 60);
  await page.mouse.move(term.x, term.y, { steps: 5 });
  const card = await page.waitForSelector('maglens-card', { timeout: 10_000 }).catch(() => null);
  await delay(400);
  if (card) await shoot(page, name);
  else console.log(`  (no card opened on "${term.text}")`);
}

async function shoot(page, name) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(repoRoot, file)}`);
}

async function screenshots(session, server) {
  await mkdir(outDir, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const page = await session.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${server.origin}/demo.html`, { waitUntil: 'load' });
    await session.waitForMarks(page);
    await page.evaluate(() => window.scrollTo(0, 430));
    await delay(300);
    await shoot(page, `page-${scheme}`);
    await hoverAndShoot(page, 'omeprazole', `card-${scheme}`);
    // A card of the content added in v2: levothyroxine and how far apart to take it from magnesium.
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await page.waitForSelector('maglens-card', { hidden: true, timeout: 10_000 }).catch(() => {});
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('levothyroxine'));
      text?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -60);
    });
    await delay(300);
    await hoverAndShoot(page, 'levothyroxine', `card-levothyroxine-${scheme}`);
    await sheetScreenshot(session, server, scheme);
    for (const [name, relative, viewport] of [
      ['popup', 'popup.html', { width: 400, height: 600 }],
      ['options', 'options.html', { width: 900, height: 760 }],
    ]) {
      const extensionPage = await session.newPage();
      await extensionPage.setViewport(viewport);
      await extensionPage.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await session.gotoExtensionPage(extensionPage, session.extensionUrl(relative));
      await delay(600);
      await shoot(extensionPage, `${name}-${scheme}`);
      await extensionPage.close();
    }
    await figureScreenshots(session, scheme);
    await page.close();
  }
}

/** The card as a phone shows it: a bottom sheet, opened by a tap on a term (390 × 844, touch). */
async function sheetScreenshot(session, server, scheme) {
  const page = await session.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${server.origin}/demo.html`, { waitUntil: 'load' });
  await session.waitForMarks(page);
  await page.evaluate(() => {
    const text = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('omeprazole'));
    text?.scrollIntoView({ block: 'center' });
  });
  await delay(300);
  const term = await page.evaluate(markedTermBox, 'omeprazole');
  if (!term) {
    console.log('  ("omeprazole" is not marked in view on the phone)');
  } else {
    await page.touchscreen.tap(term.x, term.y);
    const sheet = await page.waitForSelector('maglens-card', { timeout: 10_000 }).catch(() => null);
    await delay(500);
    if (sheet) await shoot(page, `sheet-${scheme}`);
    else console.log(`  (no sheet opened on "${term.text}")`);
  }
  await page.close();
}

/** Two of the reader's figures as they look at popup width, from the full-tab reader (tall enough to show all). */
async function figureScreenshots(session, scheme) {
  for (const [figure, article] of [
    ['food', 'food/food-sources'],
    ['evidence-map', 'evidence/summary'],
  ]) {
    const page = await session.newPage();
    await page.setViewport({ width: 400, height: 1400 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await session.gotoExtensionPage(page, session.extensionUrl(`reader.html#/article/${article}`));
    const element = await page.waitForSelector(`#figure-${figure}`, { timeout: 10_000 });
    await delay(300);
    const file = path.join(outDir, `figure-${figure}-${scheme}.png`);
    await element.screenshot({ path: file });
    console.log(`  ${path.relative(repoRoot, file)}`);
    await page.close();
  }
}

async function main() {
  if (!args.includes('--no-build')) await buildExtension(repoRoot, ['chromium']);
  else checkBuilt(repoRoot, ['chromium']);
  const server = await startServer([['/', path.join(repoRoot, 'tests', 'fixtures')]]);
  const session = new BrowserSession({
    browserName: 'chromium',
    extensionDir: extensionDir(repoRoot, 'chromium'),
    headful,
    settingsVersion: 2,
  });
  await session.start();
  if (headful) {
    const page = await session.newPage();
    await page.setViewport(null);
    await page.goto(`${server.origin}/demo.html`);
    console.log(`MagLens is running on ${server.origin}/demo.html. Rest the mouse on a marked term.`);
    console.log(
      `Popup: ${session.extensionUrl('popup.html')}  Settings: ${session.extensionUrl('options.html')}`,
    );
    console.log('Press Ctrl+C to quit.');
    const quit = async () => {
      await session.close();
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', quit);
    session.browser.on('disconnected', quit);
    return;
  }
  try {
    console.log(`Screenshots (headless, no DISPLAY) in ${path.relative(repoRoot, outDir)}/:`);
    await screenshots(session, server);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The footprint part of `npm run bench`: what MagLens costs a page where it has little or nothing to show,
// against a floor extension (tests/bench/floor-extension/) whose content script only walks the text once,
// and a settings floor (tests/bench/settings-floor-extension/) that first reads its settings and listens
// for messages, as the content script of any extension with settings and a popup must in every frame.
// Each page is loaded `runs` times in a fresh tab of three browsers (no extension, the floor, MagLens);
// 2.5 s after load the DevTools protocol forces a garbage collection and reads Performance.getMetrics:
// ScriptDuration (script time, as the footprint issue asks), TaskDuration (all the main thread's task time)
// and JSHeapUsedSize. Script time leaves out JavaScript run from an extension API's callback (a content
// script's work after it reads its settings: the settings floor's walk, most of MagLens' first scan), so
// task time is reported beside it: it counts that work, and also what the browser spends on any content
// script (its isolated world), which the floors pay too.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { launchChromium } from '../e2e/lib/browsers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FLOOR_DIR = path.join(here, 'floor-extension');
const SETTINGS_FLOOR_DIR = path.join(here, 'settings-floor-extension');
const SETTLE_MS = 2500;
const FRAMES = 30;
const HOVER_DELAY_MS = 350; // the default dwell (utils/settings-defaults.ts)
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const html = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The pages, by path. The big one is the saved Wikipedia article, served without its scripts. */
function pageSources(pagesDir) {
  const pages = {
    '/one-line.html': html('One line', '<p>Notes from a slow Sunday in the garden.</p>'),
    '/frames.html': html(
      'Frames',
      Array.from(
        { length: FRAMES },
        (_, i) => `<iframe src="/frame.html?n=${i}" width="200" height="80"></iframe>`,
      ).join(''),
    ),
    '/frame.html': html('A frame', '<p>A small widget: the weather, a share button and a short caption.</p>'),
    '/one-term.html': html(
      'One term',
      '<p style="font: 20px/1.6 serif; margin: 40px">Some people who sleep badly wonder whether insomnia has to do with what they eat.</p>',
    ),
  };
  const wikipedia = path.join(pagesDir, 'wikipedia-2.html');
  if (existsSync(wikipedia))
    pages['/wikipedia-2.html'] = readFileSync(wikipedia, 'utf8').replace(
      /<script\b[\s\S]*?<\/script\s*>/gi,
      '',
    );
  return pages;
}

function serve(pages) {
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 10) / 10;

/** One cold load: script and task time (ms) and JS heap (KiB) after a forced GC, SETTLE_MS after load. */
async function measureLoad(browser, url) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await delay(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      scriptMs: value('ScriptDuration') * 1000,
      taskMs: value('TaskDuration') * 1000,
      heapKiB: value('JSHeapUsedSize') / 1024,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

async function withBrowser(kind, extensionDir, run) {
  const profileDir = mkdtempSync(path.join(tmpdir(), `maglens-footprint-${kind}-`));
  let browser;
  try {
    browser = extensionDir
      ? (await launchChromium({ extensionDir, profileDir })).browser
      : await puppeteer.launch({
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
          pipe: true,
          userDataDir: profileDir,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
        });
    return await run(browser);
  } finally {
    await browser?.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/**
 * Dwell end to card painted on a cold page (the card's chunk not yet loaded there): the pointer comes to
 * rest on "insomnia", and the time runs from the rest plus the default dwell to the first frame painted
 * after the card became visible.
 */
async function measureFirstCard(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        let marked = false;
        CSS.highlights.forEach((_, name) => {
          if (String(name).startsWith('maglens')) marked = true;
        });
        return marked;
      },
      { timeout: 10_000 },
    );
    const box = await page.evaluate(() => {
      const p = document.querySelector('p');
      const text = p.firstChild;
      const at = text.data.indexOf('insomnia');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'insomnia'.length);
      const r = range.getBoundingClientRect();
      window.__lastMove = 0;
      document.addEventListener('pointermove', () => {
        window.__lastMove = performance.now();
      });
      window.__painted = new Promise((resolve) => {
        const check = () => {
          const host = document.querySelector('maglens-card');
          if (host && getComputedStyle(host).visibility === 'visible')
            requestAnimationFrame(() => resolve(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      });
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x - 60, box.y);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    const { painted, lastMove } = await page.evaluate(async () => ({
      painted: await window.__painted,
      lastMove: window.__lastMove,
    }));
    return painted - (lastMove + HOVER_DELAY_MS);
  } finally {
    await page.close().catch(() => {});
  }
}

const kib = (file) => (existsSync(file) ? round(statSync(file).size / 1024) : null);

/** Sizes of what ships, in KiB (minified). */
function shippedSizes(outDir) {
  return {
    contentScriptKiB: {
      chromium: kib(path.join(outDir, 'chrome-mv3/content-scripts/content.js')),
      firefox: kib(path.join(outDir, 'firefox-mv2/content-scripts/content.js')),
    },
    cardChunkKiB: kib(path.join(outDir, 'chrome-mv3/card-chunk.js')),
    markingChunkKiB: kib(path.join(outDir, 'chrome-mv3/marking-chunk.js')),
    backgroundKiB: kib(path.join(outDir, 'chrome-mv3/background.js')),
  };
}

export async function measureFootprint({ runs, pagesDir, outDir, log }) {
  const sources = pageSources(pagesDir);
  const server = await serve(sources);
  const base = `http://127.0.0.1:${server.address().port}`;
  const kinds = [
    { page: 'a one-line page', path: '/one-line.html' },
    { page: `${FRAMES} small same-origin iframes`, path: '/frames.html' },
    ...(sources['/wikipedia-2.html']
      ? [{ page: 'the 1 MB Wikipedia article', path: '/wikipedia-2.html' }]
      : []),
  ];
  const setups = [
    { name: 'none', dir: null },
    { name: 'floor', dir: FLOOR_DIR },
    { name: 'settings-floor', dir: SETTINGS_FLOOR_DIR },
    { name: 'maglens', dir: path.join(outDir, 'chrome-mv3') },
  ];
  const samples = {};
  let firstCard = null;
  try {
    for (const setup of setups) {
      await withBrowser(setup.name, setup.dir, async (browser) => {
        await measureLoad(browser, `${base}/one-line.html`); // warm-up: the browser's own first-load costs
        for (const kind of kinds) {
          const loads = [];
          for (let k = 0; k < runs; k++) loads.push(await measureLoad(browser, base + kind.path));
          samples[`${setup.name} ${kind.path}`] = {
            scriptMs: median(loads.map((l) => l.scriptMs)),
            taskMs: median(loads.map((l) => l.taskMs)),
            heapKiB: median(loads.map((l) => l.heapKiB)),
          };
          log(
            `  footprint ${setup.name} ${kind.path}: ${JSON.stringify(samples[`${setup.name} ${kind.path}`])}`,
          );
        }
        if (setup.name === 'maglens') {
          const opens = [];
          for (let k = 0; k < runs; k++) opens.push(await measureFirstCard(browser, `${base}/one-term.html`));
          firstCard = { openMs: round(median(opens)), runs: opens.length };
        }
      });
    }
  } finally {
    server.close();
  }
  const pages = kinds.map((kind) => {
    const none = samples[`none ${kind.path}`];
    const adds = (name) => ({
      scriptMs: round(samples[`${name} ${kind.path}`].scriptMs - none.scriptMs),
      taskMs: round(samples[`${name} ${kind.path}`].taskMs - none.taskMs),
      heapKiB: round(samples[`${name} ${kind.path}`].heapKiB - none.heapKiB),
    });
    const maglens = adds('maglens');
    const floor = adds('floor');
    const settingsFloor = adds('settings-floor');
    return {
      page: kind.page,
      maglens,
      floor,
      settingsFloor,
      scriptRatio: round(maglens.scriptMs / Math.max(floor.scriptMs, 0.1)),
      taskRatio: round(maglens.taskMs / Math.max(floor.taskMs, 0.1)),
      heapRatio: round(maglens.heapKiB / Math.max(floor.heapKiB, 1)),
      settingsFloorScriptRatio: round(maglens.scriptMs / Math.max(settingsFloor.scriptMs, 0.1)),
      settingsFloorTaskRatio: round(maglens.taskMs / Math.max(settingsFloor.taskMs, 0.1)),
      settingsFloorHeapRatio: round(maglens.heapKiB / Math.max(settingsFloor.heapKiB, 1)),
    };
  });
  return { runs, settleMs: SETTLE_MS, pages, firstCard, ...shippedSizes(outDir) };
}

export function footprintTable(footprint) {
  const size = (k) => (k >= 1024 ? `${round(k / 1024)} MiB` : `${Math.round(k)} KiB`);
  const adds = (a) => `${a.scriptMs} ms / ${a.taskMs} ms / ${size(a.heapKiB)}`;
  const lines = [
    'What each adds over the page with no extension, as script time / task time / JS heap:',
    '',
    '| page | MagLens adds | the floor adds | ratio | the settings floor adds | ratio |',
    '|---|---|---|---|---|---|',
    ...footprint.pages.map(
      (p) =>
        `| ${p.page} | ${adds(p.maglens)} | ${adds(p.floor)} | ${p.scriptRatio}× / ${p.taskRatio}× / ${p.heapRatio}× | ${adds(p.settingsFloor)} | ${p.settingsFloorScriptRatio}× / ${p.settingsFloorTaskRatio}× / ${p.settingsFloorHeapRatio}× |`,
    ),
    '',
  ];
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const over = footprint.pages.filter((p) => p.scriptRatio > 2 || p.heapRatio > 2).map((p) => p.page);
  lines.push(
    `- MagLens adds at most 2 × the floor's script time and heap on each page: ${verdict(over.length === 0)}${over.length ? ` (over on ${over.join(', ')})` : ''}`,
  );
  const overTask = footprint.pages.filter((p) => p.taskRatio > 2 || p.heapRatio > 2).map((p) => p.page);
  lines.push(
    `- MagLens adds at most 2 × the floor's task time and heap on each page (task time counts the work script time leaves out): ${verdict(overTask.length === 0)}${overTask.length ? ` (over on ${overTask.join(', ')})` : ''}`,
  );
  // The settings floor walks the text in its storage read's callback, which script time leaves out: its
  // task time is the one to compare.
  const overSettings = footprint.pages
    .filter((p) => p.settingsFloorTaskRatio > 2 || p.settingsFloorHeapRatio > 2)
    .map((p) => p.page);
  lines.push(
    `- MagLens adds at most 2 × the settings floor's task time and heap on each page: ${verdict(overSettings.length === 0)}${overSettings.length ? ` (over on ${overSettings.join(', ')})` : ''}`,
  );
  const frames = footprint.pages.find((p) => p.page.includes('iframes'));
  if (frames) {
    const perFrame = (a, b, n) => round((a - b) / n);
    lines.push(
      `- per frame with nothing to show, over the floor (the frames page / ${FRAMES}): script ${perFrame(frames.maglens.scriptMs, frames.floor.scriptMs, FRAMES)} ms, task ${perFrame(frames.maglens.taskMs, frames.floor.taskMs, FRAMES)} ms, heap ${Math.round(perFrame(frames.maglens.heapKiB, frames.floor.heapKiB, FRAMES))} KiB; over the settings floor: script ${perFrame(frames.maglens.scriptMs, frames.settingsFloor.scriptMs, FRAMES)} ms, task ${perFrame(frames.maglens.taskMs, frames.settingsFloor.taskMs, FRAMES)} ms, heap ${Math.round(perFrame(frames.maglens.heapKiB, frames.settingsFloor.heapKiB, FRAMES))} KiB`,
    );
  }
  const { chromium, firefox } = footprint.contentScriptKiB;
  lines.push(
    `- content script ≤ 60 KiB minified: ${verdict(chromium <= 60 && firefox <= 60)} (Chromium ${chromium} KiB, Firefox ${firefox ?? '-'} KiB; marking chunk ${footprint.markingChunkKiB} KiB on a frame's first candidate; card chunk ${footprint.cardChunkKiB} KiB on first use; background ${footprint.backgroundKiB} KiB)`,
  );
  if (footprint.firstCard)
    lines.push(
      `- first card on a cold page, dwell end to card painted, ≤ 50 ms: ${verdict(footprint.firstCard.openMs <= 50)} (${footprint.firstCard.openMs} ms, median of ${footprint.firstCard.runs})`,
    );
  return lines.join('\n');
}

/** The first-card time alone, for one built extension (`node -e` comparisons between builds). */
export async function firstCardOpen({ extensionDir, runs, pagesDir = '' }) {
  const server = await serve(pageSources(pagesDir));
  try {
    return await withBrowser('first-card', extensionDir, async (browser) => {
      const opens = [];
      for (let k = 0; k < runs; k++)
        opens.push(
          await measureFirstCard(browser, `http://127.0.0.1:${server.address().port}/one-term.html`),
        );
      return opens.map(round);
    });
  } finally {
    server.close();
  }
}

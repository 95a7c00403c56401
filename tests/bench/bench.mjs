// Page-scanner benchmark: the real scanner against saved real-world pages in headless Chromium.
// Usage: npm run bench [-- --json] [--runs N] [--only NAME] [--no-markjs] [--no-popup] [--no-footprint]
//        [--footprint-only]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { launchChromium } from '../e2e/lib/browsers.mjs';
import { footprintTable, measureFootprint } from './footprint.mjs';
import { measurePopupPaint } from './popup-paint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pagesDir = path.resolve(root, '../shared/pages');
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', 5));
const only = option('--only', '');
const withMarkjs = !args.includes('--no-markjs');
const footprintOnly = args.includes('--footprint-only');
const withPopup = !args.includes('--no-popup') && !footprintOnly;
const withFootprint = !args.includes('--no-footprint');
const outDir = path.join(root, process.env.MAGLENS_OUT_DIR ?? '.output');
const MARKJS_TIMEOUT_MS = 60_000;
const SCALING_PAGE = 'wikipedia-2.html';
const BIG_TERMS = 5000;
const log = (...parts) => {
  if (!json) console.log(...parts);
  else console.error(...parts);
};

if (!existsSync(pagesDir)) {
  log(`Skipping the benchmark: no saved pages at ${pagesDir} (the shared folder beside the repo).`);
  if (json) console.log(JSON.stringify({ skipped: `no pages at ${pagesDir}` }));
  process.exit(0);
}

/** Resolves "@/x" to the repo root, as the extension's build does. */
const rootAlias = {
  name: 'root-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, async (a) =>
      b.resolve(`./${a.path.slice(2)}`, { resolveDir: root, kind: a.kind }),
    );
  },
};

async function bundle(entry, options) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    plugins: [rootAlias],
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles[0].text;
}

/** The content script's real compiled dataset (build/dataset/content-dataset.ts) and the packing of
 * wordings, bundled for Node. */
async function loadDatasetTools() {
  const code = await bundle('tests/bench/node-dataset.ts', {
    platform: 'node',
    format: 'esm',
    packages: 'external',
  });
  const file = path.join(root, 'node_modules/.cache/maglens-bench-dataset.mjs');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  return import(`${file}?t=${Date.now()}`);
}

/** The shipped dictionary plus synthetic wordings up to `size`: made-up one- and two-word terms, and
 * every tenth a two-word wording that starts with a first word of the shipped dictionary ("blood",
 * "muscle", "vitamin"…), so real words of a page reach trie nodes with many more continuations.
 * No wording starts with a stop word ("the", "of"): no real health dictionary has one, and such a
 * wording would measure how often its first word occurs, not the size of the dictionary. */
function syntheticDataset(base, size, tools) {
  const unpacked = tools.unpackWordings(base.matcher);
  const syllables = [
    'ma',
    'lo',
    'rin',
    'te',
    'sa',
    'vid',
    'qu',
    'ox',
    'zel',
    'pra',
    'nu',
    'ket',
    'dor',
    'fi',
  ];
  const firstWords = [...new Set(unpacked.entries.map((m) => m.text.split(/\s+/)[0].toLowerCase()))];
  const word = (n) => {
    let out = '';
    for (let k = 0; k < 3; k++) {
      out += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length) + k * 7;
    }
    return out;
  };
  const topic = base.topics[0];
  const matcher = [...unpacked.entries];
  const termTopics = Object.fromEntries(unpacked.termTopics);
  for (let i = 0; matcher.length < size; i++) {
    const id = `synthetic-${i}`;
    let text = `${word(i)}x${i}`;
    if (i % 10 === 0) text = `${firstWords[i % firstWords.length]} ${word(i)}`;
    else if (i % 3 === 0) text = `${word(i)} ${word(i + 1)}`;
    termTopics[id] = topic.id;
    matcher.push({ text, termId: id, exactCase: false, kind: 'specific' });
  }
  return { ...base, matcher: tools.packWordings(matcher, termTopics) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => (typeof n === 'number' ? Math.round(n * 10) / 10 : n);

function serve() {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    const file = path.join(pagesDir, path.basename(name));
    if (!name.endsWith('.html') || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // The saved pages' own scripts would keep changing them (and fail offline): serve them without.
    res.end(readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function openPage(browser, url, scannerCode) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(url)) request.continue();
    else request.abort();
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(scannerCode);
  return page;
}

async function measurePage(browser, base, name, code, shipped, wordings, markjs) {
  const url = `${base}/${name}`;
  const samples = [];
  let markjsMs = null;
  for (let run = 0; run < runs; run++) {
    const page = await openPage(browser, url, code);
    const walk = await page.evaluate(() => window.maglensBench.walk());
    const index = await page.evaluate((d) => window.maglensBench.index(d), shipped);
    const scan = await page.evaluate(() => window.maglensBench.scan());
    samples.push({ ...walk, ...index, ...scan });
    if (run === 0 && markjs) markjsMs = await runMarkjs(page, markjs, wordings);
    await page.close().catch(() => {});
  }
  return {
    name,
    textNodes: samples[0].textNodes,
    chars: samples[0].chars,
    walkMs: round(median(samples.map((s) => s.walkMs))),
    scanMs: round(median(samples.map((s) => s.scanMs))),
    busyMs: round(median(samples.map((s) => s.busyMs))),
    markjsMs,
    sweepMs: round(median(samples.map((s) => s.sweepMs))),
    longestTaskMs: round(median(samples.map((s) => Math.max(s.longestSliceMs, s.indexMs, s.sweepLongestMs)))),
    indexMs: round(median(samples.map((s) => s.indexMs))),
    matches: samples[0].matches,
  };
}

/** mark.js with the same wordings; last in the page since it rewrites the DOM. It runs synchronously,
 * so the cap is enforced from outside: past the timeout the tab is closed and ">60000" reported. */
async function runMarkjs(page, source, wordings) {
  await page.evaluate(source);
  const words = [...new Set(wordings.map((m) => m.text))];
  let timer;
  const capped = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), MARKJS_TIMEOUT_MS);
  });
  const measured = page
    .evaluate(
      (list) =>
        new Promise((resolve) => {
          const started = performance.now();
          new window.Mark(document.body).mark(list, {
            accuracy: 'exactly',
            separateWordSearch: false,
            done: () => resolve(performance.now() - started),
          });
        }),
      words,
    )
    .catch(() => null);
  const ms = await Promise.race([measured, capped]);
  clearTimeout(timer);
  if (ms === null) {
    await page.close().catch(() => {});
    return `>${MARKJS_TIMEOUT_MS}`;
  }
  return round(ms);
}

/** Builds both targets once, for the popup and footprint parts. */
function buildExtension() {
  log('Building the extension (both browsers)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
}

async function main() {
  if (footprintOnly) {
    buildExtension();
    const footprint = await measureFootprint({ runs, pagesDir, outDir, log });
    if (json) console.log(JSON.stringify({ footprint }));
    else console.log(footprintTable(footprint));
    return;
  }
  const code = await bundle('tests/bench/bench-entry.ts', { format: 'iife', target: 'es2022' });
  const markjs = withMarkjs
    ? readFileSync(path.join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')
    : null;
  const tools = await loadDatasetTools();
  const shipped = tools.loadContentDataset(root);
  const wordings = tools.unpackWordings(shipped.matcher).entries;
  const big = syntheticDataset(shipped, BIG_TERMS, tools);
  const names = readdirSync(pagesDir)
    .filter((n) => n.endsWith('.html') && n.includes(only))
    .sort();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const pages = [];
  let scaling = null;
  try {
    log(`MagLens scanner benchmark: ${names.length} pages, ${runs} runs each, ${wordings.length} wordings.`);
    for (const name of names) {
      const result = await measurePage(browser, base, name, code, shipped, wordings, markjs);
      pages.push(result);
      log(
        `  ${name}: scan ${result.scanMs} ms, walk ${result.walkMs} ms, mark.js ${result.markjsMs ?? '-'} ms`,
      );
    }
    if (names.includes(SCALING_PAGE) || !only) {
      const scalingPage = names.includes(SCALING_PAGE) ? SCALING_PAGE : names[0];
      // Both dictionaries in the same page, alternating, so page load and machine noise hit both alike.
      const page = await openPage(browser, `${base}/${scalingPage}`, code);
      const { small, large, smallIndex, largeIndex } = await page.evaluate(
        async (shippedSet, bigSet, n) => {
          const out = { small: [], large: [], smallIndex: [], largeIndex: [] };
          for (let k = 0; k < n; k++) {
            const ai = window.maglensBench.index(shippedSet);
            const a = await window.maglensBench.scan();
            const bi = window.maglensBench.index(bigSet);
            const b = await window.maglensBench.scan();
            out.small.push(a.scanMs);
            out.smallIndex.push(ai.indexMs);
            out.large.push(b.scanMs);
            out.largeIndex.push(bi.indexMs);
          }
          return out;
        },
        shipped,
        big,
        Math.max(runs, 5),
      );
      await page.close();
      scaling = {
        page: scalingPage,
        terms: wordings.length,
        scanMs: round(median(small)),
        bigTerms: BIG_TERMS,
        bigScanMs: round(median(large)),
        indexMs: round(median(smallIndex)),
        bigIndexMs: round(median(largeIndex)),
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (withPopup || withFootprint) buildExtension();
  const popup = withPopup ? await measurePopup() : null;
  const footprint = withFootprint ? await measureFootprint({ runs, pagesDir, outDir, log }) : null;
  if (json) {
    console.log(JSON.stringify({ pages, scaling, popup, footprint }));
    return;
  }
  console.log(table(pages, scaling, popup));
  if (footprint)
    console.log(`\nFootprint (medians of ${footprint.runs} loads):\n\n${footprintTable(footprint)}`);
}

/**
 * The popup's first contentful paint (issue 5: under 150 ms), with the built extension in Chromium: popup.html
 * opened in a tab, as tests can, medians of `runs` fresh loads after one warm-up load.
 */
async function measurePopup() {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'maglens-bench-'));
  const { browser, extensionBase } = await launchChromium({
    extensionDir: path.join(outDir, 'chrome-mv3'),
    profileDir,
  });
  try {
    const url = `${extensionBase}popup.html`;
    await measurePopupPaint(browser, url); // warm-up: the first load also compiles the extension's scripts
    const paints = [];
    for (let k = 0; k < runs; k++)
      paints.push((await measurePopupPaint(browser, url)).firstContentfulPaintMs);
    return { firstPaintMs: round(median(paints)), runs: paints.length };
  } finally {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

export function table(pages, scaling, popup = null) {
  const head =
    '| page | text nodes | chars | walk ms | scan ms | busy ms | scan/walk | index ms | idle sweep ms | mark.js ms | mark.js/scan | longest task ms | matches |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = pages.map(
    (p) =>
      `| ${p.name} | ${p.textNodes} | ${p.chars} | ${p.walkMs} | ${p.scanMs} | ${p.busyMs ?? '-'} | ${round(p.scanMs / Math.max(p.walkMs, 0.1))}× | ${p.indexMs} | ${p.sweepMs} | ${p.markjsMs ?? '-'} | ${typeof p.markjsMs === 'number' ? `${Math.round(p.markjsMs / Math.max(p.scanMs, 0.1))}×` : p.markjsMs ? `>${Math.round(60000 / Math.max(p.scanMs, 0.1))}×` : '-'} | ${p.longestTaskMs} | ${p.matches} |`,
  );
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  const failsScan = pages.filter((p) => p.scanMs > 1.5 * p.walkMs).map((p) => p.name);
  const markjsNumber = (p) => (typeof p.markjsMs === 'number' ? p.markjsMs : Number.POSITIVE_INFINITY);
  const failsMarkjs = pages
    .filter((p) => p.markjsMs !== null && markjsNumber(p) < 20 * p.scanMs)
    .map((p) => p.name);
  const failsTask = pages.filter((p) => p.longestTaskMs > 50).map((p) => p.name);
  const lines = [head, rule, ...rows, ''];
  lines.push(
    `- scan ≤ 1.5 × walk on every page: ${verdict(failsScan.length === 0)}${failsScan.length ? ` (over on ${failsScan.join(', ')})` : ''}`,
  );
  lines.push(
    `- mark.js ≥ 20 × slower on every page: ${verdict(failsMarkjs.length === 0)}${failsMarkjs.length ? ` (not on ${failsMarkjs.join(', ')})` : ''}`,
  );
  lines.push(
    `- no task over 50 ms: ${verdict(failsTask.length === 0)}${failsTask.length ? ` (over on ${failsTask.join(', ')})` : ''}`,
  );
  if (scaling) {
    const ratio = scaling.bigScanMs / Math.max(scaling.scanMs, 0.1);
    lines.push(
      `- ${scaling.bigTerms} terms cost ≤ 1.3 × the shipped ${scaling.terms} on ${scaling.page}: ${verdict(ratio <= 1.3)} (scan ${scaling.scanMs} → ${scaling.bigScanMs} ms, ${round(ratio)}×; building the index once per page ${scaling.indexMs} → ${scaling.bigIndexMs} ms)`,
    );
  }
  if (popup) {
    lines.push(
      `- popup first paint under 150 ms: ${verdict(popup.firstPaintMs < 150)} (${popup.firstPaintMs} ms, median of ${popup.runs} loads of popup.html in a tab)`,
    );
  }
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The PDF viewer at scale, with the built extension in headless Chromium: a 300-page text PDF (written here,
// with pdf-lib, at bench time) is opened in pdf-viewer.html from a file, then scrolled through from the first
// page to the last. Measured: the time from choosing the file to its first page drawn with its marks, and
// every long task (over 50 ms) on the viewer's main thread over the open and over the scroll.
// Usage: node tests/bench/pdf-bench.mjs [--json] [--runs N] [--pages N] [--pdf-step-ms N] [--no-build]
//        [--pdf-trace]
//   --pdf-step-ms  the scroll moves a viewport every N ms (50: a fast fling; 1000 and more: reading pace)
//   --pdf-trace  also records a DevTools trace of one run and prints, for each long task, what it was made of
//                (the trace events and the JavaScript functions sampled in it); the trace is saved under
//                test-output/bench/pdf-trace.json for the DevTools Performance panel.
// (npm run bench runs it after the notes benchmark; `npm run bench -- --pdf-only` runs it alone.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { launchChromium } from '../e2e/lib/browsers.mjs';
import { readLongTaskTrace, summariseTrace, TRACE_CATEGORIES } from './pdf-trace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const runs = option('--runs', 3);
const pageCount = option('--pages', 300);
const withTrace = args.includes('--pdf-trace');
const log = (...parts) => (json ? console.error(...parts) : console.log(...parts));

const LONG_TASK_MS = 50;
const VIEWPORT = { width: 1100, height: 900 };
/** How far and how often the scroll moves: a viewport's height every 50 ms, a quick flick through. */
const SCROLL_STEP_MS = option('--pdf-step-ms', 50);

/** Lines of a leaflet-like page; every page holds a few terms, some of them broken over two lines. */
function pageLines(n) {
  return [
    `Section ${n}. Medicines and magnesium`,
    '',
    'Omeprazole belongs to a group of medicines called proton pump',
    'inhibitors. It lowers the amount of acid that your stomach makes.',
    'Talk to your doctor or pharmacist if you have ever had muscle',
    'cramps, twitching or an uneven heartbeat while taking a medicine',
    'like this one, or if you take digoxin for your heart.',
    '',
    'If you take it for more than three months, the level of magnesium',
    'in your blood may fall (hypomagnesaemia). Low magnesium can show as',
    'tiredness, confusion or dizziness. Your doctor may check the level.',
    '',
    ...Array.from(
      { length: 30 },
      (_, i) =>
        `Line ${i + 1} of page ${n}: plain words about storage, the pack and how to read the label, with no term.`,
    ),
  ];
}

/** A text PDF of `pages` A4 pages, in memory. */
async function makeLongPdf(pages) {
  const doc = await PDFDocument.create();
  doc.setTitle(`A ${pages}-page leaflet`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595.28, 841.89]);
    let y = 800;
    for (const line of pageLines(n)) {
      if (line) page.drawText(line, { x: 50, y, size: 10, font });
      y -= 17;
    }
  }
  return doc.save();
}

/** Runs in the viewer before its scripts: records every long task (start and duration, ms). */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves once page 1 is drawn (its canvas and text layer are there) and holds marks. */
function firstPageMarked() {
  const page = document.querySelector('.page[data-page-number="1"]');
  if (!page?.querySelector('canvas') || !page.querySelector('.textLayer span')) return false;
  let marked = false;
  CSS.highlights.forEach((highlight, name) => {
    if (!String(name).startsWith('maglens')) return;
    highlight.forEach((range) => {
      if (page.contains(range.startContainer)) marked = true;
    });
  });
  return marked;
}

/** Scrolls the viewer from top to bottom, a viewport at a time; then waits for the last page's marks. */
async function scrollThrough(stepMs) {
  const container = document.getElementById('viewerContainer');
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const started = performance.now();
  while (container.scrollTop + container.clientHeight < container.scrollHeight - 2) {
    container.scrollTop += container.clientHeight;
    await wait(stepMs);
  }
  const pages = document.querySelectorAll('.page').length;
  const last = document.querySelector(`.page[data-page-number="${pages}"]`);
  for (let i = 0; i < 200; i++) {
    let marked = false;
    CSS.highlights.forEach((highlight, name) => {
      if (!String(name).startsWith('maglens')) return;
      highlight.forEach((range) => {
        if (last.contains(range.startContainer)) marked = true;
      });
    });
    if (marked) break;
    await wait(50);
  }
  return { scrollMs: performance.now() - started, startedAt: started, pages };
}

const summarise = (tasks) => ({
  longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
  tasksOver50: tasks.filter((t) => t.duration > LONG_TASK_MS).length,
  tasks: tasks.map((t) => Math.round(t.duration)),
});

async function oneRun(browser, base, file, trace) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(recordLongTasks);
  await page.goto(`${base}pdf-viewer.html`);
  const input = await page.waitForSelector('#ml-pdf-file');
  if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
  const chosenAt = await page.evaluate(() => performance.now());
  await input.uploadFile(file);
  await page.waitForFunction(firstPageMarked, { polling: 'raf', timeout: 120_000 });
  const firstPageMs = (await page.evaluate(() => performance.now())) - chosenAt;
  // Let the open settle (the rest of the first view, the text probe) before the scroll starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const scroll = await page.evaluate(scrollThrough, SCROLL_STEP_MS);
  const all = await page.evaluate(() => window.__longTasks);
  const traceData = trace ? await page.tracing.stop() : null;
  await page.close();
  const open = all.filter((t) => t.start >= chosenAt - 1 && t.start < scroll.startedAt);
  const during = all.filter((t) => t.start >= scroll.startedAt);
  return {
    firstPageMs: Math.round(firstPageMs),
    scrollMs: Math.round(scroll.scrollMs),
    pages: scroll.pages,
    open: summarise(open),
    scroll: summarise(during),
    traceData,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const outDir = path.resolve(root, process.env.MAGLENS_OUT_DIR ?? '.output');
  if (!args.includes('--no-build')) {
    log('Building the extension for the PDF benchmark…');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  }
  const workDir = mkdtempSync(path.join(tmpdir(), 'maglens-pdf-bench-'));
  const file = path.join(workDir, `leaflet-${pageCount}-pages.pdf`);
  const made = Date.now();
  writeFileSync(file, await makeLongPdf(pageCount));
  log(`Wrote a ${pageCount}-page PDF in ${Date.now() - made} ms.`);
  const { browser, extensionBase } = await launchChromium({
    extensionDir: path.join(outDir, 'chrome-mv3'),
    profileDir: path.join(workDir, 'profile'),
  });
  try {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await oneRun(browser, extensionBase, file, withTrace && run === runs - 1);
      if (result.pages !== pageCount) throw new Error(`the viewer laid out ${result.pages} pages`);
      log(
        `  run ${run + 1}: first page drawn and marked ${result.firstPageMs} ms; ` +
          `open: ${result.open.tasksOver50} tasks over 50 ms [${result.open.tasks.join(', ')}]; ` +
          `scroll (${result.scrollMs} ms): ${result.scroll.tasksOver50} [${result.scroll.tasks.join(', ')}]`,
      );
      results.push(result);
    }
    const traced = results.find((r) => r.traceData);
    let breakdown = null;
    if (traced) {
      const dir = path.join(root, 'test-output', 'bench');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'pdf-trace.json'), traced.traceData);
      breakdown = summariseTrace(readLongTaskTrace(traced.traceData, LONG_TASK_MS));
    }
    const summary = {
      pages: pageCount,
      runs,
      scrollStepMs: SCROLL_STEP_MS,
      firstPageMs: median(results.map((r) => r.firstPageMs)),
      openLongestTaskMs: Math.max(...results.map((r) => r.open.longestTaskMs)),
      openTasksOver50: median(results.map((r) => r.open.tasksOver50)),
      scrollLongestTaskMs: Math.max(...results.map((r) => r.scroll.longestTaskMs)),
      scrollTasksOver50: median(results.map((r) => r.scroll.tasksOver50)),
      perRun: results.map(({ traceData, ...r }) => r),
      ...(breakdown ? { longTasks: breakdown } : {}),
    };
    if (json) console.log(JSON.stringify({ pdf: summary }));
    else {
      console.log(
        `\nPDF viewer, a ${pageCount}-page text PDF (headless Chromium, ${runs} runs, ` +
          `scrolled a viewport every ${SCROLL_STEP_MS} ms):`,
      );
      console.log(`  first page drawn and marked: ${summary.firstPageMs} ms (median)`);
      console.log(
        `  open: longest task ${summary.openLongestTaskMs} ms, ${summary.openTasksOver50} over 50 ms (median)`,
      );
      console.log(
        `  scroll to the last page: longest task ${summary.scrollLongestTaskMs} ms, ` +
          `${summary.scrollTasksOver50} over 50 ms (median)`,
      );
      const pass = summary.openLongestTaskMs <= LONG_TASK_MS && summary.scrollLongestTaskMs <= LONG_TASK_MS;
      console.log(`  - no task over 50 ms, open or scroll: ${pass ? 'PASS' : 'FAIL'}`);
      if (breakdown) {
        console.log('  long tasks of the traced run, and what they were made of:');
        for (const line of breakdown) console.log(`    ${line}`);
      }
    }
  } finally {
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

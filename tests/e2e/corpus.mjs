// The corpus run (`npm run test:corpus`): every saved real page in ../shared/pages, in both browsers.
//
// Each page is served with its own scripts blocked (a `script-src 'none'` CSP header; content scripts are
// exempt), so after DOMContentLoaded nothing but MagLens can change the DOM. Per page it checks:
//  - no uncaught errors or console errors from MagLens (the harness fails the test on any);
//  - zero DOM mutations of any kind after DOMContentLoaded while no card is shown (a MutationObserver
//    installed before the page's first script; MagLens must only use CSS.highlights);
//  - every highlight range starts and ends on a word boundary within its block, and none lies inside
//    script, style, textarea, form fields or editable content;
//  - Chromium: no long task (Long Tasks API, over 50 ms) during at least half of which MagLens' own
//    JavaScript was running, from a CPU profile of the tab mapped onto the long tasks' time windows.
// A table of the figures is printed at the end for each browser.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pagesDir = path.resolve(here, '../../../shared/pages');
const LONG_TASK_MS = 50;

/** Installed before any page script: records DOM mutations after DOMContentLoaded, and when marks appear. */
function installProbe() {
  const state = { dcl: 0, firstMark: 0, mutations: [], more: 0, longTasks: [] };
  window.__maglensCorpus = state;
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } else {
    state.longTasks = null; // Firefox has no Long Tasks API
  }
  const describe = (node) => (node.nodeType === 1 ? node.localName : node.nodeName);
  const countMarks = () => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights)
      if (String(name).startsWith('maglens')) n += highlight.size;
    return n;
  };
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      state.dcl = performance.now();
      new MutationObserver((records) => {
        for (const m of records) {
          if (state.mutations.length >= 20) {
            state.more++;
            continue;
          }
          state.mutations.push({
            type: m.type,
            target: describe(m.target),
            attribute: m.attributeName,
            added: [...m.addedNodes].slice(0, 3).map(describe),
            removed: [...m.removedNodes].slice(0, 3).map(describe),
          });
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const poll = () => {
        if (countMarks() > 0) state.firstMark = performance.now();
        else if (performance.now() - state.dcl < 30_000) setTimeout(poll, 20);
      };
      poll();
    },
    { once: true },
  );
}

/** Checks every maglens* range in the page: word boundaries within its block, and where it lies. */
function inspectRanges() {
  const WORD = /[\p{L}\p{N}_]/u;
  const FORBIDDEN =
    'script, style, noscript, textarea, input, select, [contenteditable=""], [contenteditable="true"]';
  const blockOf = (node) => {
    let el = node.nodeType === 1 ? node : node.parentElement;
    while (el && el !== document.body && getComputedStyle(el).display.startsWith('inline'))
      el = el.parentElement;
    return el ?? document.body;
  };
  const bad = [];
  const marks = [];
  let count = 0;
  /** The sentence around [start, end) of a block's text, the mark in [brackets], cut to a readable length. */
  const sentenceOf = (whole, start, end) => {
    const flat = (s) => s.replace(/\s+/g, ' ');
    let from = start;
    while (from > 0 && start - from < 160 && !/[.!?]\s/.test(whole.slice(from - 2, from))) from--;
    let to = end;
    while (to < whole.length && to - end < 160 && !/[.!?]/.test(whole.charAt(to))) to++;
    if (to < whole.length) to++;
    return flat(`${whole.slice(from, start)}[${whole.slice(start, end)}]${whole.slice(end, to)}`).trim();
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('maglens')) continue;
    for (const range of highlight) {
      count++;
      const text = range.toString();
      const problems = [];
      if (!text.trim()) problems.push('empty');
      const startBlock = blockOf(range.startContainer);
      const before = document.createRange();
      before.setStart(startBlock, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const charBefore = before.toString().slice(-1);
      const endBlock = blockOf(range.endContainer);
      const after = document.createRange();
      after.setStart(range.endContainer, range.endOffset);
      after.setEnd(endBlock, endBlock.childNodes.length);
      const charAfter = after.toString().charAt(0);
      if (WORD.test(charBefore) && WORD.test(text.charAt(0)))
        problems.push(`starts inside a word ("${charBefore}|")`);
      if (WORD.test(charAfter) && WORD.test(text.slice(-1)))
        problems.push(`ends inside a word ("|${charAfter}")`);
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? container : container.parentElement;
      if (element?.closest(FORBIDDEN)) problems.push(`inside <${element.closest(FORBIDDEN).localName}>`);
      if (problems.length && bad.length < 10) bad.push(`"${text}": ${problems.join(', ')}`);
      const blockText = before.toString();
      marks.push({
        topic: String(name).replace(/^maglens-?/, ''),
        text: text.replace(/\s+/g, ' '),
        sentence: sentenceOf(
          blockText + text + after.toString(),
          blockText.length,
          blockText.length + text.length,
        ),
      });
    }
  }
  return { count, bad, marks };
}

/**
 * Long tasks (over 50 ms) during at least half of which MagLens' own JavaScript was running.
 * `profile` is a CDP CPU profile whose clock is mapped to the page's epoch time by `epochAtProfileStart`.
 */
export function magLensLongTasks(longTasks, profile, epochAtProfileStart, timeOrigin, extensionOrigin) {
  const parent = new Map();
  const byId = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const memo = new Map();
  const inExtension = (id) => {
    if (memo.has(id)) return memo.get(id);
    const url = byId.get(id)?.callFrame.url ?? '';
    const result = url.startsWith(extensionOrigin) || (parent.has(id) && inExtension(parent.get(id)));
    memo.set(id, result);
    return result;
  };
  const samples = [];
  let ticks = profile.startTime;
  profile.samples.forEach((id, i) => {
    ticks += profile.timeDeltas[i] ?? 0;
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') return;
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    samples.push({
      epoch: epochAtProfileStart + (ticks - profile.startTime) / 1000,
      weight,
      ext: inExtension(id),
    });
  });
  const found = [];
  for (const task of longTasks) {
    const from = timeOrigin + task.start;
    const to = from + task.duration;
    let ext = 0;
    for (const s of samples) if (s.ext && s.epoch >= from && s.epoch <= to) ext += s.weight;
    if (ext >= task.duration / 2)
      found.push({ duration: Math.round(task.duration), magLensMs: Math.round(ext) });
  }
  return found;
}

async function settle(page) {
  let last = -1;
  let stable = 0;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && stable < 6) {
    const count = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (String(name).startsWith('maglens')) n += h.size;
      return n;
    });
    stable = count === last ? stable + 1 : 0;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const rows = { chromium: [], firefox: [] };
/** Every mark made on each page, with its sentence, for a reader to check (printed after the table). */
const marksByPage = { chromium: [], firefox: [] };

async function checkPage(t, file) {
  const page = await t.newPage();
  await page.evaluateOnNewDocument(installProbe);
  let cdp = null;
  let epochAtProfileStart = 0;
  const chromium = t.browserName === 'chromium';
  if (chromium) {
    // Same origin first, so that the profiled renderer is the one that will load the page.
    await page.goto(t.fixtureUrl('/shared-pages-noscript/'), { waitUntil: 'load' }).catch(() => {});
    cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    epochAtProfileStart = await page.evaluate(() => performance.timeOrigin + performance.now());
  }
  const started = Date.now();
  await page.goto(t.fixtureUrl(`/shared-pages-noscript/${file}`), { waitUntil: 'load', timeout: 45_000 });
  await settle(page);
  const loadMs = Date.now() - started;
  const probe = await page.evaluate(() => ({
    ...window.__maglensCorpus,
    timeOrigin: performance.timeOrigin,
  }));
  let magLensTasks = null;
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const origin = t.extensionUrl('').replace(/\/$/, '');
    magLensTasks = magLensLongTasks(
      probe.longTasks ?? [],
      profile,
      epochAtProfileStart,
      probe.timeOrigin,
      origin,
    );
    await cdp.detach().catch(() => {});
  }
  const ranges = await page.evaluate(inspectRanges);
  const row = {
    page: file,
    marks: ranges.count,
    firstMarkMs: probe.firstMark ? Math.round(probe.firstMark - probe.dcl) : null,
    mutations: probe.mutations.length + probe.more,
    badRanges: ranges.bad.length,
    longTasks: probe.longTasks === null ? null : probe.longTasks.length,
    magLensLongTasks: magLensTasks === null ? null : magLensTasks.length,
    worstMs: magLensTasks === null ? null : Math.max(0, ...magLensTasks.map((task) => task.duration)),
    loadMs,
  };
  rows[t.browserName].push(row);
  marksByPage[t.browserName].push({ page: file, marks: ranges.marks });
  assert.ok(probe.dcl > 0, 'the harness probe did not run before the page loaded');
  assert.equal(
    row.mutations,
    0,
    `MagLens changed the DOM with no card open: ${JSON.stringify(probe.mutations.slice(0, 5))}`,
  );
  assert.deepEqual(ranges.bad, [], 'highlights that do not sit on whole words, or sit where they must not');
  if (magLensTasks !== null) {
    assert.deepEqual(
      magLensTasks,
      [],
      `long tasks (over ${LONG_TASK_MS} ms) spent mostly in MagLens' JavaScript (durations and MagLens ms)`,
    );
  }
}

export function tests() {
  const files = readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  return files.map((file) => ({
    name: `corpus: ${file}`,
    timeout: 90_000,
    run: (t) => checkPage(t, file),
  }));
}

export function afterAll({ browserName }) {
  const list = rows[browserName];
  if (list.length === 0) return;
  const show = (v) => (v === null ? 'n/a' : String(v));
  const header = [
    'page',
    'marks',
    'first mark ms',
    'DOM mutations',
    'bad ranges',
    'long tasks',
    'of them MagLens',
    'worst MagLens ms',
    'load+settle ms',
  ];
  const table = list.map((r) => [
    r.page,
    show(r.marks),
    show(r.firstMarkMs),
    show(r.mutations),
    show(r.badRanges),
    show(r.longTasks),
    show(r.magLensLongTasks),
    show(r.worstMs),
    show(r.loadMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nCorpus in ${browserName} (after DOMContentLoaded; long tasks are Chromium only):`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log(`\nEvery mark in ${browserName}, with its sentence (the mark in [brackets]; the topic first):`);
  for (const { page, marks } of marksByPage[browserName]) {
    console.log(`\n${page}: ${marks.length} mark${marks.length === 1 ? '' : 's'}`);
    for (const mark of marks) console.log(`  ${mark.topic.padEnd(22)} ${mark.sentence}`);
  }
}

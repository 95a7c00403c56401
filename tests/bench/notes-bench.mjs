// Notes at scale, with the built extension in headless Chromium: importing a backup of N notes through
// My notes' "Import backup" button, and opening My notes with them.
// Usage: node tests/bench/notes-bench.mjs [--json] [--notes N] [--no-build]   (npm run bench runs it after bench.mjs)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/lib/browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const count = Number(args[args.indexOf('--notes') + 1]) || 20_000;
const log = (...parts) => json || console.log(...parts);

/** A backup file as "Back up (.json)" writes it (format maglens-notes, version 1). */
function backupFile(n) {
  const terms = [
    ['insomnia', 'sleep'],
    ['proton-pump-inhibitors', 'medications'],
    ['muscle-cramps', 'muscles-nerves'],
  ];
  const notes = Array.from({ length: n }, (_, i) => {
    const [termId, topicId] = terms[i % terms.length];
    return {
      termId,
      topicId,
      pageTitle: `Page ${i}`,
      pageUrl: `https://example.org/${i}`,
      text: i % 5 === 0 ? `Ask about this (${i}).` : '',
      createdAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000,
    };
  });
  return JSON.stringify({
    format: 'maglens-notes',
    version: 1,
    exportedAt: new Date(0).toISOString(),
    notes,
  });
}

/** Watches long tasks in the page from now on; `longest()` is the longest one in ms. */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });

async function main() {
  const outDir = path.join(root, process.env.MAGLENS_OUT_DIR ?? '.output');
  if (!args.includes('--no-build')) {
    log('Building the extension for the notes benchmark…');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  }
  const workDir = mkdtempSync(path.join(tmpdir(), 'maglens-notes-bench-'));
  const file = path.join(workDir, 'maglens-notes.json');
  writeFileSync(file, backupFile(count));
  const { browser, extensionBase } = await launchChromium({
    extensionDir: path.join(outDir, 'chrome-mv3'),
    profileDir: path.join(workDir, 'profile'),
  });
  try {
    const notesUrl = `${extensionBase}reader.html#/notes`;
    const page = await browser.newPage();
    await page.goto(notesUrl);
    await page.waitForSelector('input[type="file"]');
    await watchLongTasks(page);
    const input = await page.$('input[type="file"]');
    const started = Date.now();
    await input.uploadFile(file);
    await page.waitForFunction(
      (n) => document.querySelector('[role="status"]')?.textContent?.includes(`Imported ${n} notes`),
      { timeout: 300_000, polling: 50 },
      count,
    );
    const importMs = Date.now() - started;
    const importLongestTaskMs = await page.evaluate(() => window.__longest);
    await page.close();

    // Opening My notes with them: from navigation to the first note on screen.
    const reopen = await browser.newPage();
    const opened = Date.now();
    await reopen.goto(notesUrl);
    await reopen.waitForSelector('.ml-note', { timeout: 120_000, polling: 20 });
    const openMs = Date.now() - opened;
    const drawn = await reopen.$$eval('.ml-note', (items) => items.length);
    const result = {
      notes: count,
      importMs,
      importLongestTaskMs: Math.round(importLongestTaskMs),
      openMs,
      drawn,
    };
    if (json) console.log(JSON.stringify({ notesBench: result }));
    else {
      console.log(`\nNotes at scale (${count.toLocaleString('en')} notes, headless Chromium):`);
      console.log(
        `  import through "Import backup": ${importMs} ms, longest task ${result.importLongestTaskMs} ms`,
      );
      console.log(`  open My notes to the first note: ${openMs} ms (${drawn} notes drawn at first)`);
    }
  } finally {
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

#!/usr/bin/env node
// MagLens end-to-end tests: builds the extension, serves tests/fixtures on 127.0.0.1 and runs every
// tests/e2e/specs/*.spec.mjs in Chromium and in Firefox ESR. See the README's "Tests" section.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { matchesOnly, parseArgs, USAGE } from './lib/args.mjs';
import { checkBrowserInstalled } from './lib/browsers.mjs';
import { buildExtension, checkBuilt, extensionDir } from './lib/build.mjs';
import { runInBrowser } from './lib/runner.mjs';
import { startServer } from './lib/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');
/** Real pages for the corpus run, kept beside the repository and never committed into it. */
export const sharedPagesDir = path.resolve(repoRoot, '..', 'shared', 'pages');
const outputDir = path.join(repoRoot, 'test-output');

async function settingsVersion() {
  const source = await readFile(path.join(repoRoot, 'utils', 'settings-defaults.ts'), 'utf8');
  const match = /export const SETTINGS_VERSION = (\d+)/.exec(source);
  if (!match) throw new Error('SETTINGS_VERSION not found in utils/settings-defaults.ts');
  return Number(match[1]);
}

/** Loads spec modules and flattens their `tests` (and optional `afterAll` hooks). */
async function loadTests(files, only) {
  const tests = [];
  const hooks = [];
  for (const file of files) {
    const base = path.basename(file);
    let module;
    try {
      module = await import(pathToFileURL(file).href);
    } catch (error) {
      // A spec that cannot even be loaded fails on its own, without stopping everyone else's.
      module = {
        tests: [
          {
            name: `${base} loads`,
            run: () => {
              throw error;
            },
          },
        ],
      };
    }
    const list = typeof module.tests === 'function' ? await module.tests() : module.tests;
    if (!Array.isArray(list)) throw new Error(`${base} must export \`tests\`, an array`);
    let taken = 0;
    for (const test of list) {
      if (!test?.name || typeof test.run !== 'function')
        throw new Error(`${base}: every test needs a name and run()`);
      if (!matchesOnly(only, base, test.name)) continue;
      tests.push({ ...test, file: base });
      taken++;
    }
    if (taken > 0 && typeof module.afterAll === 'function') hooks.push(module.afterAll);
  }
  return { tests, hooks };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  let files;
  if (options.corpus) {
    if (!existsSync(sharedPagesDir)) {
      console.log(
        `Skipping the corpus run: ${sharedPagesDir} does not exist (the shared pages live beside the repository).`,
      );
      return 0;
    }
    files = [path.join(here, 'corpus.mjs')];
  } else {
    const specDir = path.join(here, 'specs');
    files = (await readdir(specDir))
      .filter((name) => name.endsWith('.spec.mjs'))
      .sort()
      .map((name) => path.join(specDir, name));
  }
  const { tests, hooks } = await loadTests(files, options.only);
  if (tests.length === 0) {
    console.log(`No test matches ${options.only.map((o) => `"${o}"`).join(', ') || '(no spec files)'}.`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  for (const browserName of options.browsers) checkBrowserInstalled(browserName);

  if (options.build) await buildExtension(repoRoot, options.browsers);
  else checkBuilt(repoRoot, options.browsers);

  const mounts = [['/', fixturesDir]];
  if (existsSync(sharedPagesDir)) {
    // /shared-pages-noscript/ serves the same pages with their own scripts blocked, so that every DOM
    // change seen there comes from MagLens (content scripts are exempt from the page's CSP).
    mounts.unshift(
      ['/shared-pages/', sharedPagesDir],
      ['/shared-pages-noscript/', sharedPagesDir, { 'content-security-policy': "script-src 'none'" }],
    );
  }
  const server = await startServer(mounts);
  const version = await settingsVersion();
  const total = { passed: 0, failed: 0 };
  try {
    for (const browserName of options.browsers) {
      const tally = await runInBrowser({
        browserName,
        extensionDir: extensionDir(repoRoot, browserName),
        headful: options.headful,
        settingsVersion: version,
        tests,
        hooks,
        server,
        outputDir,
        timeoutMs: options.timeoutMs,
      });
      total.passed += tally.passed;
      total.failed += tally.failed;
    }
  } finally {
    await server.close();
  }
  console.log(`\nRan in ${options.browsers.join(' and ')}.`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`✖ ${error.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);

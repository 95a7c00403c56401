// Runs tests one after the other in one browser, each with a time limit, fresh pages and default settings.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createTestContext } from './context.mjs';
import { formatError } from './errors.mjs';
import { BrowserSession } from './session.mjs';

class TestTimeout extends Error {}

function withTimeout(promise, ms, name) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TestTimeout(`"${name}" did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function describeFailure(error) {
  const text = error?.stack || error?.message || String(error);
  return text
    .split('\n')
    .filter((line) => !line.includes('node_modules/puppeteer-core'))
    .slice(0, 14)
    .map((line) => `    ${line}`)
    .join('\n');
}

async function screenshotOnFailure(session, outputDir, name) {
  try {
    const pages = (await session.browser.pages()).slice(1);
    const page = pages.at(-1);
    if (!page) return;
    const dir = path.join(outputDir, 'screenshots');
    await mkdir(dir, { recursive: true });
    const file = path.join(
      dir,
      `${session.browserName}-FAILED-${name.replace(/[^\w.-]+/g, '-').slice(0, 80)}.png`,
    );
    await withTimeout(page.screenshot({ path: file }), 5000, 'failure screenshot');
    console.log(`    screenshot: ${path.relative(process.cwd(), file)}`);
  } catch {
    // best effort only
  }
}

/**
 * @param {{browserName: 'chromium'|'firefox', extensionDir: string, headful: boolean, settingsVersion: number,
 *   tests: {file: string, name: string, run: Function, timeout?: number}[], hooks: Function[],
 *   server: {origin: string}, outputDir: string, timeoutMs: number}} options
 * @returns {Promise<{passed: number, failed: number}>}
 */
export async function runInBrowser(options) {
  const { browserName, tests, server, outputDir } = options;
  const tally = { passed: 0, failed: 0 };
  const session = new BrowserSession(options);
  try {
    await session.start();
  } catch (error) {
    console.log(`✖ [${browserName}] could not start ${browserName} with MagLens`);
    console.log(describeFailure(error));
    tally.failed += tests.length || 1;
    await session.close();
    return tally;
  }
  console.log(`\n${browserName}: ${await session.browser.version()} (${session.extensionBase})`);
  const t = createTestContext({ session, server, outputDir });
  try {
    for (const test of tests) {
      let failure = null;
      try {
        await session.resetSettings().catch(async () => {
          // The extension stopped answering (a crash, or a test that removed it): start afresh.
          await session.restart();
          await session.resetSettings();
        });
        await withTimeout(
          Promise.resolve().then(() => test.run(t)),
          test.timeout ?? options.timeoutMs,
          test.name,
        );
      } catch (error) {
        failure = error;
      }
      const errors = await withTimeout(session.takeErrors(), 10_000, 'reading errors').catch(() => []);
      if (!failure && errors.length > 0) {
        failure = new Error(`MagLens reported errors:\n${errors.map(formatError).join('\n')}`);
      }
      if (failure) {
        tally.failed++;
        console.log(`✖ [${browserName}] ${test.name}`);
        console.log(describeFailure(failure));
        await screenshotOnFailure(session, outputDir, test.name);
      } else {
        tally.passed++;
        console.log(`✔ [${browserName}] ${test.name}`);
      }
      if (failure instanceof TestTimeout) {
        await session.restart().catch((error) => console.log(`    restart failed: ${error.message}`));
      } else {
        await withTimeout(session.closePages(), 15_000, 'closing pages').catch(() => session.restart());
      }
    }
    for (const hook of options.hooks) await hook({ browserName, t });
  } finally {
    await session.close();
  }
  return tally;
}

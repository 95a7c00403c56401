// The `t` object handed to each test.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readHighlights } from './page-probes.mjs';

/**
 * @param {{session: import('./session.mjs').BrowserSession, server: {origin: string}, outputDir: string}} deps
 */
export function createTestContext({ session, server, outputDir }) {
  const fixtureUrl = (relative, { host = '127.0.0.1' } = {}) => {
    if (/^[a-z]+:/i.test(relative)) return relative;
    const url = new URL(relative.replace(/^\//, ''), `${server.origin}/`);
    url.hostname = host;
    return url.href;
  };

  return {
    get browserName() {
      return session.browserName;
    },
    /** @returns {import('puppeteer-core').Browser} the current browser (a new one after restartBrowser) */
    get browser() {
      return session.browser;
    },
    outputDir,
    /** URL of a file in tests/fixtures/; `{host: 'localhost'}` serves it from another host name. */
    fixtureUrl,
    /** A new blank tab whose MagLens errors are recorded (for set-up before navigating, e.g. evaluateOnNewDocument). */
    newPage: () => session.newPage(),
    /** Opens a fixture in a new tab; unless `waitForMarks: false`, waits until MagLens has marked it. */
    async openFixture(relative, { waitForMarks = true, waitUntil = 'load', host, timeout } = {}) {
      const page = await session.newPage();
      await page.goto(fixtureUrl(relative, { host }), { waitUntil });
      if (waitForMarks) await session.waitForMarks(page, { timeout });
      return page;
    },
    waitForMarks: (page, options) => session.waitForMarks(page, options),
    /**
     * [{name, text}] for every range of every maglens* highlight in CSS.highlights, in document order, as the
     * page's own scripts see them. `{world: 'isolated'}` reads them from puppeteer's isolated world instead,
     * for pages that replace CSS, Range or Array methods.
     */
    highlightTexts: (page, { world = 'main' } = {}) =>
      world === 'isolated'
        ? page.mainFrame().isolatedRealm().evaluate(readHighlights)
        : page.evaluate(readHighlights),
    /** The built, unpacked extension this browser runs (…/chrome-mv3 or …/firefox-mv2). */
    get extensionDir() {
      return session.options.extensionDir;
    },
    extensionUrl: (relative) => session.extensionUrl(relative),
    /** Opens popup.html, options.html, reader.html#… in a new tab. */
    openExtensionPage: (relative) => session.openExtensionPage(relative),
    /** Navigates an existing page to an extension page (use this rather than page.goto: Firefox needs it). */
    gotoExtensionPage: (page, relative) => session.gotoExtensionPage(page, session.extensionUrl(relative)),
    /** Runs a function in a page of the extension's origin (with the browser/chrome APIs) and returns its result. */
    extensionEval: (fn, ...args) => session.extensionEval(fn, ...args),
    setSettings: (partial) => session.setSettings(partial),
    resetSettings: () => session.resetSettings(),
    restartBrowser: () => session.restart(),
    /** Uninstalls and reinstalls MagLens (an update, as open pages see it); open pages keep the old content script. */
    reloadExtension: () => session.reloadExtension(),
    /** MagLens errors recorded so far in this test (they fail the test at its end unless taken here). */
    takeExtensionErrors: () => session.takeErrors(),
    async screenshot(page, name) {
      const dir = path.join(outputDir, 'screenshots');
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${session.browserName}-${name.replace(/[^\w.-]+/g, '-')}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}

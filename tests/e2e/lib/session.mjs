// One browser with MagLens installed, for the length of a run: pages, extension pages, storage, errors, restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GECKO_ID, launchBrowser } from './browsers.mjs';
import { consoleUrls, isMagLensError } from './errors.mjs';
import { countHighlights, installErrorRecorder, takeRecordedErrors } from './page-probes.mjs';
import { delay } from './wait.mjs';

export class BrowserSession {
  /** @type {import('puppeteer-core').Browser} */
  browser;
  /** e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  extensionBase = '';
  /** @type {{source: string, pageUrl: string, text: string}[]} */
  #errors = [];
  #watched = new WeakSet();
  /** Firefox extension pages, whose errors are read from the page itself. */
  #recordedPages = new Set();
  /** @type {import('puppeteer-core').Page | null} never closed: Firefox quits with its last tab */
  #keeper = null;

  /**
   * @param {{browserName: 'chromium'|'firefox', extensionDir: string, headful?: boolean, settingsVersion: number}} options
   */
  constructor(options) {
    this.browserName = options.browserName;
    this.options = options;
  }

  get extensionOrigin() {
    return this.extensionBase.replace(/\/$/, '');
  }

  async start() {
    this.profileDir = await mkdtemp(path.join(os.tmpdir(), `maglens-e2e-${this.browserName}-`));
    await this.#launch();
  }

  async #launch() {
    const { browser, extensionBase } = await launchBrowser(this.browserName, {
      extensionDir: this.options.extensionDir,
      profileDir: this.profileDir,
      headless: !this.options.headful,
    });
    this.browser = browser;
    this.extensionBase = extensionBase;
    this.#watched = new WeakSet();
    this.#recordedPages.clear();
    this.#keeper = (await browser.pages())[0] ?? (await browser.newPage());
    browser.on('targetcreated', (target) => this.#onTarget(target));
    for (const target of browser.targets()) this.#onTarget(target);
    // The extension answers once its storage can be read from one of its pages.
    await this.extensionEval(() => true);
  }

  /** Closes the browser and starts it again on the same profile; returns when MagLens is back. */
  async restart() {
    await this.browser.close().catch(() => {});
    await this.#launch();
  }

  /**
   * Removes MagLens and installs it again from the same folder, as an update does: content scripts already
   * in open pages are orphaned. Returns when the extension answers again.
   */
  async reloadExtension() {
    const id = this.browserName === 'chromium' ? new URL(this.extensionBase).host : GECKO_ID;
    await this.browser.uninstallExtension(id);
    await this.browser.installExtension(this.options.extensionDir);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ok = await this.extensionEval(() => true).catch(() => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error('MagLens did not come back after being reinstalled');
      await delay(250);
    }
  }

  async close() {
    await this.browser?.close().catch(() => {});
    if (this.profileDir) await rm(this.profileDir, { recursive: true, force: true }).catch(() => {});
  }

  #onTarget(target) {
    const type = target.type();
    if (type === 'page') {
      target
        .page()
        .then((page) => page && this.watchPage(page))
        .catch(() => {});
    } else if (type === 'service_worker' && target.url().startsWith(this.extensionBase)) {
      this.#watchWorker(target).catch(() => {});
    }
  }

  /** Records console errors and uncaught errors that come from MagLens (content script or extension page). */
  watchPage(page) {
    if (this.#watched.has(page)) return;
    this.#watched.add(page);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      this.#record('console.error', pageUrlOf(page), message.text(), consoleUrls(message));
    });
    page.on('pageerror', (error) => {
      const text = error?.stack || error?.message || String(error);
      this.#record('uncaught error', pageUrlOf(page), text, []);
    });
  }

  async #watchWorker(target) {
    const cdp = await target.createCDPSession();
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      this.#record('service worker error', target.url(), text, [target.url()], true);
    });
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error') return;
      const text = event.args.map((arg) => arg.value ?? arg.description ?? '').join(' ');
      this.#record('service worker console.error', target.url(), text, [target.url()], true);
    });
    await cdp.send('Runtime.enable');
  }

  #record(source, pageUrl, text, urls, always = false) {
    const fromExtensionPage = pageUrl.startsWith(this.extensionOrigin);
    if (always || fromExtensionPage || isMagLensError({ text, urls }, this.extensionOrigin)) {
      this.#errors.push({ source, pageUrl, text });
    }
  }

  /** Errors from MagLens recorded since the last call. */
  async takeErrors() {
    for (const page of this.#recordedPages) {
      const texts = await page.evaluate(takeRecordedErrors).catch(() => []);
      const url = await page.evaluate(() => location.href).catch(() => 'extension page');
      for (const text of texts) this.#errors.push({ source: 'extension page error', pageUrl: url, text });
    }
    return this.#errors.splice(0, this.#errors.length);
  }

  async newPage() {
    const page = await this.browser.newPage();
    this.watchPage(page);
    return page;
  }

  /** Closes every page but the keeper (between tests). */
  async closePages() {
    const pages = new Set([...(await this.browser.pages().catch(() => [])), ...this.#recordedPages]);
    this.#recordedPages.clear();
    for (const page of pages) {
      if (page === this.#keeper) continue;
      await page.close().catch(() => {});
    }
  }

  extensionUrl(relative) {
    return new URL(relative.replace(/^\//, ''), this.extensionBase).href;
  }

  /**
   * Navigates a page to one of MagLens' own pages. Firefox (WebDriver BiDi) sends no load events for
   * moz-extension:// documents, so there the harness polls the document itself.
   */
  async gotoExtensionPage(page, url, { timeout = 15_000 } = {}) {
    if (this.browserName === 'chromium') {
      await page.goto(url, { waitUntil: 'load', timeout });
      return page;
    }
    page.goto(url, { timeout }).catch(() => {}); // settles with "Frame detached": the page is fine
    const deadline = Date.now() + timeout;
    for (;;) {
      const ready = await page
        // A page may add a hash of its own as it loads (the popup moving on to its articles).
        .evaluate(
          (target) =>
            (location.href === target || (!target.includes('#') && location.href.startsWith(`${target}#`))) &&
            document.readyState === 'complete',
          url,
        )
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`);
      await delay(50);
    }
    await page.evaluate(installErrorRecorder);
    this.#recordedPages.add(page);
    return page;
  }

  async openExtensionPage(relative) {
    const page = await this.newPage();
    return this.gotoExtensionPage(page, this.extensionUrl(relative));
  }

  /** Runs a function in a page of the extension's origin (it has the `browser`/`chrome` APIs), then closes it. */
  async extensionEval(fn, ...args) {
    // In a background tab, so that the page under test stays visible and keeps animating meanwhile.
    const page = await this.browser.newPage({ background: true });
    try {
      await this.gotoExtensionPage(page, this.extensionUrl('manifest.json'));
      return await page.evaluate(fn, ...args);
    } finally {
      this.#recordedPages.delete(page);
      await page.close().catch(() => {});
    }
  }

  async setSettings(partial) {
    await this.extensionEval(
      async (patch, version) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const { settings } = await api.storage.sync.get('settings');
        const current = settings && typeof settings === 'object' && !Array.isArray(settings) ? settings : {};
        await api.storage.sync.set({ settings: { ...current, ...patch }, settings$: { v: version } });
      },
      partial,
      this.options.settingsVersion,
    );
  }

  async resetSettings() {
    await this.extensionEval(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.storage.sync.remove(['settings', 'settings$']);
    });
  }

  /** Waits until the page has at least one range in a maglens* highlight. */
  async waitForMarks(page, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    let last = { count: 0, names: [], supported: true };
    for (;;) {
      last = await page.evaluate(countHighlights).catch(() => last);
      if (last.count > 0) return last.count;
      if (Date.now() > deadline) break;
      await delay(100);
    }
    const url = await page.evaluate(() => location.href).catch(() => page.url());
    const seen = last.supported
      ? `CSS.highlights holds ${last.names.length ? last.names.join(', ') : 'nothing'}`
      : 'this page has no CSS.highlights';
    throw new Error(`MagLens marked nothing on ${url} within ${timeout} ms (${seen}).`);
  }
}

function pageUrlOf(page) {
  try {
    return page.url();
  } catch {
    return '';
  }
}

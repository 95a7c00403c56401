// MagLens' own PDF viewer: a leaflet opened from a file and from a tab's address is marked on the right
// words (also across line breaks and on its second page), its cards open and save a note that names the
// document and page, a scan, a protected file and a broken one each get a clear message, and the only
// request made is the document itself. The fixtures are made by tests/fixtures/pdf/make-fixtures.mjs.
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { colorScheme } from '../lib/color-scheme.mjs';
import { readHighlights } from '../lib/page-probes.mjs';
import { delay, until } from '../lib/wait.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pdf');
const fixture = (name) => path.join(fixtures, name);

const IMAGE_ONLY = 'This PDF is an image; MagLens can only read text.';
const PHONE = { width: 390, height: 844 };

/** The colour of page 1's canvas near its top left corner, as [r, g, b]. */
function pageCorner() {
  const canvas = document.querySelector('.page[data-page-number="1"] canvas');
  if (!canvas) return [-1, -1, -1];
  return [...canvas.getContext('2d').getImageData(4, 4, 1, 1).data.slice(0, 3)];
}
const isDark = (rgb) => rgb.every((c) => c >= 0 && c < 80);
const isLight = (rgb) => rgb.every((c) => c > 200);

/** The highlights' texts with white space as one space, and whether any crossed a line. */
const marked = (entries) => entries.map((entry) => entry.text.replace(/\s+/g, ' '));

async function openViewer(t) {
  return t.openExtensionPage('pdf-viewer.html');
}

async function uploadPdf(page, name) {
  const input = await page.waitForSelector('#ml-pdf-file');
  await input.uploadFile(fixture(name));
}

/** Waits until the highlights hold every wording in `want`; returns them all. */
async function waitForMarked(page, want, what) {
  const holdsAll = (entries) => {
    const texts = marked(entries).map((text) => text.toLowerCase());
    return want.every((w) => texts.includes(w.toLowerCase()));
  };
  const entries = await until(() => page.evaluate(readHighlights), holdsAll, 15_000);
  const seen = marked(entries);
  assert.ok(
    holdsAll(entries),
    `${what}: expected marks on ${want.join(', ')}; marked: ${seen.join(', ') || 'nothing'}`,
  );
  return entries;
}

async function statusText(page) {
  return page.$eval('#status', (el) => el.textContent.trim());
}

async function waitForStatus(page, pattern, what) {
  await page
    .waitForFunction(
      (source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''),
      { timeout: 15_000 },
      pattern.source,
    )
    .catch(async () => assert.fail(`${what}: the viewer said "${await statusText(page)}"`));
}

/** axe-core's findings on the viewer (the card's shadow root included). */
async function axeFindings(page) {
  const require = createRequire(import.meta.url);
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
  });
}

/** The centre of the first line box of `word` in the text layer of page `pageNumber`. */
async function pointOnWord(page, word, pageNumber = 1) {
  const point = await page.evaluate(
    (wanted, n) => {
      const layer = document.querySelector(`.page[data-page-number="${n}"] .textLayer`);
      if (!layer) return null;
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const r = [...range.getClientRects()].find((rect) => rect.width > 0);
        if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    word,
    pageNumber,
  );
  assert.ok(point, `"${word}" is not in the text layer of page ${pageNumber}`);
  return point;
}

/** Moves the mouse onto `word` on page 1, as a reader would, and waits for its card. */
async function hoverOpensCard(page, word) {
  const point = await pointOnWord(page, word);
  await page.mouse.move(5, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await page
    .waitForFunction(
      () => !!document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]'),
      { timeout: 5000 },
    )
    .catch(() => assert.fail(`no card opened on "${word}"`));
}

/**
 * A server for the PDF fixtures alone, on 127.0.0.1, that remembers every request it is sent. With
 * `tabShowsPdf` a tab navigating to a PDF gets the PDF (and shows the browser's own viewer); without it, a
 * page standing for it.
 */
async function pdfServer({ tabShowsPdf = false } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const name = path.basename(pathname);
    if (!/^[\w-]+\.pdf$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    if (req.headers['sec-fetch-dest'] === 'document' && !tabShowsPdf) {
      // A tab navigating to the PDF gets a page instead (Firefox under WebDriver BiDi): the popup needs only
      // the tab's address.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><title>${name}</title><p>The PDF ${name}, as a tab shows it.</p>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' });
    createReadStream(fixture(name))
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The notes My notes lists, as text. */
async function notesText(t) {
  const popup = await t.openExtensionPage('popup.html#/notes');
  await popup.waitForSelector('#ml-panel h1', { timeout: 10_000 });
  await popup.waitForFunction(() => !document.querySelector('#ml-panel [aria-busy="true"]'), {
    timeout: 10_000,
  });
  const text = await popup.$$eval('.ml-note', (els) => els.map((el) => el.textContent.replace(/\s+/g, ' ')));
  await popup.close();
  return text;
}

/** The open page whose address includes `part` (Firefox reports extension pages as about:blank to the
 * harness, so each page is asked for its own location). */
async function pageShowing(t, part, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await t.browser.pages()) {
      // A tab showing the browser's own PDF viewer may never answer: ask each page for a moment only.
      const href = await Promise.race([
        page.evaluate(() => location.href).catch(() => ''),
        delay(1000).then(() => ''),
      ]);
      if (href.includes(part)) return page;
    }
    if (Date.now() > deadline) assert.fail(`no tab showed …${part} within ${timeout} ms`);
    await delay(100);
  }
}

export const tests = [
  {
    name: 'a leaflet opened from a file is marked on the right words, across line breaks and on its second page',
    async run(t) {
      const page = await openViewer(t);
      await page.setViewport({ width: 1100, height: 900 });
      await uploadPdf(page, 'leaflet.pdf');
      const first = await waitForMarked(
        page,
        ['omeprazole', 'proton pump inhibitors', 'muscle cramps', 'digoxin'],
        'page 1',
      );
      const texts = first.map((entry) => entry.text);
      assert.ok(
        texts.includes('proton pump\ninhibitors'),
        `"proton pump" / "inhibitors" across the line: ${JSON.stringify(texts)}`,
      );
      assert.ok(
        texts.includes('muscle\ncramps'),
        `"muscle" / "cramps" across the line: ${JSON.stringify(texts)}`,
      );
      for (const text of marked(first)) {
        assert.doesNotMatch(
          text,
          /Package|leaflet|Talk to|Continued/,
          `a mark on words that are no term: "${text}"`,
        );
      }
      assert.equal(await page.$eval('.ml-pdf-name', (el) => el.textContent), 'Omeprazole leaflet');
      // A screen reader lists the document's pages by name, drawn or not yet drawn.
      assert.deepEqual(
        await page.$$eval('.page[role="region"]', (pages) => pages.map((p) => p.getAttribute('aria-label'))),
        ['Page 1', 'Page 2'],
      );
      await t.screenshot(page, 'pdf-leaflet-light');

      await page.click('button[aria-label="Next page"]');
      await waitForMarked(page, ['hypomagnesaemia'], 'page 2, after "Next page"');
      assert.equal(await page.$eval('.ml-pdf-page', (el) => el.value), '2');
    },
  },
  {
    name: 'a card opens on a marked word of the PDF, saves a note with the document and page, and turns marks off',
    async run(t) {
      const page = await openViewer(t);
      await page.setViewport({ width: 1100, height: 900 });
      await uploadPdf(page, 'leaflet.pdf');
      await waitForMarked(page, ['digoxin'], 'page 1');
      await hoverOpensCard(page, 'digoxin');
      const cardText = await page.$eval('maglens-card', (host) => host.shadowRoot.textContent);
      assert.match(cardText, /Digoxin/);
      await page.waitForFunction(
        () => {
          const dialog = document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]');
          return !!dialog && dialog.getAnimations().every((a) => a.playState === 'finished');
        },
        { timeout: 5000 },
      );
      await t.screenshot(page, 'pdf-card-light');
      const save = await page.evaluateHandle(() =>
        [...document.querySelector('maglens-card').shadowRoot.querySelectorAll('button')].find((b) =>
          /Save/.test(b.textContent),
        ),
      );
      await save.click();
      await page
        .waitForFunction(
          () => /Saved/.test(document.querySelector('maglens-card')?.shadowRoot?.textContent ?? ''),
          { timeout: 10_000 },
        )
        .catch(() => assert.fail('the card never said the note was saved'));
      const notes = await notesText(t);
      assert.ok(
        notes.some((note) => note.includes('Omeprazole leaflet (leaflet.pdf), page 1')),
        `no note names the document and page: ${JSON.stringify(notes)}`,
      );
      // "Not on this site" on a local file's card: the viewer stands for its site, and its marks go.
      await page.bringToFront();
      await page.evaluate(() =>
        [...document.querySelector('maglens-card').shadowRoot.querySelectorAll('button')]
          .find((b) => b.textContent.trim() === 'Not on this site')
          .click(),
      );
      const left = await until(
        () => page.evaluate(readHighlights),
        (entries) => entries.length === 0,
        10_000,
      );
      assert.deepEqual(marked(left), [], 'marks stayed after "Not on this site"');
    },
  },
  {
    name: 'axe finds nothing in the viewer with a document open, nor with a card open on it',
    async run(t) {
      const page = await openViewer(t);
      await page.setViewport({ width: 1100, height: 900 });
      await uploadPdf(page, 'leaflet.pdf');
      await waitForMarked(page, ['digoxin'], 'page 1');
      assert.deepEqual(await axeFindings(page), [], 'the viewer with the leaflet open');
      await hoverOpensCard(page, 'digoxin');
      assert.deepEqual(await axeFindings(page), [], 'the viewer with a card open');
    },
  },
  {
    name: 'a PDF opened from its address is marked, and the document is the only request made',
    async run(t) {
      const server = await pdfServer();
      try {
        const page = await t.openExtensionPage(
          `pdf-viewer.html?file=${encodeURIComponent(server.url('leaflet.pdf'))}`,
        );
        await page.setViewport({ width: 1100, height: 900 });
        await waitForMarked(page, ['proton pump inhibitors', 'muscle cramps'], 'from its address');
        await page.click('button[aria-label="Next page"]');
        await waitForMarked(page, ['hypomagnesaemia'], 'page 2 from its address');
        assert.deepEqual(server.requests, ['/leaflet.pdf']);
      } finally {
        await server.close();
      }
    },
  },
  {
    name: 'a scan, a protected PDF and a broken file each get a clear message',
    async run(t) {
      const page = await openViewer(t);
      await uploadPdf(page, 'scanned.pdf');
      await waitForStatus(page, new RegExp(IMAGE_ONLY.replace(/[.;]/g, '.')), 'the scanned PDF');
      await t.screenshot(page, 'pdf-image-only-light');

      await uploadPdf(page, 'broken.pdf');
      await waitForStatus(
        page,
        /could not read this file: it is not a PDF, or it is damaged/,
        'the broken file',
      );

      await uploadPdf(page, 'protected.pdf');
      await page.waitForSelector('.ml-pdf-password input[type="password"]', { timeout: 15_000 });
      await page.type('.ml-pdf-password input[type="password"]', 'calcium');
      await page.click('.ml-pdf-password button[type="submit"]');
      await waitForStatus(page, /password is not right/, 'a wrong password');
      await page.$eval('.ml-pdf-password input[type="password"]', (input) => {
        input.value = '';
      });
      await page.type('.ml-pdf-password input[type="password"]', 'magnesium');
      await page.click('.ml-pdf-password button[type="submit"]');
      await waitForMarked(page, ['proton pump inhibitors'], 'the protected PDF after its password');

      await uploadPdf(page, 'protected.pdf');
      await page.waitForSelector('.ml-pdf-password button[type="button"]', { timeout: 15_000 });
      await page.evaluate(() =>
        [...document.querySelectorAll('.ml-pdf-password button')]
          .find((b) => b.textContent === 'Cancel')
          .click(),
      );
      await waitForStatus(page, /protected by a password, and it was not given/, 'a refused password');
    },
  },
  {
    name: 'the viewer in the dark theme draws the page dark under the same marks, and follows the system back to light',
    async run(t) {
      const page = await t.newPage();
      await page.setViewport({ width: 700, height: 800 });
      await colorScheme(page, 'dark');
      await t.gotoExtensionPage(page, 'pdf-viewer.html');
      await uploadPdf(page, 'leaflet.pdf');
      await waitForMarked(page, ['muscle cramps'], 'dark, narrow');
      await t.screenshot(page, 'pdf-leaflet-dark-narrow');
      if (t.browserName === 'chromium') {
        const dark = await until(() => page.evaluate(pageCorner), isDark, 10_000);
        assert.ok(isDark(dark), `the page is not drawn dark: rgb(${dark.join(', ')})`);
        // Only Chromium can switch the colour scheme under a test (Firefox's is fixed for the session).
        await colorScheme(page, 'light');
        const light = await until(() => page.evaluate(pageCorner), isLight, 10_000);
        assert.ok(isLight(light), `the page stayed dark in the light theme: rgb(${light.join(', ')})`);
        await waitForMarked(page, ['muscle cramps'], 'after the switch to light');
        await t.screenshot(page, 'pdf-leaflet-light-after-dark');
        await colorScheme(page, 'dark');
        const again = await until(() => page.evaluate(pageCorner), isDark, 10_000);
        assert.ok(isDark(again), `the page did not go dark again: rgb(${again.join(', ')})`);
      }
    },
  },
  {
    name: 'on a phone, a tap on a marked word of the PDF opens its card as the bottom sheet',
    async run(t) {
      const page = await t.newPage();
      await page.setViewport(
        t.browserName === 'chromium'
          ? { ...PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
          : PHONE,
      );
      await t.gotoExtensionPage(page, 'pdf-viewer.html');
      await uploadPdf(page, 'leaflet.pdf');
      await waitForMarked(page, ['digoxin'], 'on a phone');
      const point = await pointOnWord(page, 'digoxin');
      await page.touchscreen.tap(point.x, point.y);
      await page
        .waitForFunction(
          () => {
            const host = document.querySelector('maglens-card');
            const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
            return (
              !!dialog &&
              getComputedStyle(host).visibility === 'visible' &&
              dialog.getAnimations().every((a) => a.playState === 'finished')
            );
          },
          { timeout: 5000 },
        )
        .catch(() => assert.fail('no card opened on a tap on "digoxin"'));
      const sheet = await page.evaluate(() => {
        const host = document.querySelector('maglens-card');
        const dialog = host.shadowRoot.querySelector('[role="dialog"]');
        const r = dialog.getBoundingClientRect();
        return {
          layout: host.getAttribute('data-layout'),
          title: host.shadowRoot.querySelector('#ml-card-title')?.textContent ?? '',
          text: dialog.textContent,
          rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
          viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
        };
      });
      await t.screenshot(page, 'pdf-sheet-light');
      assert.equal(sheet.layout, 'sheet', 'the card is not the bottom sheet');
      assert.match(sheet.title, /Digoxin/);
      assert.equal(Math.round(sheet.rect.left), 0, 'the sheet does not start at the left edge');
      assert.equal(
        Math.round(sheet.rect.right),
        sheet.viewport.width,
        'the sheet is not as wide as the window',
      );
      assert.ok(
        Math.abs(sheet.rect.bottom - sheet.viewport.height) <= 1,
        `the sheet ends at ${sheet.rect.bottom}, not on the window's bottom edge ${sheet.viewport.height}`,
      );
      for (const part of ['Evidence:', 'Read more', 'Save']) {
        assert.ok(sheet.text.includes(part), `the sheet does not show "${part}"`);
      }
      const term = await pointOnWord(page, 'digoxin');
      assert.ok(
        term.y > 0 && term.y < sheet.rect.top,
        `the sheet (top ${sheet.rect.top}) covers the tapped word (at ${term.y})`,
      );
    },
  },
  {
    name: 'on a tab showing a web PDF the popup offers "Open in MagLens", which opens it, marked, in the viewer',
    async run(t) {
      const chromium = t.browserName === 'chromium';
      // In Chromium the tab shows the PDF in the browser's own viewer and the popup is opened as a click on
      // MagLens' toolbar button does, which grants activeTab on that tab. Firefox under WebDriver BiDi can
      // do neither: there the tab shows a page at the PDF's address and the popup is opened on it by its id.
      const server = await pdfServer({ tabShowsPdf: chromium });
      try {
        const address = server.url('leaflet.pdf');
        const tab = await t.newPage();
        await tab.goto(address);
        let popup;
        if (chromium) {
          const extensions = await t.browser.extensions();
          const maglens = [...extensions.values()].find((extension) => extension.name === 'MagLens');
          assert.ok(maglens, 'MagLens is not among the browser extensions');
          await tab.bringToFront();
          await tab.triggerExtensionAction(maglens);
          const target = await t.browser.waitForTarget(
            (found) => found.url().startsWith(t.extensionUrl('popup.html')),
            { timeout: 10_000 },
          );
          popup = await target.asPage();
        } else {
          const id = await t.extensionEval(async (url) => {
            const api = globalThis.browser ?? globalThis.chrome;
            const tabs = await api.tabs.query({});
            return tabs.find((found) => found.url === url)?.id ?? null;
          }, address);
          assert.notEqual(id, null, 'no tab shows the PDF address');
          popup = await t.openExtensionPage(`popup.html?tab=${id}`);
          await popup.bringToFront();
        }
        const offered = await until(
          () =>
            popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent.trim())),
          (labels) => labels.includes('Open in MagLens'),
          10_000,
        );
        assert.ok(offered.includes('Open in MagLens'), `the popup offers ${JSON.stringify(offered)}`);
        if (!chromium) await tab.close();
        const before = server.requests.length;
        await popup.evaluate(() =>
          [...document.querySelectorAll('button')]
            .find((b) => b.textContent.trim() === 'Open in MagLens')
            .click(),
        );
        const viewer = await pageShowing(t, 'pdf-viewer.html?file=');
        await viewer.bringToFront();
        await waitForMarked(viewer, ['proton pump inhibitors', 'muscle cramps'], 'opened from the popup');
        const requests = server.requests.slice(before);
        assert.ok(requests.length >= 1, 'the viewer never asked for the PDF');
        assert.deepEqual(
          [...new Set(requests)],
          ['/leaflet.pdf'],
          'a request for something else than the PDF',
        );
      } finally {
        await server.close();
      }
    },
  },
  {
    name: 'a PDF dropped on the viewer opens in it, and find in the document goes to its second page',
    async run(t) {
      const page = await openViewer(t);
      await page.setViewport({ width: 1100, height: 900 });
      const bytes = readFileSync(fixture('leaflet.pdf')).toString('base64');
      // What a drop from the file manager delivers: a drop event whose data holds the file.
      await page.evaluate((base64) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], 'dropped-leaflet.pdf', { type: 'application/pdf' }));
        const target = document.querySelector('.ml-pdf-main');
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(
            new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
          );
        }
      }, bytes);
      await waitForMarked(page, ['muscle cramps'], 'the dropped PDF');
      assert.equal(await page.$eval('.ml-pdf-name', (el) => el.title), 'dropped-leaflet.pdf');

      await page.keyboard.down('Control');
      await page.keyboard.press('f');
      await page.keyboard.up('Control');
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'ml-pdf-find',
        'Ctrl+F did not reach the viewer',
      );
      await page.keyboard.type('dizziness');
      await page.keyboard.press('Enter');
      const found = await until(
        () =>
          page.evaluate(() => [
            document.querySelector('.ml-pdf-page').value,
            document.querySelector('.textLayer .highlight')?.textContent ?? '',
          ]),
        ([pageNumber, text]) => pageNumber === '2' && text === 'dizziness',
        10_000,
      );
      assert.deepEqual(found, ['2', 'dizziness'], 'find did not go to "dizziness" on page 2');
      // The marks of the page the search went to are there, after PDF.js wrapped the found word.
      await waitForMarked(page, ['hypomagnesaemia'], 'page 2 after find');
    },
  },
  {
    name: '"On this page" in the popup lists the terms of the PDF open in the viewer, and "Look up" opens a card there',
    async run(t) {
      const viewer = await openViewer(t);
      await viewer.setViewport({ width: 1100, height: 900 });
      await uploadPdf(viewer, 'leaflet.pdf');
      await waitForMarked(viewer, ['digoxin', 'muscle cramps'], 'page 1');
      const id = await viewer.evaluate(
        async () => (await (globalThis.browser ?? globalThis.chrome).tabs.getCurrent()).id,
      );
      const popup = await t.openExtensionPage(`popup.html?tab=${id}`);
      // biome-ignore lint/performance/useDomNodeTextContent: the text a user sees
      const read = () => popup.$eval('#ml-panel', (el) => el.innerText).catch(() => '');
      const text = await until(read, (shown) => /health terms? on this page/.test(shown), 10_000);
      for (const expected of ['Proton pump inhibitors', 'Muscle cramps', 'Digoxin']) {
        assert.ok(text.includes(expected), `"${expected}" is missing from On this page:\n${text}`);
      }
      await popup.close();
      // What "Look up in MagLens" and the open-card command send the tab: the viewer opens the card.
      const reply = await t.extensionEval(
        (tabId) =>
          (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(
            tabId,
            { type: 'show-card', text: 'digoxin', focus: true },
            { frameId: 0 },
          ),
        id,
      );
      assert.deepEqual(reply, { shown: true });
      await viewer.bringToFront();
      const name = await until(
        () =>
          viewer.evaluate(
            () =>
              document.querySelector('maglens-card')?.shadowRoot?.querySelector('#ml-card-title')
                ?.textContent ?? '',
          ),
        (shown) => shown.includes('Digoxin'),
        5000,
      );
      assert.match(name, /Digoxin/, 'the card for "digoxin" did not open in the viewer');
      // The next-term command moves on from the open card, as on a web page.
      const moved = await t.extensionEval(
        (tabId) =>
          (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(
            tabId,
            { type: 'move-term', direction: 'next' },
            { frameId: 0 },
          ),
        id,
      );
      assert.equal(
        moved?.shown,
        true,
        `the next-term command did nothing in the viewer: ${JSON.stringify(moved)}`,
      );
      assert.ok(moved.total >= 3, `the viewer counted ${moved.total} marks on the leaflet`);
      const focused = await until(
        () =>
          viewer.evaluate(() => {
            const card = document.querySelector('maglens-card');
            return card && document.activeElement === card
              ? (card.shadowRoot?.querySelector('#ml-card-title, h2')?.textContent ?? '')
              : '';
          }),
        (title) => title !== '' && !title.includes('Digoxin'),
        5000,
      );
      assert.ok(focused && !focused.includes('Digoxin'), `focus is not in the next term's card (${focused})`);
    },
  },
];

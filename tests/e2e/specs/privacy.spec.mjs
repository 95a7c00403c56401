// MagLens never makes a network request: not while it scans or shows a card, not in its own pages, and
// its shipped code has no way to make one.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { delay, until } from '../lib/wait.mjs';

/** Anything the shipped JavaScript could use to reach the network. */
const NETWORK_CALLS = [
  { name: 'fetch()', pattern: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'importScripts()', pattern: /\bimportScripts\s*\(/g },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
];

/**
 * Inert occurrences, each with the reason it cannot reach the network: { file: RegExp, name, reason }.
 * Empty today; add an entry only with a reason a reviewer can check.
 */
const ALLOWED = [
  // The PDF viewer (PRIVACY.md, "A PDF in MagLens' viewer"). PDF.js' worker: `xref.fetch()` reads an object
  // inside the open document; `fetch()` loads a font, character map or decoder from the URLs the viewer
  // gives it, which are the extension's own files (entrypoints/pdf-viewer/document-view.ts).
  {
    file: /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/,
    name: 'fetch()',
    reason: 'objects of the open PDF, and PDF.js files inside the extension',
  },
  {
    file: /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/,
    name: 'XMLHttpRequest',
    reason: 'fetchSync: a PDF.js file inside the extension, where fetch() is not available',
  },
  // The viewer's page: its one request, for a web PDF the user opened in it (main.tsx, `download`), and
  // PDF.js' loaders, which the viewer points at the extension's own files or leaves unused (it hands
  // PDF.js the document's bytes, never an address, and gives it no translation files).
  { file: /^chunks\/pdf-viewer-[\w-]+\.js$/, name: 'fetch()', reason: 'the opened web PDF; PDF.js files' },
  { file: /^chunks\/pdf-viewer-[\w-]+\.js$/, name: 'XMLHttpRequest', reason: 'PDF.js loaders left unused' },
  {
    file: /^pdfjs\/wasm\/openjpeg_nowasm_fallback\.js$/,
    name: 'fetch()',
    reason:
      "PDF.js' image decoder, reading its own file inside the extension when WebAssembly is not allowed",
  },
];

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/** Records every request a page makes, from before its first navigation. */
function recordRequests(page, into) {
  page.on('request', (request) => into.push(request.url()));
}

/** A file of the built extension under an extension address: in Chromium the card chunk comes from a
 * per-session address (`use_dynamic_url`), not from the extension's id. */
function isOwnFile(url, extensionDir) {
  const { protocol, pathname } = new URL(url);
  return /^(chrome|moz)-extension:$/.test(protocol) && existsSync(path.join(extensionDir, pathname));
}

function isOwnRequest(url, fixtureOrigin, extensionOrigin, extensionDir) {
  return (
    url.startsWith(`${fixtureOrigin}/`) ||
    url.startsWith(extensionOrigin) ||
    isOwnFile(url, extensionDir) ||
    /^(data|blob|about):/.test(url)
  );
}

/** Asks the content script of the newest tab for its terms: once it answers, it has scanned a small page. */
function contentScriptTerms(t) {
  return t.extensionEval(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const own = await api.tabs.getCurrent();
    const ids = (await api.tabs.query({})).map((tab) => tab.id).filter((id) => id !== own?.id);
    for (let tries = 0; tries < 100; tries++) {
      const reply = await api.tabs
        .sendMessage(Math.max(...ids), { type: 'page-terms' }, { frameId: 0 })
        .catch(() => null);
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  });
}

/** What the page's (or a frame's) own scripts can see of MagLens. */
function visibleToPage(page) {
  return page.evaluate(() => {
    let highlights = 0;
    CSS.highlights.forEach(() => {
      highlights++;
    });
    return {
      highlights,
      sheets: document.adoptedStyleSheets.length,
      extensionResources: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /^(chrome|moz)-extension:/.test(name)),
      globals: [
        ...Object.getOwnPropertyNames(window),
        ...Object.getOwnPropertySymbols(window).map(String),
      ].filter((name) => /maglens/i.test(name)),
      cardUi: Symbol.for('maglens.card-ui') in window,
    };
  });
}

export const tests = [
  {
    name: 'a whole session — marks, a card, popup search, settings, reader — requests nothing but the page itself',
    async run(t) {
      const requests = [];
      const fixtureOrigin = new URL(t.fixtureUrl('demo.html')).origin;
      const extensionOrigin = t.extensionUrl('').replace(/\/$/, '');
      // Chromium: the background service worker's own requests, through its DevTools session.
      const worker = t.browser
        .targets()
        .find((target) => target.type() === 'service_worker' && target.url().startsWith(extensionOrigin));
      if (worker) {
        const cdp = await worker.createCDPSession();
        cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
        await cdp.send('Network.enable');
      }

      const page = await t.newPage();
      recordRequests(page, requests);
      await page.goto(t.fixtureUrl('demo.html'), { waitUntil: 'load' });
      await t.waitForMarks(page);
      const target = await page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!String(name).startsWith('maglens')) continue;
          for (const range of highlight) {
            const box = range.getBoundingClientRect();
            if (box.width > 0 && box.top > 0 && box.bottom < innerHeight) {
              return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString() };
            }
          }
        }
        return null;
      });
      assert.ok(target, 'no marked term is in view');
      await page.mouse.move(target.x, target.y, { steps: 4 });
      await page.waitForSelector('maglens-card', { timeout: 10_000 });

      const popup = await t.newPage();
      recordRequests(popup, requests);
      await t.gotoExtensionPage(popup, 'popup.html');
      const searchTab = await popup.waitForSelector('::-p-text(Search)', { timeout: 10_000 });
      await searchTab.click();
      const search = await popup.waitForSelector('input[type="search"]', { timeout: 10_000 });
      await search.click();
      await popup.keyboard.type('PPI', { delay: 20 });
      await delay(500);

      for (const relative of ['options.html', 'reader.html']) {
        const extensionPage = await t.newPage();
        recordRequests(extensionPage, requests);
        await t.gotoExtensionPage(extensionPage, relative);
        await delay(300);
      }

      const foreign = requests.filter(
        (url) => !isOwnRequest(url, fixtureOrigin, extensionOrigin, t.extensionDir),
      );
      assert.deepEqual(foreign, [], 'MagLens reached beyond the page and itself');
      const pageRequests = requests.filter((url) => url.startsWith(fixtureOrigin));
      const paths = [...new Set(pageRequests.map((url) => new URL(url).pathname))].sort();
      assert.deepEqual(
        paths.filter((p) => p !== '/favicon.ico'),
        ['/demo.html'],
        'requests to the page’s server other than the page itself',
      );
    },
  },
  {
    name: 'a page without health terms sees nothing of MagLens: no highlight, no stylesheet, no global',
    async run(t) {
      const page = await t.openFixture('popup-empty.html', { waitForMarks: false });
      const reply = await contentScriptTerms(t);
      assert.deepEqual(reply?.terms, [], 'the content script did not answer, or found terms');
      assert.deepEqual(await visibleToPage(page), {
        highlights: 0,
        sheets: 0,
        extensionResources: [],
        globals: [],
        cardUi: false,
      });
      if (t.browserName === 'chromium') {
        // The card's triggers and the touch sheet start with a frame's first marks: none here.
        assert.deepEqual(await inputListeners(page), []);
      }
    },
  },
  {
    name: 'a frame without health terms sees nothing of MagLens while the page around it is marked',
    async run(t) {
      const page = await t.openFixture('privacy-quiet-frame.html');
      const frame = page.frames().find((f) => f.url().includes('popup-empty.html'));
      assert.ok(frame, 'the iframe did not load');
      await frame.waitForFunction(() => document.readyState === 'complete');
      const seen = await visibleToPage(frame);
      assert.deepEqual(
        { highlights: seen.highlights, sheets: seen.sheets, globals: seen.globals },
        {
          highlights: 0,
          sheets: 0,
          globals: [],
        },
      );
      // MagLens runs in that frame all the same: a term written into it is marked there.
      await frame.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'After the ride, night cramps and insomnia.';
        document.querySelector('article').append(p);
      });
      const marked = await until(
        () => visibleToPage(frame),
        (x) => x.highlights > 0,
        6000,
      );
      assert.ok(
        marked.highlights > 0 && marked.sheets === 1,
        'the term written into the frame was not marked',
      );
    },
  },
  {
    name: 'after a card, a page sees only its marks: the card chunk is not in its resources, globals or reach',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const term = await page.evaluate(() => {
        let found = null;
        CSS.highlights.forEach((highlight, name) => {
          if (found || !String(name).startsWith('maglens')) return;
          highlight.forEach((range) => {
            const box = range.getBoundingClientRect();
            if (!found && box.width > 0) found = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          });
        });
        return found;
      });
      assert.ok(term, 'no marked term to hover');
      await page.mouse.move(term.x, term.y, { steps: 4 });
      await page.waitForSelector('maglens-card', { timeout: 10_000 });
      const seen = await visibleToPage(page);
      assert.ok(seen.highlights > 0 && seen.sheets === 1, 'the marks and their one stylesheet are visible');
      assert.deepEqual(
        { extensionResources: seen.extensionResources, globals: seen.globals, cardUi: seen.cardUi },
        { extensionResources: [], globals: [], cardUi: false },
      );
      if (t.browserName === 'chromium') {
        // Here, with marks, the card's triggers listen (and the DevTools protocol sees them).
        assert.ok((await inputListeners(page)).includes('pointermove'), 'no pointer listener with marks');
        // The chunks are web-accessible only under a per-session address: the extension's id can't reach them.
        const probes = ['card-chunk.js', 'marking-chunk.js'].map((file) => t.extensionUrl(file));
        for (const probe of probes) {
          const reached = await page.evaluate(async (url) => {
            try {
              await fetch(url);
              return true;
            } catch {
              return false;
            }
          }, probe);
          assert.equal(reached, false, `a page could load ${probe}`);
        }
        // The browser logs its refusal in the page's console; that message is the point, not an error of MagLens.
        const errors = (await t.takeExtensionErrors()).filter(
          (e) => !probes.some((probe) => e.text.includes(`Denying load of ${probe}`)),
        );
        assert.deepEqual(errors, []);
      }
    },
  },
  {
    name: 'the shipped extension code has no network call sites (fetch, XHR, WebSocket, beacons, EventSource)',
    async run(t) {
      const files = (await listFiles(t.extensionDir)).filter((file) => /\.(m?js|html)$/.test(file));
      assert.ok(files.length > 0, `no code found in ${t.extensionDir}`);
      const found = [];
      for (const file of files) {
        const source = await readFile(file, 'utf8');
        const relative = path.relative(t.extensionDir, file);
        for (const { name, pattern } of NETWORK_CALLS) {
          for (const match of source.matchAll(pattern)) {
            const allowed = ALLOWED.some((a) => a.name === name && a.file.test(relative));
            if (!allowed) {
              const context = source
                .slice(Math.max(0, match.index - 40), match.index + 40)
                .replace(/\s+/g, ' ');
              found.push(`${relative}: ${name} in "…${context}…"`);
            }
          }
        }
      }
      assert.deepEqual(found, [], 'network call sites in the shipped code');
      const manifest = JSON.parse(await readFile(path.join(t.extensionDir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.update_url, undefined, 'the manifest names an update server');
      assert.equal(manifest.externally_connectable, undefined, 'web pages can message MagLens');
    },
  },
];

/** The pointer, touch, key, focus and click listeners on the page's document by event type, as MagLens'
 * isolated world sees it (Chromium's DevTools protocol lists a world's own listeners only). */
async function inputListeners(page) {
  const cdp = await page.createCDPSession();
  try {
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const mainFrame = frameTree.frame.id;
    const isolated = worlds.filter(
      (c) => c.auxData?.frameId === mainFrame && c.auxData?.type === 'isolated' && c.name === 'MagLens',
    );
    assert.equal(isolated.length, 1, `MagLens' world: ${JSON.stringify(worlds.map((c) => c.name))}`);
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'document',
      contextId: isolated[0].id,
    });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const input = /^(pointer|touch|key|focus|click|mouse)/;
    return [...new Set(listeners.map((l) => l.type).filter((type) => input.test(type)))].sort();
  } finally {
    await cdp.detach().catch(() => {});
  }
}

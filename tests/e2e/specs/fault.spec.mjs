// A card's Save when the background stops at the worst moment. In Chromium the MV3 service worker is stopped
// right after the click (as the browser does to an idle worker); Firefox's MV2 background page cannot be
// stopped, so there the same tries run with the background alive and must all save. Whatever the timing:
// one note per click at most, and the card's words match what the notes store really holds.
import assert from 'node:assert/strict';
import { until } from '../lib/wait.mjs';

const TRIES = 4;
const PAGE_TITLE = "Sleeping badly again — a reader's letter"; // tests/fixtures/card-basic.html
const SAVED = 'Saved ✓';
const UNKNOWN = /cannot tell whether the note was saved/;

/** How many notes My notes lists for the fixture page. */
async function notesForPage(t) {
  const popup = await t.openExtensionPage('popup.html#/notes');
  await popup.waitForSelector('#ml-panel h1', { timeout: 10_000 });
  await popup.waitForFunction(() => !document.querySelector('#ml-panel [aria-busy="true"]'), {
    timeout: 10_000,
  });
  const count = await popup.$$eval(
    '.ml-note',
    (els, title) => els.filter((el) => el.textContent.includes(title)).length,
    PAGE_TITLE,
  );
  await popup.close();
  return count;
}

/** The fixture page's notes as the store holds them (id, save key, time), to tell a double save from a late one. */
async function storedNotes(t) {
  const page = await t.openExtensionPage('popup.html#/notes');
  const notes = await page.evaluate(
    (title) =>
      new Promise((resolve) => {
        const open = indexedDB.open('maglens');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(
              all.result
                .filter((note) => note.pageTitle === title)
                .map((note) => `#${note.id} key ${note.saveKey ?? '-'} at ${note.createdAt}`),
            );
          };
        };
      }),
    PAGE_TITLE,
  );
  await page.close();
  return notes.join(', ');
}

/** Stops MagLens' service worker, as Chromium does to an idle one (Chrome's documented way in Puppeteer). */
async function stopServiceWorker(t) {
  const target = t.browser
    .targets()
    .find((target) => target.type() === 'service_worker' && target.url().startsWith(t.extensionUrl('')));
  if (!target) return false; // already stopped
  try {
    const worker = await target.worker();
    await worker?.close();
    return true;
  } catch {
    return false; // it went away (or was replaced) while we reached for it
  }
}

/** Opens the card on "insomnia" by the keyboard command, as the background sends it. */
async function openCard(t, page) {
  await page.bringToFront();
  await t.extensionEval(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        api.tabs.sendMessage(tab.id, { type: 'show-card', focus: true }, { frameId: 0 }).catch(() => null),
      ),
    );
  });
  await page.bringToFront();
  await page.waitForFunction(
    () => !!document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]'),
    { timeout: 10_000 },
  );
}

/** Clicks the card's Save and returns the status the card then shows. */
async function clickSave(t, page, stopAfterClick) {
  const point = await page.evaluate(() => {
    const save = [...document.querySelector('maglens-card').shadowRoot.querySelectorAll('button')].find((b) =>
      b.textContent.trim().startsWith('Save'),
    );
    const r = save.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const stopped = stopAfterClick && (await stopServiceWorker(t));
  const status = await page.waitForFunction(
    () =>
      document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent || '',
    { timeout: 20_000 },
  );
  return { status: await status.jsonValue(), stopped };
}

export const tests = [
  {
    name: "stopping the background right after a card's Save files the note at most once, and the card says what really happened",
    async run(t) {
      const stopping = t.browserName === 'chromium' && !process.env.NOSTOP;
      const outcomes = [];
      let stops = 0;
      for (let i = 0; i < TRIES; i++) {
        const before = await notesForPage(t);
        const page = await t.openFixture('card-basic.html');
        await openCard(t, page);
        const { status, stopped } = await clickSave(t, page, stopping);
        if (stopped) stops++;
        // The background may still be filing the note when the card gives up: give it time to land.
        const after = await until(
          () => notesForPage(t),
          (count) => count >= before + 1,
          status === SAVED || UNKNOWN.test(status) ? 10_000 : 3_000,
          500,
        );
        const added = after - before;
        outcomes.push(`${JSON.stringify(status)} → ${added} note(s)`);
        assert.doesNotMatch(
          status,
          /message channel|asynchronous response|Receiving end/i,
          'raw browser wording',
        );
        if (added > 1) outcomes.push(`stored: ${await storedNotes(t)}`);
        assert.ok(added === 0 || added === 1, `one click filed ${added} notes (${outcomes.join('; ')})`);
        if (status === SAVED) assert.equal(added, 1, `"Saved" but no note (${outcomes.join('; ')})`);
        else if (!UNKNOWN.test(status)) assert.equal(added, 0, `"${status}" but a note was filed`);
        if (!stopping) assert.equal(status, SAVED, 'with the background alive every Save saves');
        await page.close();
      }
      if (stopping) assert.ok(stops > 0, 'the service worker was never stopped, so nothing was tested');
      console.log(
        `      [${t.browserName}] ${stopping ? `worker stopped after ${stops} of ${TRIES} Saves: ` : ''}${outcomes.join('; ')}`,
      );
    },
  },
];

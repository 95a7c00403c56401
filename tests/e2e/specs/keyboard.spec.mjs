// The keyboard and screen readers: walking a page's marked terms by the next/previous commands, the card's
// name, description and focus, Escape, focus on a link in a marked term, the popup's index of the page,
// hit-testing, and axe on every page MagLens draws with the card open and the current term shown.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { colorScheme } from '../lib/color-scheme.mjs';
import { delay } from '../lib/wait.mjs';

/** The page's marked terms in reading order (the shadow root's term where its host stands). */
const IN_ORDER = [
  'Insomnia',
  'Osteoporosis',
  'Muscle cramps',
  'Proton pump inhibitors (PPIs)',
  'Type 2 diabetes',
];
const NAME = /^(.+) — (.+), evidence: (strong|moderate|limited|contested)$/;

/**
 * Sends what the background sends for the next/previous-term commands (Alt+Shift+. and Alt+Shift+,) to
 * each tab's top frame: puppeteer cannot press browser-level shortcuts.
 */
function sendMove(t, direction) {
  return t.extensionEval(async (dir) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const replies = await Promise.all(
      tabs.map((tab) =>
        api.tabs.sendMessage(tab.id, { type: 'move-term', direction: dir }, { frameId: 0 }).catch(() => null),
      ),
    );
    // Firefox runs MagLens in the harness's about:blank tab too, which has no terms: the page's answer.
    return replies.find((reply) => reply?.shown) ?? replies.find(Boolean) ?? null;
  }, direction);
}

/** What a screen reader and a sighted keyboard user can tell: the card's title, accessible name and
 * description, where focus is, and the current-term highlight (its text and whether it is in view). */
function readState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('maglens-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]') ?? null;
    const textOf = (ids) =>
      (ids ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent.trim() ?? '')
        .join(' ');
    const current = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name !== 'maglens-current-term') return;
      highlight.forEach((range) => {
        const box = range.getBoundingClientRect();
        current.push({ text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight });
      });
    });
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const labelledBy = dialog?.getAttribute('aria-labelledby') ?? '';
    return {
      title: dialog ? textOf(labelledBy.split(' ')[0]) : null,
      name: dialog ? textOf(labelledBy) : null,
      description: dialog ? textOf(dialog.getAttribute('aria-describedby')) : null,
      focusInDialog: !!dialog && active === dialog,
      focused: active?.id || active?.localName || null,
      current,
    };
  });
}

async function waitForTitle(page, title) {
  await page
    .waitForFunction(
      (want) => {
        const root = document.querySelector('maglens-card')?.shadowRoot;
        return root?.getElementById('ml-card-title')?.textContent.trim() === want;
      },
      { timeout: 5000 },
      title,
    )
    .catch(async () =>
      assert.fail(`the card for ${title} did not open: ${JSON.stringify(await readState(page))}`),
    );
  return readState(page);
}

/** Waits until the card's fade-in has finished, so a screenshot shows the settled card. */
function settled(page) {
  return page.waitForFunction(
    () => {
      const dialog = document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]');
      return !!dialog && dialog.getAnimations().every((a) => a.playState === 'finished');
    },
    { timeout: 5000 },
  );
}

/** Moves and checks everything a user would notice about where the move landed. */
async function moveTo(t, page, direction, index) {
  const reply = await sendMove(t, direction);
  assert.deepEqual(reply, { shown: true, index, total: IN_ORDER.length });
  const state = await waitForTitle(page, IN_ORDER[index]);
  const [, term] = state.name.match(NAME) ?? [];
  assert.equal(term, IN_ORDER[index], `the card's accessible name is "${state.name}"`);
  assert.equal(state.description, `Term ${index + 1} of ${IN_ORDER.length} on this page`);
  assert.ok(state.focusInDialog, `focus is on ${state.focused}, not in the card`);
  assert.equal(state.current.length, 1, 'one current term');
  assert.ok(state.current[0].inView, `the current term "${state.current[0].text}" is out of view`);
  return state;
}

/** The accessibility tree's focused node (Chromium), from puppeteer's snapshot. */
async function focusedAxNode(page) {
  const tree = await page.accessibility.snapshot({ interestingOnly: true });
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (node?.focused) return node;
    stack.push(...(node?.children ?? []));
  }
  return null;
}

async function openPopupFor(t) {
  const id = await t.extensionEval(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const own = await api.tabs.getCurrent();
    const ids = (await api.tabs.query({})).map((tab) => tab.id).filter((tabId) => tabId !== own?.id);
    return ids.length ? Math.max(...ids) : null;
  });
  assert.notEqual(id, null, 'no tab for the page');
  const popup = await t.openExtensionPage(`popup.html?tab=${id}`);
  await popup.waitForSelector('#ml-panel h1', { timeout: 10_000 });
  return popup;
}

async function axeViolations(page, context) {
  const require = createRequire(import.meta.url);
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (include) => {
    const result = await globalThis.axe.run(include ? { include: [[include]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    );
  }, context ?? null);
}

export const tests = [
  {
    name: 'the next and previous commands walk the marked terms in reading order, each card named, described and focused; Escape gives focus back',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      await page.focus('#start');
      for (let i = 0; i < IN_ORDER.length; i++) await moveTo(t, page, 'next', i);
      await settled(page);
      await t.screenshot(page, 'keyboard-current-term');
      // Past the last term the walk wraps; "previous" from the first goes to the last, far down the page.
      await moveTo(t, page, 'next', 0);
      const last = await moveTo(t, page, 'previous', IN_ORDER.length - 1);
      assert.match(last.name, /^Type 2 diabetes — Blood sugar & metabolism, evidence: \w+$/);
      if (t.browserName === 'chromium') {
        const node = await focusedAxNode(page);
        assert.equal(node?.role, 'dialog', `the focused node is ${JSON.stringify(node)}`);
        assert.equal(node.name, last.name);
        assert.equal(node.description, `Term ${IN_ORDER.length} of ${IN_ORDER.length} on this page`);
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 });
      const after = await readState(page);
      assert.equal(after.focused, 'start', 'Escape did not give focus back to where it was');
      assert.deepEqual(after.current, [], 'the current-term mark stayed after the card closed');
      // The next move goes on from where the reader was (the last term), wrapping to the first.
      await moveTo(t, page, 'next', 0);
      await colorScheme(page, 'dark');
      await settled(page);
      await t.screenshot(page, 'keyboard-current-term-dark');
      await page.setViewport({ width: 390, height: 700 });
      await moveTo(t, page, 'next', 1);
      await settled(page);
      await t.screenshot(page, 'keyboard-current-term-narrow');
    },
  },
  {
    name: 'moving on from a card opened by the mouse goes to the term after that one',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      const point = await page.evaluate(() => {
        const box = document.getElementById('ppi').getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.move(5, point.y - 60);
      await page.mouse.move(point.x, point.y, { steps: 8 });
      await waitForTitle(page, 'Proton pump inhibitors (PPIs)');
      await moveTo(t, page, 'next', 4);
    },
  },
  {
    name: 'keyboard focus on a link in a marked term opens its card after the dwell, and moving on closes it',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      await page.focus('#start');
      await page.keyboard.press('Tab');
      const state = await waitForTitle(page, 'Muscle cramps');
      assert.equal(state.focused, 'cramps-link', 'the card took focus from the link');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 });
      assert.equal((await readState(page)).focused, 'after');

      await t.setSettings({ focusOpensCard: false });
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal((await readState(page)).focused, 'cramps-link');
      await delay(1500); // well past the 350 ms dwell
      assert.equal(await page.$('maglens-card'), null, 'the card opened on focus with the setting off');
      await t.resetSettings();
    },
  },
  {
    name: 'a card opened by keyboard focus is announced from its own live region, and the open-card command moves into it',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      await page.focus('#start');
      await page.keyboard.press('Tab');
      await waitForTitle(page, 'Muscle cramps');
      const said = 'MagLens note: Muscle cramps (term 3 of 5 on this page). Press Alt+Shift+M to read it.';
      await page
        .waitForFunction(
          (want) => {
            const live = document.querySelector('maglens-card')?.shadowRoot?.querySelector('[aria-live]');
            return live?.textContent === want;
          },
          { timeout: 5000 },
          said,
        )
        .catch(() => assert.fail('the card opened by focus was not announced'));
      const region = await page.evaluate(() => {
        const live = document.querySelector('maglens-card').shadowRoot.querySelector('[aria-live]');
        const box = live.getBoundingClientRect();
        return {
          role: live.getAttribute('role'),
          politeness: live.getAttribute('aria-live'),
          // Heard, not seen: no larger than a pixel, and nothing of it in the page's own DOM.
          seen: box.width > 1 || box.height > 1,
          inPage: document.body.textContent.includes('MagLens note'),
        };
      });
      assert.deepEqual(region, { role: 'status', politeness: 'polite', seen: false, inPage: false });
      if (t.browserName === 'chromium') {
        // What a screen reader gets: a status in the accessibility tree with the announcement's text.
        const statuses = [];
        const walk = (node, inStatus) => {
          const here = inStatus ?? (node.role === 'status' ? [] : null);
          if (here && node.name) here.push(node.name);
          if (node.role === 'status') statuses.push(here);
          for (const child of node.children ?? []) walk(child, here);
        };
        walk(await page.accessibility.snapshot({ interestingOnly: false }), null);
        assert.ok(
          statuses.some((names) => names.join(' ').includes(said)),
          `no status in the accessibility tree says it: ${JSON.stringify(statuses)}`,
        );
      }
      assert.equal((await readState(page)).focused, 'cramps-link', 'the announcement moved focus');
      // The command it names moves focus into that card (the one open), not the first term in view.
      await t.extensionEval(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        await Promise.all(
          tabs.map((tab) =>
            api.tabs
              .sendMessage(tab.id, { type: 'show-card', focus: true }, { frameId: 0 })
              .catch(() => null),
          ),
        );
      });
      await page
        .waitForFunction(
          () => {
            const host = document.querySelector('maglens-card');
            return (
              document.activeElement === host &&
              host.shadowRoot.activeElement?.getAttribute('role') === 'dialog'
            );
          },
          { timeout: 5000 },
        )
        .catch(async () => assert.fail(`focus is on ${(await readState(page)).focused}, not in the card`));
      assert.equal((await readState(page)).title, 'Muscle cramps');

      // The keys said are the reader's own: Firefox lets an extension change them (Chromium does not).
      if (t.browserName === 'firefox') {
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 });
        await t.extensionEval(() => browser.commands.update({ name: 'open-card', shortcut: 'Ctrl+Shift+Y' }));
        try {
          await page.focus('#start');
          await page.keyboard.press('Tab');
          await page
            .waitForFunction(
              () =>
                document
                  .querySelector('maglens-card')
                  ?.shadowRoot?.querySelector('[aria-live]')
                  ?.textContent.endsWith('Press Ctrl+Shift+Y to read it.'),
              { timeout: 5000 },
            )
            .catch(() => assert.fail('the announcement did not name the keys the reader set'));
        } finally {
          await t.extensionEval(() => browser.commands.reset('open-card'));
        }
      }
    },
  },
  {
    name: "the popup lists the page's terms in page order with counts, announces them, and choosing one makes it the current term",
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      const popup = await openPopupFor(t);
      await popup.waitForSelector('ol.ml-list li', { timeout: 10_000 });
      const view = await popup.evaluate(() => ({
        status: [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent.trim()),
        names: [...document.querySelectorAll('ol.ml-list > li .ml-item-title')].map((el) =>
          el.textContent.trim(),
        ),
      }));
      assert.deepEqual(view.names, IN_ORDER);
      assert.ok(
        view.status.some((s) => s.startsWith('5 health terms on this page, marked 5 times, in 5 topics.')),
        `no summary among ${JSON.stringify(view.status)}`,
      );
      await t.screenshot(popup, 'keyboard-popup-page-order');
      // The popup's shell (its navigation bar outside a landmark: "region", moderate) is not this list's:
      // serious and critical findings only, as popup.spec.mjs checks the shell.
      const serious = (await axeViolations(popup)).filter((v) => /\((serious|critical)\)/.test(v));
      assert.deepEqual(serious, []);

      await page.bringToFront();
      await popup.$eval('button[aria-label^="Muscle cramps"]', (el) => el.click());
      await page.waitForFunction(
        () => {
          let text = '';
          CSS.highlights.forEach((h, name) => {
            if (name !== 'maglens-current-term') return;
            h.forEach((r) => {
              text = r.toString();
            });
          });
          return text === 'muscle cramps';
        },
        { timeout: 5000 },
      );
      // The next command goes on from the term chosen in the popup.
      await moveTo(t, page, 'next', 3);

      // Grouped by topic, on request.
      await popup.$$eval('input[name="page-terms-order"]', (inputs) => inputs[1].click());
      await popup.waitForSelector('section.ml-group h2', { timeout: 5000 });
      const groups = await popup.$$eval('section.ml-group h2', (els) =>
        els.map((el) => el.textContent.trim()),
      );
      assert.equal(groups.length, 5, groups.join(' | '));
    },
  },
  {
    name: 'hovering finds terms through highlightsFromPoint, in the page and in a shadow root',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      // Both browsers under test have it; the caret method is the fallback (unit tests cover both).
      assert.equal(await page.evaluate(() => typeof CSS.highlights.highlightsFromPoint), 'function');
      for (const [where, title] of [
        ['shadow', 'Osteoporosis'],
        ['page', 'Insomnia'],
      ]) {
        const point = await page.evaluate((inShadow) => {
          const element = inShadow
            ? document.querySelector('reader-quote').shadowRoot.getElementById('osteo')
            : document.getElementById('insomnia');
          const box = element.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }, where === 'shadow');
        await page.mouse.move(5, point.y - 60);
        await page.mouse.move(point.x, point.y, { steps: 8 });
        await waitForTitle(page, title);
      }
    },
  },
  {
    name: 'axe finds nothing on the page with the card open and the current term shown, nor in the settings',
    async run(t) {
      const page = await t.openFixture('keyboard.html');
      await moveTo(t, page, 'next', 0);
      assert.deepEqual(await axeViolations(page), []);
      await moveTo(t, page, 'next', 1); // the term in the shadow root
      assert.deepEqual(await axeViolations(page), []);
      const options = await t.openExtensionPage('options.html');
      await options.waitForSelector('[role="switch"]', { timeout: 10_000 });
      const focusSwitch = await options.evaluate(() =>
        [...document.querySelectorAll('[role="switch"]')].some((el) =>
          [...el.labels].some((l) => l.textContent.includes('keyboard focus')),
        ),
      );
      assert.ok(focusSwitch, 'no switch for opening cards on keyboard focus');
      assert.deepEqual(await axeViolations(options), []);
    },
  },
];

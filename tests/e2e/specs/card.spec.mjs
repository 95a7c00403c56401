// The hover card, as a reader meets it: hover, sweep, reach into it, Escape, keyboard, hostile pages,
// every edge of the window, its actions, light and dark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delay } from '../lib/wait.mjs';

/** The centre of an element's box, or of the `index`-th line box of a text inside it. */
async function pointOn(page, selector, { text, line = 0 } = {}) {
  const point = await page.evaluate(
    (sel, want, lineIndex) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      let rects = [el.getBoundingClientRect()];
      if (want) {
        const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.data.includes(want));
        if (!node) return null;
        const range = document.createRange();
        const start = node.data.indexOf(want);
        range.setStart(node, start);
        range.setEnd(node, start + want.length);
        rects = [...range.getClientRects()].filter((r) => r.width > 0);
      }
      const r = rects[lineIndex];
      if (!r) return null;
      return {
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        lines: rects.length,
        // The paragraph around it, which the card keeps clear of where it can.
        block: (() => {
          const b = el.closest('p, li, div, main')?.getBoundingClientRect();
          return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null;
        })(),
      };
    },
    selector,
    text ?? null,
    line,
  );
  assert.ok(point, `nothing at ${selector}${text ? ` "${text}"` : ''} line ${line} on the fixture`);
  return point;
}

/** What a user (and a screen reader) can tell about the open card, or null when there is none. */
function readCard(page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('maglens-card');
    const host = hosts[0];
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    // The title is the first of the ids that name the card (the rest is for screen readers only).
    const [titleId = ''] = (dialog.getAttribute('aria-labelledby') ?? '').split(' ');
    const label = host.shadowRoot.getElementById(titleId);
    const r = dialog.getBoundingClientRect();
    const style = getComputedStyle(dialog);
    const heading = label ? getComputedStyle(label) : null;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 30));
    return {
      hosts: hosts.length,
      parent: host.parentElement?.localName,
      name: label?.textContent.trim() ?? '',
      modal: dialog.getAttribute('aria-modal'),
      text: dialog.textContent,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      // The height of all the card holds, scrolled or not (its box is capped by the room by the term).
      contentHeight: [...dialog.children].reduce((sum, el) => sum + el.scrollHeight, 0),
      viewport: {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
      style: {
        background: style.backgroundColor,
        color: style.color,
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        headingSize: heading?.fontSize,
        headingColor: heading?.color,
        display: style.display,
        opacity: getComputedStyle(host).opacity,
      },
      onTop: hit === host,
      focusInCard: document.activeElement === host,
      focused: host.shadowRoot.activeElement
        ? `${host.shadowRoot.activeElement.localName}:${host.shadowRoot.activeElement.textContent.trim()}`
        : null,
    };
  });
}

async function waitForCard(page, what = 'a card') {
  await page
    .waitForFunction(
      () => !!document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]'),
      {
        timeout: 5000,
      },
    )
    .catch(() => assert.fail(`${what} did not open`));
  await settled(page);
  return readCard(page);
}

/** Waits until the card's fade-in has finished (screenshots and colours show the settled card). */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const dialog = document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]');
      return !!dialog && dialog.getAnimations().every((a) => a.playState === 'finished');
    },
    { timeout: 5000 },
  );
}

async function waitForNoCard(page, what) {
  await page
    .waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 })
    .catch(() => assert.fail(`the card did not close ${what}`));
}

/** Rests the mouse on a point, arriving from a blank spot as a reader's hand would. */
async function hoverAt(page, point) {
  await page.mouse.move(5, Math.max(5, point.y - 60));
  await page.mouse.move(point.x, point.y, { steps: 8 });
}

async function openByHover(page, selector, options) {
  const point = await pointOn(page, selector, options);
  await hoverAt(page, point);
  return { card: await waitForCard(page, `the card for ${selector}`), point };
}

/** Counts every card host the page ever gets, so a card that opened and closed again is still seen. */
function countCards(page) {
  return page.evaluate(() => {
    window.__cardsSeen = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n.localName === 'maglens-card') window.__cardsSeen++;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}
const cardsSeen = (page) => page.evaluate(() => window.__cardsSeen);

/** A blank point of the card-basic page, away from any term and card. */
const BLANK = { x: 8, y: 8 };

/** Sends what the background sends for the keyboard command or the context menu to every tab. */
function sendShowCard(t, message) {
  return t.extensionEval(async (msg) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const replies = await Promise.all(
      tabs.map((tab) => api.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => null)),
    );
    return replies.filter(Boolean);
  }, message);
}

/** The button (or link) inside the card whose text starts with `name`, as a point to click. */
async function cardControl(page, name) {
  const point = await page.evaluate((want) => {
    const root = document.querySelector('maglens-card')?.shadowRoot;
    const el = [...(root?.querySelectorAll('button, a') ?? [])].find((b) =>
      b.textContent.trim().startsWith(want),
    );
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, name);
  assert.ok(point, `the card has no "${name}" control`);
  return point;
}

/** Do two boxes share any area? */
const covers = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

const inside = (rect, viewport, margin = 0) =>
  rect.left >= margin &&
  rect.top >= margin &&
  rect.right <= viewport.width - margin &&
  rect.bottom <= viewport.height - margin;

export const tests = [
  {
    name: 'resting the mouse on a term opens a card named after it, just below its paragraph',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const { card, point } = await openByHover(page, '#insomnia');
      assert.equal(card.name, 'Insomnia');
      assert.equal(card.hosts, 1);
      assert.equal(card.parent, 'html', 'the card host is not attached to <html>');
      assert.notEqual(card.modal, 'true', 'the card must be a non-modal dialog');
      assert.ok(card.onTop, 'the card is covered by the page');
      // The card keeps the paragraph being read clear: it opens under it, not under the term's line.
      assert.ok(
        card.rect.top >= point.block.bottom,
        `card top ${card.rect.top} covers the paragraph (bottom ${point.block.bottom})`,
      );
      assert.ok(
        card.rect.top <= point.block.bottom + 24,
        `card top ${card.rect.top} is far below the paragraph`,
      );
      for (const part of [
        'Sleep',
        'Evidence:',
        'Sources',
        'Read more',
        'Save',
        'Hide this topic',
        'Not on this site',
      ]) {
        assert.ok(card.text.includes(part), `the card does not show "${part}"`);
      }
      assert.match(card.text, /not medical advice/);
      await t.screenshot(page, 'card-light');

      await page.mouse.move(BLANK.x, BLANK.y, { steps: 4 });
      await waitForNoCard(page, 'after the mouse left the term');
    },
  },
  {
    name: 'a quick sweep of the mouse across terms opens no card',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await page.evaluate(() => {
        window.__cardsSeen = 0;
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) if (n.localName === 'maglens-card') window.__cardsSeen++;
        }).observe(document.documentElement, { childList: true, subtree: true });
      });
      const a = await pointOn(page, '#insomnia');
      const b = await pointOn(page, '#cramps');
      const c = await pointOn(page, '#ppi');
      await page.mouse.move(5, a.y);
      await page.mouse.move(a.x, a.y, { steps: 6 });
      await page.mouse.move(b.x, b.y, { steps: 6 });
      await page.mouse.move(c.x, c.y, { steps: 6 });
      await page.mouse.move(BLANK.x, BLANK.y, { steps: 6 });
      // Long enough for a dwell and a grace period to have shown any card.
      await delay(1200);
      assert.equal(await cardsSeen(page), 0, 'a card opened during a sweep');
      // The same term opens its card once the mouse rests on it.
      await hoverAt(page, a);
      await waitForCard(page, 'the card after the sweep');
    },
  },
  {
    name: 'the card stays open while the mouse moves into it, and closes when it leaves both',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const { card } = await openByHover(page, '#insomnia');
      const target = { x: card.rect.left + 40, y: card.rect.top + 40 };
      await page.mouse.move(target.x, target.y, { steps: 6 });
      await delay(900); // well past the 300 ms grace period
      const still = await readCard(page);
      assert.ok(still, 'the card closed while the mouse was on it');
      assert.equal(still.name, 'Insomnia');
      await page.mouse.move(card.rect.right + 150, card.rect.top + 40, { steps: 6 });
      await waitForNoCard(page, 'after the mouse left the card');
    },
  },
  {
    name: 'Escape closes the card',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await openByHover(page, '#cramps');
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'on Escape');
    },
  },
  {
    name: 'the keyboard command opens the card with focus in it; Tab walks its actions; Escape gives focus back',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await page.bringToFront();
      await page.focus('#page-button');
      const replies = await sendShowCard(t, { type: 'show-card', focus: true });
      assert.ok(
        replies.some((r) => r.shown),
        `no page showed a card: ${JSON.stringify(replies)}`,
      );
      await page.bringToFront();
      const card = await waitForCard(page, 'the card from the keyboard command');
      assert.equal(card.name, 'Insomnia', 'the first marked term in view is insomnia');
      assert.ok(card.focusInCard, 'focus did not move into the card');

      const visited = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const now = await readCard(page);
        assert.ok(now?.focusInCard, `Tab ${i + 1} left the card (visited: ${visited.join(' | ')})`);
        visited.push(now.focused);
      }
      assert.equal(new Set(visited).size, 4, `Tab did not move through the card: ${visited.join(' | ')}`);

      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'on Escape');
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.equal(focused, 'page-button', 'focus did not return to where it was');
    },
  },
  {
    name: 'every card action is reachable and works from the keyboard',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await page.bringToFront();
      await sendShowCard(t, { type: 'show-card', focus: true });
      await page.bringToFront();
      await waitForCard(page, 'the card from the keyboard command');
      let reached = null;
      for (let i = 0; i < 20 && !reached?.startsWith('button:Save'); i++) {
        await page.keyboard.press('Tab');
        reached = (await readCard(page))?.focused ?? null;
      }
      assert.ok(reached?.startsWith('button:Save'), `Tab never reached "Save" (last: ${reached})`);
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(
          () =>
            document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent,
          { timeout: 5000 },
        )
        .catch(() => assert.fail('Save showed nothing'));
      const status = await page.evaluate(
        () => document.querySelector('maglens-card').shadowRoot.querySelector('[role="status"]').textContent,
      );
      assert.equal(status, 'Saved ✓');
    },
  },
  {
    name: '"Look up in MagLens" on unknown text says it is not in MagLens yet',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await page.bringToFront();
      await sendShowCard(t, { type: 'show-card', text: 'quantum healing', focus: true });
      await page.bringToFront();
      const card = await waitForCard(page, 'the not-found notice');
      assert.match(card.name, /“quantum healing” is not in MagLens yet\./);
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'on Escape');
    },
  },
  {
    name: "a page's hostile global CSS does not change the card",
    async run(t) {
      const plain = await t.openFixture('card-basic.html');
      const { card: expected } = await openByHover(plain, '#insomnia');
      const hostile = await t.openFixture('card-hostile.html');
      await hostile.bringToFront();
      const { card: actual } = await openByHover(hostile, '#insomnia');
      assert.equal(actual.name, 'Insomnia');
      assert.ok(actual.onTop, 'the card is hidden or covered on the hostile page');
      assert.deepEqual(actual.style, expected.style);
      assert.equal(actual.rect.width, expected.rect.width);
      assert.equal(actual.contentHeight, expected.contentHeight);
      assert.ok(inside(actual.rect, actual.viewport), 'the card left the window on the hostile page');
      await t.screenshot(hostile, 'card-hostile');
    },
  },
  {
    name: 'the card stays inside the window next to terms in all four corners',
    async run(t) {
      const page = await t.openFixture('card-corners.html');
      const names = {
        '#top-left': 'insomnia',
        '#top-right': 'migraine',
        '#bottom-left': 'osteoporosis',
        '#bottom-right': 'hypertension',
      };
      for (const [selector, name] of Object.entries(names)) {
        const { card, point } = await openByHover(page, selector);
        assert.ok(
          card.name.toLowerCase().includes(name),
          `expected the ${name} card at ${selector}, got ${card.name}`,
        );
        assert.ok(
          inside(card.rect, card.viewport, 8),
          `the card at ${selector} leaves the window: ${JSON.stringify(card.rect)}`,
        );
        assert.ok(!covers(card.rect, point), `the card at ${selector} covers its term`);
        await t.screenshot(page, `card-corner-${selector.slice(1)}`);
        await page.keyboard.press('Escape');
        await waitForNoCard(page, `at ${selector} on Escape`);
        await page.mouse.move(page.viewport().width / 2, page.viewport().height / 2);
      }
    },
  },
  {
    name: 'on a term that wraps, the card sits level with the line under the mouse, beside the paragraph',
    async run(t) {
      const page = await t.openFixture('card-wrap.html');
      const first = await pointOn(page, '#wrap', { text: 'restless legs syndrome', line: 0 });
      assert.ok(first.lines >= 2, 'the fixture term does not wrap');
      const second = await pointOn(page, '#wrap', { text: 'restless legs syndrome', line: 1 });
      await hoverAt(page, second);
      const card = await waitForCard(page, 'the card for the second line');
      // The narrow paragraph leaves room beside it: the card sits there, level with the hovered line.
      assert.ok(
        card.rect.left >= second.block.right,
        `the card covers the paragraph: ${JSON.stringify(card.rect)}`,
      );
      assert.ok(
        Math.abs(card.rect.top - second.top) <= 2,
        `card top ${card.rect.top} is not level with the hovered line (${second.top}–${second.bottom})`,
      );
    },
  },
  {
    name: '"Hide this topic everywhere" removes that topic\'s marks at once, and the card offers Undo',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const before = (await t.highlightTexts(page)).map((r) => r.text.toLowerCase());
      assert.ok(before.includes('muscle cramps'), `muscle cramps is not marked: ${before.join(', ')}`);
      await openByHover(page, '#insomnia');
      const hide = await cardControl(page, 'Hide this topic');
      await page.mouse.move(hide.x, hide.y, { steps: 5 });
      await page.mouse.click(hide.x, hide.y);
      const insomniaMarked = (marked) =>
        page
          .waitForFunction(
            (want) => {
              let found = false;
              CSS.highlights.forEach((h, name) => {
                if (!String(name).startsWith('maglens')) return;
                h.forEach((r) => {
                  if (r.toString().toLowerCase() === 'insomnia') found = true;
                });
              });
              return found === want;
            },
            { timeout: 5000 },
            marked,
          )
          .catch(async () => {
            const stored = await t.extensionEval(async () => {
              const api = globalThis.browser ?? globalThis.chrome;
              return (await api.storage.sync.get('settings')).settings?.disabledTopics ?? null;
            });
            assert.fail(
              `insomnia is ${marked ? 'not' : 'still'} marked (disabled topics: ${JSON.stringify(stored)})`,
            );
          });
      await insomniaMarked(false);
      const after = (await t.highlightTexts(page)).map((r) => r.text.toLowerCase());
      assert.ok(after.includes('muscle cramps'), 'other topics lost their marks too');
      // The card stays, says the change applies on every site, and offers Undo.
      const card = await readCard(page);
      assert.ok(card, 'the card closed before offering Undo');
      assert.match(card.text, /Sleep is hidden on every site\./);
      const undo = await cardControl(page, 'Undo');
      await page.mouse.move(undo.x, undo.y, { steps: 3 });
      await page.mouse.click(undo.x, undo.y);
      await insomniaMarked(true);
      assert.match((await readCard(page)).text, /Sleep is marked again\./);
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'on Escape after Undo');
    },
  },
  {
    name: 'with the click trigger, a click on a term opens its card and a click elsewhere closes it',
    async run(t) {
      await t.setSettings({ trigger: 'click' });
      const page = await t.openFixture('card-basic.html');
      const point = await pointOn(page, '#cramps');
      await page.mouse.click(point.x, point.y);
      const card = await waitForCard(page, 'the card on click');
      assert.equal(card.name, 'Muscle cramps');
      await page.mouse.click(BLANK.x, BLANK.y);
      await waitForNoCard(page, 'on a click elsewhere');
    },
  },
  {
    name: '"Read more" opens the reader at the term\'s article section',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await openByHover(page, '#insomnia');
      const readerTab = t.browser
        .waitForTarget((target) => /\/reader\.html#\/article\//.test(target.url()), { timeout: 8000 })
        .catch(() => null);
      const read = await cardControl(page, 'Read more');
      await page.mouse.move(read.x, read.y, { steps: 5 });
      await page.mouse.click(read.x, read.y);
      // Where the browser lets an extension open its popup, the popup opens (and shows the reader);
      // elsewhere a reader tab opens at the section.
      const popupOpen = () =>
        t.extensionEval(() => {
          const api = globalThis.browser ?? globalThis.chrome;
          return api.extension.getViews({ type: 'popup' }).length > 0;
        });
      let opened = null;
      for (let i = 0; i < 40 && !opened; i++) {
        if (await popupOpen()) opened = 'popup';
        else
          opened = await Promise.race([
            readerTab.then((target) => (target ? `tab ${target.url()}` : null)),
            delay(200).then(() => null),
          ]);
      }
      const status = await page.evaluate(
        () =>
          document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent ??
          '',
      );
      assert.ok(
        opened,
        `neither the popup nor a reader tab opened${status ? ` (the card says: ${status})` : ''}`,
      );
      if (opened.startsWith('tab')) assert.match(opened, /#\/article\/sleep\/[\w-]+$/);
    },
  },
  {
    name: 'the card follows the colour scheme: light, and dark where the browser can emulate it',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+/g).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      // Firefox over WebDriver BiDi cannot emulate prefers-color-scheme; its default is light.
      const canEmulate = t.browserName === 'chromium';
      if (canEmulate) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      const { card: light } = await openByHover(page, '#ppi');
      await t.screenshot(page, 'card-scheme-light');
      assert.ok(
        luminance(light.style.background) > 200,
        `light background ${light.style.background} is not light`,
      );
      if (!canEmulate) return;
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 'on Escape');
      await page.mouse.move(BLANK.x, BLANK.y);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const { card: dark } = await openByHover(page, '#ppi');
      await t.screenshot(page, 'card-scheme-dark');
      assert.ok(
        luminance(dark.style.background) < 80,
        `dark background ${dark.style.background} is not dark`,
      );
      assert.ok(luminance(dark.style.color) > 180, `dark card text ${dark.style.color} is not light`);
    },
  },
  {
    name: 'with the modifier trigger, only a hover while holding the key opens a card',
    async run(t) {
      await t.setSettings({ trigger: 'modifier', modifierKey: 'Shift' });
      const page = await t.openFixture('card-basic.html');
      await countCards(page);
      const point = await pointOn(page, '#cramps');
      await hoverAt(page, point);
      await delay(1000); // past the dwell
      assert.equal(await cardsSeen(page), 0, 'a plain hover opened a card in modifier mode');
      await page.keyboard.down('Shift');
      try {
        const card = await waitForCard(page, 'the card with Shift held');
        assert.equal(card.name, 'Muscle cramps');
      } finally {
        await page.keyboard.up('Shift');
      }
    },
  },
  {
    name: 'a tap on a term opens its card, and a tap elsewhere closes it',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      const point = await pointOn(page, '#insomnia');
      await page.touchscreen.tap(point.x, point.y);
      const card = await waitForCard(page, 'the card on a tap');
      assert.equal(card.name, 'Insomnia');
      await page.touchscreen.tap(BLANK.x, BLANK.y);
      await waitForNoCard(page, 'on a tap elsewhere');
    },
  },
  {
    name: 'with taps turned off, a tap on a term leaves the page alone',
    async run(t) {
      await t.setSettings({ touchTap: false });
      const page = await t.openFixture('card-basic.html');
      await countCards(page);
      const point = await pointOn(page, '#insomnia');
      await page.touchscreen.tap(point.x, point.y);
      await delay(800);
      assert.equal(await cardsSeen(page), 0, 'a tap opened a card with taps turned off');
    },
  },
  {
    name: 'the card has no serious accessibility violations (axe-core)',
    async run(t) {
      const require = createRequire(import.meta.url);
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      const page = await t.openFixture('card-basic.html');
      await page.evaluate(axeSource);
      await openByHover(page, '#ppi');
      const violations = await page.evaluate(async () => {
        const result = await globalThis.axe.run(
          { include: [['maglens-card']] },
          { resultTypes: ['violations'], rules: { region: { enabled: false } } },
        );
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(violations, []);
    },
  },
  {
    name: 'with reduced motion, the card appears without animating',
    async run(t) {
      if (t.browserName !== 'chromium') {
        // Firefox over WebDriver BiDi cannot emulate prefers-reduced-motion: check the card animates there.
        const page = await t.openFixture('card-basic.html');
        await openByHover(page, '#insomnia');
        const name = await page.evaluate(
          () =>
            getComputedStyle(
              document.querySelector('maglens-card').shadowRoot.querySelector('[role="dialog"]'),
            ).animationName,
        );
        assert.notEqual(name, 'none', 'the card has no fade-in');
        return;
      }
      const page = await t.openFixture('card-basic.html');
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await hoverAt(page, await pointOn(page, '#insomnia'));
      await page.waitForFunction(
        () => !!document.querySelector('maglens-card')?.shadowRoot?.querySelector('[role="dialog"]'),
        {
          timeout: 5000,
        },
      );
      const animations = await page.evaluate(
        () =>
          document.querySelector('maglens-card').shadowRoot.querySelector('[role="dialog"]').getAnimations()
            .length,
      );
      assert.equal(animations, 0, 'the card animates although the reader asked for reduced motion');
    },
  },
  {
    name: 'the card stays inside a phone-sized window, and at 200% zoom, in every corner',
    async run(t) {
      const page = await t.openFixture('card-corners.html');
      for (const viewport of [
        { width: 320, height: 560, deviceScaleFactor: 1 },
        { width: 640, height: 400, deviceScaleFactor: 2 },
      ]) {
        await page.setViewport(viewport);
        for (const selector of ['#top-left', '#top-right', '#bottom-left', '#bottom-right']) {
          const { card, point } = await openByHover(page, selector);
          const where = `${selector} in ${viewport.width}×${viewport.height}@${viewport.deviceScaleFactor}x`;
          assert.ok(
            inside(card.rect, card.viewport, 8),
            `the card at ${where} leaves the window: ${JSON.stringify(card.rect)}`,
          );
          assert.ok(!covers(card.rect, point), `the card at ${where} covers its term`);
          if (selector === '#bottom-right') await t.screenshot(page, `card-corner-${viewport.width}`);
          await page.keyboard.press('Escape');
          await waitForNoCard(page, `at ${where} on Escape`);
          await page.mouse.move(viewport.width / 2, viewport.height / 2);
        }
      }
    },
  },
  {
    name: 'an open card follows its term when the page scrolls',
    async run(t) {
      const page = await t.openFixture('card-basic.html');
      await page.bringToFront();
      await sendShowCard(t, { type: 'show-card', focus: true });
      await page.bringToFront();
      const before = await waitForCard(page, 'the card from the keyboard command');
      const termBefore = await pointOn(page, '#insomnia');
      await page.evaluate(() => window.scrollBy(0, 60));
      await page
        .waitForFunction(
          (top) => {
            const dialog = document
              .querySelector('maglens-card')
              ?.shadowRoot?.querySelector('[role="dialog"]');
            return !!dialog && Math.abs(dialog.getBoundingClientRect().top - (top - 60)) < 2;
          },
          { timeout: 5000 },
          before.rect.top,
        )
        .catch(() => assert.fail('the card did not move with the page'));
      const termAfter = await pointOn(page, '#insomnia');
      assert.equal(Math.round(termBefore.bottom - termAfter.bottom), 60, 'the page did not scroll');
    },
  },
  {
    name: 'a term inside an iframe opens its card inside that frame, within the frame',
    async run(t) {
      const page = await t.openFixture('card-frame.html', { waitForMarks: false });
      const frame = await page
        .waitForFrame((f) => f.url().includes('card-frame-inner.html'), { timeout: 5000 })
        .catch(() => null);
      assert.ok(frame, 'the iframe did not load');
      await frame.waitForFunction(
        () => [...CSS.highlights.keys()].some((name) => String(name).startsWith('maglens')),
        { timeout: 10_000 },
      );
      const offset = await page.evaluate(() => {
        const r = document.querySelector('iframe').getBoundingClientRect();
        return { x: r.left + 1, y: r.top + 1 }; // inside the 1 px border
      });
      const inFrame = await pointOn(frame, '#term');
      await hoverAt(page, { x: offset.x + inFrame.x, y: offset.y + inFrame.y });
      const card = await waitForCard(frame, 'the card in the iframe');
      assert.equal(card.name, 'Osteoporosis');
      assert.ok(inside(card.rect, card.viewport), 'the card leaves the frame');
      assert.equal(await page.$('maglens-card'), null, 'the top page got a card too');
      await t.screenshot(page, 'card-in-frame');
    },
  },
];

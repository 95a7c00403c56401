// Touch screens: on a phone-sized window (390 × 844) a tap on a term opens its card as a bottom sheet that
// leaves the term in sight, a tap outside or a swipe down closes it, and a marked link is followed on the
// second tap. Chromium emulates a phone (mobile viewport with touch); Firefox runs in a narrow window and
// gets its taps as WebDriver BiDi touch input (pointer events with pointerType "touch").
import assert from 'node:assert/strict';
import { delay } from '../lib/wait.mjs';

const PHONE = { width: 390, height: 844 };

/** Opens the touch fixture in a phone-sized tab (in Chromium a mobile, touch-enabled one). */
async function openOnPhone(t, viewport = PHONE) {
  const page = await t.newPage();
  await page.setViewport(
    t.browserName === 'chromium'
      ? { ...viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : viewport,
  );
  await page.goto(t.fixtureUrl('touch-article.html'), { waitUntil: 'load' });
  await t.waitForMarks(page);
  return page;
}

/** The box of an element (the centre to tap, and its edges). */
async function boxOf(page, selector) {
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
  });
  assert.ok(box, `nothing at ${selector}`);
  return box;
}

/** What a reader sees of the open card: its name, layout and box, its text and its buttons' boxes. */
function readSheet(page) {
  return page.evaluate(() => {
    const host = document.querySelector('maglens-card');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog || getComputedStyle(host).visibility !== 'visible') return null;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, height: r.height };
    };
    // The first of the ids that name the card is its title (the others add topic and grade).
    const titleId = (dialog.getAttribute('aria-labelledby') ?? '').split(' ')[0];
    const title = host.shadowRoot.getElementById(titleId);
    return {
      name: title?.textContent.trim() ?? '',
      layout: host.getAttribute('data-layout'),
      rect: box(dialog),
      text: dialog.textContent,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      actions: [...host.shadowRoot.querySelectorAll('footer button, button.close')].map((b) => ({
        label: b.getAttribute('aria-label') ?? b.textContent.trim(),
        ...box(b),
      })),
    };
  });
}

async function waitForSheet(page, what) {
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
    .catch(() => assert.fail(`${what} did not open`));
  return readSheet(page);
}

async function waitForNoCard(page, what) {
  await page
    .waitForFunction(() => !document.querySelector('maglens-card'), { timeout: 5000 })
    .catch(() => assert.fail(`the card did not close ${what}`));
}

export const tests = [
  {
    name: 'on a phone, a tap on a term opens its card as a bottom sheet that leaves the term in sight',
    async run(t) {
      const page = await openOnPhone(t);
      // A term low in the window, where a card below it would have no room.
      const before = await boxOf(page, '#cramps');
      assert.ok(before.bottom > PHONE.height * 0.45, `the term sits too high (${before.bottom}) to test`);
      await page.touchscreen.tap(before.x, before.y);
      const sheet = await waitForSheet(page, 'the sheet on a tap');
      assert.equal(sheet.name, 'Muscle cramps');
      assert.equal(sheet.layout, 'sheet');
      assert.equal(sheet.rect.left, 0, 'the sheet does not start at the left edge');
      assert.equal(
        Math.round(sheet.rect.right),
        sheet.viewport.width,
        'the sheet is not as wide as the window',
      );
      assert.ok(
        Math.abs(sheet.rect.bottom - sheet.viewport.height) <= 1,
        `the sheet ends at ${sheet.rect.bottom}, not on the window's bottom edge ${sheet.viewport.height}`,
      );
      const term = await boxOf(page, '#cramps');
      assert.ok(term.top >= 0, `the term was scrolled out of sight (top ${term.top})`);
      assert.ok(
        term.bottom <= sheet.rect.top,
        `the sheet (top ${sheet.rect.top}) covers the term (${term.bottom})`,
      );
      for (const part of ['Evidence:', 'Read more', 'Save', 'Hide this topic', 'Not on this site']) {
        assert.ok(sheet.text.includes(part), `the sheet does not show "${part}"`);
      }
      // Every action is in the window, on the sheet, and big enough for a thumb.
      assert.equal(sheet.actions.length, 5, 'the sheet does not have its five actions (close included)');
      for (const button of sheet.actions) {
        assert.ok(
          button.bottom <= sheet.viewport.height && button.top >= sheet.rect.top,
          `${button.label} is cut off`,
        );
        assert.ok(button.height >= 40, `${button.label} is ${button.height} px tall, too small for a thumb`);
      }
      await t.screenshot(page, 'touch-sheet');
      // A tap on the page above the sheet (on no term) closes it.
      const heading = await boxOf(page, 'h1');
      await page.touchscreen.tap(8, Math.max(8, Math.min(heading.bottom, sheet.rect.top) - 8));
      await waitForNoCard(page, 'on a tap outside');
    },
  },
  {
    name: 'on a phone, a swipe down on the sheet closes it, and a tap on the sheet itself keeps it',
    async run(t) {
      const page = await openOnPhone(t);
      const term = await boxOf(page, '#insomnia');
      await page.touchscreen.tap(term.x, term.y);
      const sheet = await waitForSheet(page, 'the sheet on a tap');
      assert.equal(sheet.name, 'Insomnia');
      // The term near the top needs no scrolling: it stays where it was.
      assert.equal(
        (await boxOf(page, '#insomnia')).top,
        term.top,
        'the page scrolled for a term in plain sight',
      );
      const x = sheet.viewport.width / 2;
      const y = sheet.rect.top + 12;
      await page.touchscreen.tap(x, y);
      await delay(300);
      assert.ok(await readSheet(page), 'a tap on the sheet closed it');
      await page.touchscreen.touchStart(x, y);
      for (let step = 1; step <= 6; step++) await page.touchscreen.touchMove(x, y + step * 25);
      await page.touchscreen.touchEnd();
      await waitForNoCard(page, 'on a swipe down');
    },
  },
  {
    name: 'on a phone, a first tap on a marked link shows the card and a second tap follows the link',
    async run(t) {
      const page = await openOnPhone(t);
      await page.evaluate(() => document.getElementById('linked').scrollIntoView({ block: 'center' }));
      const link = await boxOf(page, '#term-link');
      await page.touchscreen.tap(link.x, link.y);
      const sheet = await waitForSheet(page, 'the sheet on a tap on a link');
      assert.match(sheet.name, /magnesium/i);
      assert.equal(await page.evaluate(() => location.hash), '', 'the first tap followed the link');
      const again = await boxOf(page, '#term-link');
      assert.ok(again.bottom <= sheet.rect.top, 'the sheet covers the link');
      await page.touchscreen.tap(again.x, again.y);
      await page
        .waitForFunction(() => location.hash === '#followed', { timeout: 5000 })
        .catch(() => assert.fail('the second tap did not follow the link'));
    },
  },
  {
    name: 'in a wide window a tap opens the usual floating card, not a sheet',
    async run(t) {
      const page = await openOnPhone(t, { width: 900, height: 700 });
      const term = await boxOf(page, '#insomnia');
      await page.touchscreen.tap(term.x, term.y);
      const card = await waitForSheet(page, 'the card on a tap');
      assert.equal(card.layout, 'float');
      assert.ok(card.rect.right - card.rect.left < 500, 'the card spans the wide window');
      assert.ok(card.rect.top >= term.bottom, 'the floating card is not below the term');
    },
  },
  {
    name: 'the popup and the settings page fit a 360 px phone screen, with nothing cut off at the side',
    async run(t) {
      // The popup keeps its 400 px toolbar size unless the screen is a touch screen (a desktop popup must
      // not shrink to its window as it opens); desktop Firefox cannot pretend to have a coarse pointer, so
      // there the popup's phone layout is not reachable and only the settings page is checked.
      const pages = t.browserName === 'chromium' ? ['popup.html', 'options.html'] : ['options.html'];
      for (const relative of pages) {
        const page = await t.newPage();
        await page.setViewport(
          t.browserName === 'chromium'
            ? { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
            : { width: 360, height: 740 },
        );
        await t.gotoExtensionPage(page, relative);
        await page.waitForSelector(relative === 'popup.html' ? '#ml-panel h1' : '#about-heading');
        const fit = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // Every control the page shows must start and end inside the screen.
          const outside = [...document.querySelectorAll('button, input, select, a, [role="tab"]')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.left < -1 || r.right > width + 1))
            .map(
              ({ el, r }) =>
                `${el.localName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`,
            );
          return { width, scrollWidth: document.documentElement.scrollWidth, outside };
        });
        assert.ok(
          fit.scrollWidth <= fit.width + 1,
          `${relative} scrolls sideways: ${fit.scrollWidth} > ${fit.width}`,
        );
        assert.deepEqual(fit.outside, [], `${relative} has controls outside the screen`);
        if (relative === 'popup.html')
          assert.ok(
            await page.$('.ml-header input[type="search"]'),
            'the popup has no search field at the top',
          );
        await t.screenshot(page, `phone-${relative}`);
        await page.close();
      }
    },
  },
];

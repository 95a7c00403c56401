// First paint of the popup page, as the browser reports it (Paint Timing API), for the e2e spec and the bench.

import { delay } from '../e2e/lib/wait.mjs';

/**
 * Opens `extensionUrl` (popup.html) in a fresh tab and returns its first-contentful-paint time in ms, the
 * time to the first rendered view (the view's heading in the DOM), and whether the view was painted.
 * Works in Chromium and in Firefox over WebDriver BiDi (which sends no load events for extension pages,
 * hence the polling rather than waitUntil).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionUrl
 */
export async function measurePopupPaint(browser, extensionUrl, { timeout = 15_000 } = {}) {
  const page = await browser.newPage();
  try {
    page.goto(extensionUrl).catch(() => {}); // Firefox: settles with "Frame detached"; the page is fine
    const deadline = Date.now() + timeout;
    for (;;) {
      const result = await page
        .evaluate(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const nav = performance.getEntriesByType('navigation')[0];
          const heading = document.querySelector('#ml-panel h1');
          if (!fcp || !heading) return null;
          return {
            firstContentfulPaintMs: Math.round(fcp.startTime),
            /** When the HTML was parsed, before any script ran: the browser's own share of the time. */
            domInteractiveMs: nav ? Math.round(nav.domInteractive) : null,
            domContentLoadedMs: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
            viewHeading: heading.textContent,
          };
        })
        .catch(() => null);
      if (result) return result;
      if (Date.now() > deadline)
        throw new Error(`${extensionUrl} reported no first-contentful-paint within ${timeout} ms`);
      await delay(25);
    }
  } finally {
    await page.close().catch(() => {});
  }
}

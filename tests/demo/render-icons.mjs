#!/usr/bin/env node
// Renders public/icon/icon.svg (48 and 128 px) and icon-small.svg (16 and 32 px) to PNGs with headless Chromium.
// Run it after editing an SVG: node tests/demo/render-icons.mjs
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { checkBrowserInstalled } from '../e2e/lib/browsers.mjs';

const iconDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/icon');
const SIZES = [
  [16, 'icon-small.svg'],
  [32, 'icon-small.svg'],
  [48, 'icon.svg'],
  [128, 'icon.svg'],
];

const browser = await puppeteer.launch({
  executablePath: checkBrowserInstalled('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  for (const [size, source] of SIZES) {
    const svg = await readFile(path.join(iconDir, source), 'utf8');
    const body = svg.replace(/<svg /, `<svg style="display:block;width:${size}px;height:${size}px" `);
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${body}</body></html>`,
    );
    const file = path.join(iconDir, `${size}.png`);
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}

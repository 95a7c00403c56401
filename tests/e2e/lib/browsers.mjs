// Launching Chromium and Firefox ESR with the built extension, through puppeteer-core.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const GECKO_ID = 'maglens@example.org';
/** A fixed moz-extension UUID, so that extension pages have a known address in Firefox. */
export const FIREFOX_UUID = '6d1f6b0e-3c7a-4d2b-9a51-4d6a61e5a9c1';

const INSTALL_HINT = {
  chromium: 'apt-get install -y chromium (or set CHROMIUM_PATH)',
  firefox: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
};

export function executablePathFor(browserName) {
  return browserName === 'chromium'
    ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
}

/** Throws a message saying how to install the browser when it is missing. */
export function checkBrowserInstalled(browserName) {
  const path = executablePathFor(browserName);
  if (!existsSync(path)) {
    throw new Error(`${browserName} was not found at ${path}. Install it with: ${INSTALL_HINT[browserName]}`);
  }
  return path;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Starts Chromium with the unpacked extension loaded and waits for its service worker.
 * @returns {Promise<{browser: import('puppeteer-core').Browser, extensionBase: string, extensionId: string}>}
 */
export async function launchChromium({ extensionDir, profileDir, headless = true, args = [] }) {
  const executablePath = checkBrowserInstalled('chromium');
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    enableExtensions: [extensionDir],
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS, ...args],
  });
  try {
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const extensionId = new URL(worker.url()).host;
    return { browser, extensionId, extensionBase: `chrome-extension://${extensionId}/` };
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`The MagLens service worker did not start in Chromium: ${error.message}`);
  }
}

export const FIREFOX_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
};

/**
 * Starts Firefox ESR over WebDriver BiDi and installs the extension as a temporary add-on.
 * @returns {Promise<{browser: import('puppeteer-core').Browser, extensionBase: string, extensionId: string}>}
 */
export async function launchFirefox({ extensionDir, profileDir, headless = true, prefs = {}, args = [] }) {
  const executablePath = checkBrowserInstalled('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access', ...args],
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, extensionBase: `moz-extension://${FIREFOX_UUID}/` };
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Could not install MagLens into Firefox: ${error.message}`);
  }
}

export function launchBrowser(browserName, options) {
  return browserName === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

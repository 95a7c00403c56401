import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { asciiOutputPlugin, datasetPlugin } from './build/dataset/vite-plugin.ts';
import { pdfjsPublicFiles } from './build/pdfjs-assets.ts';

// MAGLENS_OUT_DIR lets parallel test runs build into their own folder.
const outDir = process.env.MAGLENS_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'MagLens',
    description:
      'Soft notes on health terms as you read: what they have to do with magnesium, how strong the evidence is, and the sources. Offline and private.',
    // activeTab (no install warning): the popup, opened on a tab, may read that tab's address, so on a PDF
    // it offers "Open in MagLens".
    // Chromium: `scripting` and the web's hosts run the content script in tabs open before an install or
    // update (scripting.executeScript needs host access; the content script's own match does not grant it);
    // the same host access covers the PDF viewer's request for a web PDF.
    // Firefox: the PDF viewer reads a web PDF from the viewer page, which needs the web's hosts there.
    // Neither adds an install warning beyond the content script's own "all websites" one:
    // tests/e2e/specs/manifest.spec.mjs compares Chromium's warnings with and without them.
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? ['http://*/*', 'https://*/*'] : ['scripting']),
    ],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    // A plain `action` key is dropped from the Firefox MV2 build, hence the two names.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open the MagLens card for the selected text or the first marked term in view',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next marked term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous marked term and open its card',
      },
    },
    // The card chunk, which the content script imports on a page's first card (PRIVACY.md says what a
    // page can learn from it). Chromium hands it out only under a per-session address.
    // The marking chunk likewise, on a frame's first candidate (content/marking-chunk.ts).
    web_accessible_resources:
      browser === 'firefox'
        ? ['card-chunk.js', 'marking-chunk.js']
        : [
            {
              resources: ['card-chunk.js', 'marking-chunk.js'],
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'maglens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: 142 is the first that reads data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // PDF.js' fonts, character maps and decoders, for the PDF viewer (build/pdfjs-assets.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsPublicFiles());
    },
  },
  vite: () => ({
    plugins: [preact(), datasetPlugin(), asciiOutputPlugin()],
    build: { modulePreload: false, sourcemap: !!process.env.MAGLENS_SOURCEMAP },
  }),
});

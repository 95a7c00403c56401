import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { asciiOutputPlugin, datasetPlugin } from './build/dataset/vite-plugin.ts';

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
    permissions: ['storage', 'contextMenus'],
    // A plain `action` key is dropped from the Firefox MV2 build, hence the two names.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open the MagLens card for the selected text or the first marked term in view',
      },
    },
    // The card chunk, which the content script imports on a page's first card (PRIVACY.md says what a
    // page can learn from it). Chromium hands it out only under a per-session address.
    web_accessible_resources:
      browser === 'firefox'
        ? ['card-chunk.js']
        : [{ resources: ['card-chunk.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
  vite: () => ({
    plugins: [preact(), datasetPlugin(), asciiOutputPlugin()],
    build: { modulePreload: false },
  }),
});

// What the BUILT extension asks the browser for: the manifest.json that ships, for the browser under test
// (chrome-mv3 in Chromium, firefox-mv2 in Firefox). Any new permission must be a deliberate change here,
// with a reason a reviewer can weigh.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every permission the built manifest asks for, and why. */
const WHY = {
  storage: 'settings in storage.sync, a notice in storage.local',
  contextMenus: '"Look up in MagLens" on selected text, "Open in MagLens" on a PDF',
  activeTab: 'the popup reads the address of the tab it was opened on (a PDF gets "Open in MagLens")',
  'http://*/*': 'Firefox only: the PDF viewer fetches a web PDF the user asked to open',
  'https://*/*': 'Firefox only: the PDF viewer fetches a web PDF the user asked to open',
  scripting:
    'Chromium only: run the content script in tabs open before an install or update (Firefox does that itself)',
};
/** Chromium only, with `scripting`: executeScript needs host access, which the content script's match
 * does not grant (it also covers the PDF viewer's request). The same web pages the content script already
 * runs in, so no new install warning. */
const HOST_PERMISSIONS = { chromium: ['http://*/*', 'https://*/*'], firefox: undefined };
const ALLOWED_PERMISSIONS = {
  chromium: ['activeTab', 'contextMenus', 'scripting', 'storage'],
  firefox: ['activeTab', 'contextMenus', 'http://*/*', 'https://*/*', 'storage'],
};

const builtManifest = (t) => JSON.parse(readFileSync(path.join(t.extensionDir, 'manifest.json'), 'utf8'));

export const tests = [
  {
    name: "the built manifest asks only for storage, the context menu, activeTab and (Chromium) scripting or (Firefox) the PDF viewer's hosts, each with its reason and no new install warning, and loosens no security policy",
    async run(t) {
      const manifest = builtManifest(t);
      assert.equal(manifest.manifest_version, t.browserName === 'chromium' ? 3 : 2);
      // Firefox MV2 lists host patterns among permissions: the PDF viewer's two, nothing else.
      const permissions = [...(manifest.permissions ?? [])].sort();
      assert.deepEqual(permissions, ALLOWED_PERMISSIONS[t.browserName]);
      for (const permission of permissions) assert.ok(WHY[permission], `no reason given for ${permission}`);
      if (t.browserName === 'chromium') {
        // `scripting`, `activeTab` and the hosts must add no install warning: Chromium's own warnings,
        // with and without them.
        const without = {
          ...manifest,
          permissions: permissions.filter((p) => p !== 'scripting' && p !== 'activeTab'),
        };
        delete without.host_permissions;
        const warnings = await t.extensionEval(
          async (withIt, withoutIt) => {
            const warn = (m) => chrome.management.getPermissionWarningsByManifest(JSON.stringify(m));
            return { withIt: await warn(withIt), withoutIt: await warn(withoutIt) };
          },
          manifest,
          without,
        );
        assert.ok(warnings.withIt.length > 0, 'Chromium reported no warning at all: the check reads nothing');
        assert.deepEqual(warnings.withIt, warnings.withoutIt);
      }
      assert.deepEqual(manifest.host_permissions, HOST_PERMISSIONS[t.browserName]);
      for (const key of ['optional_permissions', 'optional_host_permissions']) {
        assert.equal(manifest[key], undefined, `the manifest has ${key}`);
      }
      assert.equal(
        manifest.content_security_policy,
        undefined,
        'the manifest sets a content security policy',
      );
      assert.equal(manifest.externally_connectable, undefined);
      // A lazily loaded script chunk may be reachable from pages; no MagLens page or data may be.
      const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
        typeof entry === 'string' ? [entry] : entry.resources,
      );
      for (const file of exposed) assert.match(file, /\.(js|css)$/, `pages can load ${file}`);
    },
  },
  {
    name: 'the built manifest declares keyboard commands for the card and for the next and previous marked term',
    async run(t) {
      const { commands } = builtManifest(t);
      const keys = Object.fromEntries(
        Object.entries(commands).map(([name, command]) => [name, command.suggested_key?.default]),
      );
      assert.deepEqual(keys, {
        'open-card': 'Alt+Shift+M',
        'next-term': 'Alt+Shift+Period',
        'previous-term': 'Alt+Shift+Comma',
      });
      // Chrome takes at most four suggested keys; each command says what it does.
      assert.ok(Object.values(keys).filter(Boolean).length <= 4);
      for (const [name, command] of Object.entries(commands)) assert.ok(command.description, name);
    },
  },
  {
    name: 'the built manifest runs the content script everywhere and names files that are in the build',
    async run(t) {
      const manifest = builtManifest(t);
      const [script] = manifest.content_scripts ?? [];
      assert.deepEqual(script?.matches, ['<all_urls>']);
      assert.equal(script.all_frames, true);
      const files = [
        ...script.js,
        ...Object.values(manifest.icons ?? {}),
        manifest.action?.default_popup ?? manifest.browser_action?.default_popup,
        manifest.options_ui?.page,
        manifest.background?.service_worker ?? manifest.background?.scripts?.[0],
      ];
      for (const file of files) {
        assert.ok(file && existsSync(path.join(t.extensionDir, file)), `${file} is not in the build`);
      }
      if (t.browserName === 'firefox') {
        const { gecko } = manifest.browser_specific_settings;
        assert.equal(gecko.id, 'maglens@example.org');
        assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
        // Firefox for Android installs it too, from the first version that reads data_collection_permissions.
        assert.deepEqual(manifest.browser_specific_settings.gecko_android, { strict_min_version: '142.0' });
      }
    },
  },
];

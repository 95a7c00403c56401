// What the BUILT extension asks the browser for: the manifest.json that ships, for the browser under test
// (chrome-mv3 in Chromium, firefox-mv2 in Firefox). Any new permission must be a deliberate change here,
// with a reason a reviewer can weigh.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ALLOWED_PERMISSIONS = ['contextMenus', 'storage'];

const builtManifest = (t) => JSON.parse(readFileSync(path.join(t.extensionDir, 'manifest.json'), 'utf8'));

export const tests = [
  {
    name: 'the built manifest asks only for storage and the context menu, and loosens no security policy',
    async run(t) {
      const manifest = builtManifest(t);
      assert.equal(manifest.manifest_version, t.browserName === 'chromium' ? 3 : 2);
      // Firefox MV2 lists host patterns among permissions; MagLens has none there either.
      assert.deepEqual([...(manifest.permissions ?? [])].sort(), ALLOWED_PERMISSIONS);
      for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) {
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

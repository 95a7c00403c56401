// Where a cold scan's time goes: one page load, one bare walk, then the real scan under the CDP
// sampling profiler, summarised by self time per function (profile saved to /tmp/perf/<page>.cpuprofile).
// Usage: node tests/bench/profile.mjs [page name without .html] [--top N]
//   NOPROF=1  no profiler: print the walk and scan stats only (busyMs = time spent working)
//   WARM=1    also run the scan twice more in the same page (cold vs warm code)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pagesDir = path.resolve(root, '../shared/pages');
const only = process.argv[2] ?? 'guardian';
const top = Number(process.argv[process.argv.indexOf('--top') + 1] || 25);
const rootAlias = {
  name: 'root-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, async (a) =>
      b.resolve(`./${a.path.slice(2)}`, { resolveDir: root, kind: a.kind }),
    );
  },
};
const bundle = async (entry, options) =>
  (
    await build({
      entryPoints: [path.join(root, entry)],
      bundle: true,
      write: false,
      plugins: [rootAlias],
      logLevel: 'silent',
      ...options,
    })
  ).outputFiles[0].text;

const code = await bundle('tests/bench/bench-entry.ts', { format: 'iife', target: 'es2022' });
const dsCode = await bundle('build/dataset/content-dataset.ts', {
  platform: 'node',
  format: 'esm',
  packages: 'external',
});
const file = path.join(root, 'node_modules/.cache/maglens-profile-dataset.mjs');
mkdirSync(path.dirname(file), { recursive: true });
mkdirSync('/tmp/perf', { recursive: true });
writeFileSync(file, dsCode);
const { loadContentDataset } = await import(file);
const shipped = loadContentDataset(root);

const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
  const f = path.join(pagesDir, path.basename(name));
  if (!existsSync(f)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(f, 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(base) ? r.continue() : r.abort()));
  await page.goto(`${base}/${only}.html`, { waitUntil: 'load' });
  await page.evaluate(code);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const walk = await page.evaluate(() => window.maglensBench.walk());
  if (!process.env.NOPROF) await cdp.send('Profiler.start');
  const index = await page.evaluate((d) => window.maglensBench.index(d), shipped);
  const scan = { ...index, ...(await page.evaluate(() => window.maglensBench.scan())) };
  if (process.env.WARM) {
    const again = await page.evaluate(() => window.maglensBench.scan());
    const again2 = await page.evaluate(() => window.maglensBench.scan());
    console.log(
      JSON.stringify({ walk: walk.walkMs, cold: scan.scanMs, warm: again.scanMs, warm2: again2.scanMs }),
    );
    process.exit(0);
  }
  if (process.env.NOPROF) {
    console.log(JSON.stringify({ walk, scan }));
    process.exit(0);
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify({ walk, scan }));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url ? `L${n.callFrame.lineNumber}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, v] of rows) console.log(v.toFixed(2).padStart(8), k);
  writeFileSync(`/tmp/perf/${only}.cpuprofile`, JSON.stringify(profile));
} finally {
  await browser.close();
  server.close();
}

// npm run bench: the page-scanner benchmark (bench.mjs), then notes at scale (notes-bench.mjs), then the PDF
// viewer at scale (pdf-bench.mjs), each given the same options (--json, --runs, …; each ignores the ones that
// are not its own). `--pdf-only` runs the PDF benchmark alone.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const scripts = args.includes('--pdf-only')
  ? ['pdf-bench.mjs']
  : ['bench.mjs', 'notes-bench.mjs', 'pdf-bench.mjs'];
for (const script of scripts) {
  const { status } = spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

// npm run bench: the page-scanner benchmark (bench.mjs), then notes at scale (notes-bench.mjs), each given
// the same options (--json, --runs, …; each ignores the ones that are not its own).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
for (const script of ['bench.mjs', 'notes-bench.mjs']) {
  const { status } = spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

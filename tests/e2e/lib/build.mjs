// Builds the extension for the browsers under test, into $MAGLENS_OUT_DIR (default .output).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const TARGET_DIR = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

export function outDir(repoRoot) {
  return path.resolve(repoRoot, process.env.MAGLENS_OUT_DIR ?? '.output');
}

export function extensionDir(repoRoot, browserName) {
  return path.join(outDir(repoRoot), TARGET_DIR[browserName]);
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

/** Runs `wxt build` (and `wxt build -b firefox`) one after the other: the machine has two cores. */
export async function buildExtension(repoRoot, browsers) {
  const wxt = path.join(repoRoot, 'node_modules', '.bin', 'wxt');
  for (const browserName of browsers) {
    const started = Date.now();
    const args = browserName === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
    await run(wxt, args, repoRoot);
    const dir = extensionDir(repoRoot, browserName);
    console.log(`built ${path.relative(repoRoot, dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** With --no-build: fails early, and clearly, when there is nothing to reuse. */
export function checkBuilt(repoRoot, browsers) {
  for (const browserName of browsers) {
    const manifest = path.join(extensionDir(repoRoot, browserName), 'manifest.json');
    if (!existsSync(manifest)) {
      throw new Error(`--no-build: ${path.relative(repoRoot, manifest)} does not exist; build first.`);
    }
  }
}

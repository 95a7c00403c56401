// A static file server on 127.0.0.1 (random port) for the test fixtures and, for the corpus run, the shared pages.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Resolves a URL path inside one of the mounted folders, refusing anything that escapes it.
 * @returns {{file: string, headers: Record<string, string>} | null}
 */
export function resolveFile(mounts, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  for (const [prefix, dir, headers = {}] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${path.posix.normalize(`/${decoded.slice(prefix.length)}`)}`);
    if (file === dir || file.startsWith(dir + path.sep)) return { file, headers };
  }
  return null;
}

/**
 * @param {Array<[string, string, Record<string, string>?]>} mounts URL prefix → folder (→ extra response
 *   headers), e.g. [['/shared-pages/', dir, {'content-security-policy': "script-src 'none'"}], ['/', fixtures]]
 * @returns {Promise<{origin: string, port: number, requests: string[], close(): Promise<void>}>}
 */
export async function startServer(mounts) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const found = resolveFile(mounts, pathname);
    let file = found?.file;
    try {
      if (file && (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...found.headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

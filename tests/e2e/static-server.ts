/**
 * A minimal static host for the browser tests: serves a folder the way a
 * plain web server does (index.html for a directory URL, 404.html with status
 * 404) and adds the headers of the site's `_headers` file, so that pages are
 * tested under the Content-Security-Policy they ship with.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** The headers of the `/*` block of a `_headers` file. */
function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (inBlock && match) headers[match[1]!] = match[2]!.trim();
  }
  return headers;
}

export interface StaticHost {
  origin: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Serves `root`; the site (with its _headers and 404.html) is `root` + `base`,
 * so that a sub-path deployment can be served as it would be on a host.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticHost> {
  const site = join(root, base);
  const headers = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(site, '404.html'));
    response.writeHead(found ? 200 : 404, {
      ...headers,
      'Content-Type': TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the static host did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    headers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

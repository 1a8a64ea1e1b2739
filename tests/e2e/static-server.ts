/**
 * A minimal static host for the browser tests: serves a folder the way a
 * plain web server does (index.html for a directory URL, 404.html with status
 * 404) and adds the headers of the site's `_headers` file as Cloudflare Pages
 * applies them (every rule whose path matches; a header that two rules set is
 * sent with both values joined by a comma), so that pages are tested under
 * the Content-Security-Policy they ship with.
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

interface HeaderRule {
  path: RegExp;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path (`*` matches anything, also `/`) and its indented headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'));
      rules.push({ path: new RegExp(`^${pattern.join('.*')}$`), headers: [] });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (match) rules.at(-1)?.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** The headers of every rule that matches `path`, a header that several rules set joined by a comma. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.path.test(path))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export interface StaticHost {
  origin: string;
  /** The headers of the site's front page. */
  headers: Record<string, string>;
  /** The headers of a path (below the root, with its leading slash). */
  headersOf(path: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * Serves `root`; the site (with its _headers and 404.html) is `root` + `base`,
 * so that a sub-path deployment can be served as it would be on a host.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticHost> {
  const site = join(root, base);
  const rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(site, '404.html'));
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, path),
      'Content-Type': TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the static host did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    headers: headersFor(rules, base),
    headersOf: (path) => headersFor(rules, path),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

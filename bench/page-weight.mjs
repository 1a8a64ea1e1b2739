// Page weight per page type of the real site: HTML, CSS and JavaScript a
// reader's browser loads (raw and compressed), and the number of requests,
// read from dist/. Figures only: no pass or fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = 'dist';

export const PAGE_TYPES = [
  ['Startseite', 'index.html'],
  ['Artikel', 'artikel/kasachstan-unklarer-als-gedacht/index.html'],
  ['Zeitleiste', 'zeitleiste/index.html'],
  ['Karte', 'karte/index.html'],
  ['Akteur', 'akteure/serdjukow/index.html'],
  ['Ort', 'orte/flughafen-almaty/index.html'],
  ['Akteure (Index)', 'akteure/index.html'],
];

const size = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Files a page loads: itself, stylesheets, scripts (with their static and dynamic imports, and the
 * stylesheets a script links), the data the map script fetches, the icon.
 */
export function pageFiles(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const files = new Map([[page, 'HTML']]);
  const add = (href, kind) => {
    const path = href.replace(/^\/+/, '');
    if (!files.has(path) && existsSync(join(DIST, path))) files.set(path, kind);
  };
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) add(href, 'CSS');
  for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) add(href, 'CSS');
  for (const [, href] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) add(href, 'JS');
  for (const [, href] of html.matchAll(/<link[^>]+rel="icon"[^>]*href="([^"]+)"/g)) add(href, 'Icon');
  for (const [, href] of html.matchAll(/data-(?:basemap|places)="([^"]+)"/g)) add(href, 'Daten');
  // Imports inside the bundled modules (Astro splits shared code into chunks; the map loads its
  // script with import() after the first paint), and the stylesheets a module links itself.
  const scripts = [...files].filter(([, kind]) => kind === 'JS').map(([path]) => path);
  for (const path of scripts) {
    const js = readFileSync(join(DIST, path), 'utf8');
    for (const [, rel] of js.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      const chunk = join(path, '..', rel);
      if (!files.has(chunk) && existsSync(join(DIST, chunk))) scripts.push(chunk);
      add(chunk, 'JS');
    }
    for (const [, href] of js.matchAll(/["'`](\/[^"'`]+\.css)["'`]/g)) add(href, 'CSS');
  }
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('');
  return { files, inlineScriptBytes: Buffer.byteLength(inlineScripts) };
}

export function pageWeights() {
  return PAGE_TYPES.filter(([, page]) => existsSync(join(DIST, page))).map(([name, page]) => {
    const { files, inlineScriptBytes } = pageFiles(page);
    const totals = {};
    for (const [path, kind] of files) {
      const s = size(readFileSync(join(DIST, path)));
      totals[kind] ??= { raw: 0, gzip: 0, brotli: 0 };
      for (const key of ['raw', 'gzip', 'brotli']) totals[kind][key] += s[key];
    }
    return { name, page, requests: files.size, totals, inlineScriptBytes };
  });
}

const kb = (n) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)}`).padStart(7);

export function printPageWeights() {
  console.log('Page weight per page type (KB raw / gzip; requests = files the browser loads)');
  console.log(
    `  ${'Seite'.padEnd(16)} ${'HTML'.padStart(15)} ${'CSS'.padStart(15)} ${'JS'.padStart(15)} ${'Daten'.padStart(15)}  Req.`,
  );
  for (const row of pageWeights()) {
    const cell = (kind) => `${kb(row.totals[kind]?.raw)}/${kb(row.totals[kind]?.gzip)}`;
    console.log(
      `  ${row.name.padEnd(16)} ${cell('HTML')} ${cell('CSS')} ${cell('JS')} ${cell('Daten')}  ${String(row.requests).padStart(4)}` +
        (row.inlineScriptBytes ? `  (+${row.inlineScriptBytes} B inline script)` : ''),
    );
  }
}

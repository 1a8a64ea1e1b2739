// The map page's weight: every file a reader's browser loads for /karte/
// (HTML, CSS, JavaScript, data), raw and compressed (gzip and Brotli), read
// from dist/. Figures only: no pass or fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = 'dist';
const PAGE = join(DIST, 'karte', 'index.html');

export function mapWeight() {
  if (!existsSync(PAGE)) throw new Error('dist/karte/index.html is missing: run `npm run build` first');
  const html = readFileSync(PAGE, 'utf8');
  const files = [{ kind: 'HTML', path: PAGE }];
  for (const [, href] of html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:css|js))"/g)) {
    files.push({ kind: href.endsWith('.css') ? 'CSS' : 'JS', path: join(DIST, href.replace(/^\/+/, '')) });
  }
  // Loaded by the map script once it runs.
  for (const [, href] of html.matchAll(/data-basemap="([^"]+)"/g)) {
    files.push({ kind: 'Daten', path: join(DIST, href.replace(/^\/+/, '')) });
  }
  const rows = files.map(({ kind, path }) => {
    const bytes = readFileSync(path);
    return {
      kind,
      file: path.slice(DIST.length + 1),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

export function printMapWeight() {
  const rows = mapWeight();
  console.log('Map page /karte/: transfer per file (raw · gzip · brotli)');
  for (const r of rows) console.log(`  ${r.kind.padEnd(5)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.file}`);
  const sum = (key, kind) => rows.filter((r) => !kind || r.kind === kind).reduce((s, r) => s + r[key], 0);
  for (const kind of ['HTML', 'CSS', 'JS', 'Daten']) {
    console.log(
      `  ${('= ' + kind).padEnd(7)}${kb(sum('raw', kind))} ${kb(sum('gzip', kind))} ${kb(sum('brotli', kind))}`,
    );
  }
  console.log(`  Total  ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
  const geojson = join(DIST, 'daten', 'orte.geojson');
  if (existsSync(geojson)) {
    const bytes = readFileSync(geojson);
    console.log(
      `  (download, not loaded by the page: daten/orte.geojson ${kb(bytes.length)} ${kb(gzipSync(bytes).length)})`,
    );
  }
}

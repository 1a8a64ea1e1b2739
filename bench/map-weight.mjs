// The map page's weight: every file a reader's browser loads for /karte/
// (HTML, CSS, JavaScript, data), raw and compressed (gzip and Brotli), read
// from dist/. Figures only: no pass or fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageFiles } from './page-weight.mjs';

const DIST = 'dist';
const PAGE = 'karte/index.html';

export function mapWeight() {
  if (!existsSync(join(DIST, PAGE))) throw new Error('dist/karte/index.html is missing: run `npm run build` first');
  // The same files as the page-weight table counts (page-weight.mjs), one row each.
  return [...pageFiles(PAGE).files]
    .filter(([, kind]) => kind !== 'Icon')
    .map(([file, kind]) => {
      const bytes = readFileSync(join(DIST, file));
      return {
        kind,
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
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

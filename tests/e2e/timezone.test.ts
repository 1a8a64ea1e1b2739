/**
 * Reproducible output: two clean builds (each with an empty cache of its
 * own), under a far-east and a far-west time zone, give byte-identical dist/
 * folders, every file included (pages, data, preview images, search index).
 * Calendar dates thus do not depend on the machine's time zone either.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './build.ts';

function cleanBuild(tz: string): { outDir: string; cacheDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), `lagebild-${tz.replace('/', '-')}-`));
  const cacheDir = mkdtempSync(join(tmpdir(), 'lagebild-cache-'));
  buildSite(outDir, { TZ: tz, LAGEBILD_CACHE_DIR: cacheDir });
  return { outDir, cacheDir };
}

/** Every file below dir, with the SHA-256 of its bytes. */
function fileHashes(dir: string, root = dir): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(hashes, fileHashes(path, root));
    else hashes[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

describe('reproducible builds', () => {
  it('two clean builds under TZ=Pacific/Kiritimati and TZ=America/Adak give identical files', () => {
    const east = cleanBuild('Pacific/Kiritimati');
    const west = cleanBuild('America/Adak');
    try {
      const a = fileHashes(east.outDir);
      const b = fileHashes(west.outDir);
      const files = Object.keys(a);
      expect(files).toEqual(
        expect.arrayContaining([
          'index.html',
          'zeitleiste/index.html',
          'artikel/kasachstan-unklarer-als-gedacht/index.html',
          'daten/zeitleiste.ics',
          'og/startseite.png',
          'sitemap-index.xml',
          'rss.xml',
          'pagefind/pagefind.js',
        ]),
      );
      expect(Object.keys(b)).toEqual(files);
      const differing = files.filter((file) => a[file] !== b[file]);
      expect(differing, 'files that differ between the two builds').toEqual([]);
      expect(readFileSync(join(east.outDir, 'zeitleiste/index.html'), 'utf8')).toContain('Dienstag, 11. Januar 2022');
    } finally {
      for (const dir of [east.outDir, east.cacheDir, west.outDir, west.cacheDir]) {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 240_000);
});

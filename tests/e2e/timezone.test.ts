/**
 * Reproducible output: the site's build (dist/, which `npm test` and the
 * browser tests' setup build under TZ=Pacific/Kiritimati, UTC+14) and a clean
 * build with an empty cache of its own under TZ=America/Adak (UTC−10) give
 * byte-identical folders, every file included (pages, data, preview images,
 * search index). Calendar dates thus depend neither on the machine's time
 * zone nor on what the cache of the first build held.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/analysis/read-content.ts';
import { formatDay } from '../../src/lib/format/dates.ts';
import { buildSite, ROOT } from './build.ts';

const DIST = join(ROOT, 'dist');

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
  it('the site built under TZ=Pacific/Kiritimati and a clean build under TZ=America/Adak give identical files', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lagebild-America-Adak-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'lagebild-cache-'));
    try {
      buildSite(outDir, { TZ: 'America/Adak', LAGEBILD_CACHE_DIR: cacheDir });
      const east = fileHashes(DIST);
      const west = fileHashes(outDir);
      const files = Object.keys(east);
      const content = readContent(join(ROOT, 'content'), ROOT);
      expect(files).toEqual(
        expect.arrayContaining([
          'index.html',
          'zeitleiste/index.html',
          ...content.articles.map((a) => `artikel/${a.slug}/index.html`),
          'daten/zeitleiste.ics',
          'og/startseite.png',
          'sitemap-index.xml',
          'rss.xml',
          'pagefind/pagefind.js',
        ]),
      );
      expect(Object.keys(west)).toEqual(files);
      const differing = files.filter((file) => east[file] !== west[file]);
      expect(differing, 'files that differ between the two builds').toEqual([]);
      // Each event dated to a day shows that day (a shifted date would be the same in both builds).
      const days = [...content.registries.events.values()].filter(
        (e) =>
          /^\d{4}-\d{2}-\d{2}$/.test(e.data.date) && ['day', 'part-of-day', undefined].includes(e.data.timePrecision),
      );
      expect(days.length).toBeGreaterThan(0);
      // Where each event lives: its own page, or its entry in its article (eventHome).
      const addresses: Record<string, string> = JSON.parse(
        readFileSync(join(DIST, 'daten', 'ereignis-adressen.json'), 'utf8'),
      );
      const shown = days.filter((event) => addresses[event.id]);
      expect(shown.length).toBeGreaterThan(0);
      for (const event of shown) {
        const [path, anchor] = addresses[event.id]!.slice(1).split('#');
        const page = readFileSync(join(DIST, path!, 'index.html'), 'utf8');
        const at = anchor ? page.indexOf(`id="${anchor}"`) : 0;
        expect(at, event.id).toBeGreaterThanOrEqual(0);
        expect(page.slice(at, page.indexOf('</li>', at)), event.id).toContain(formatDay(event.data.date, 'medium'));
      }
    } finally {
      for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

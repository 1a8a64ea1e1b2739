/**
 * Calendar dates do not depend on the machine's time zone: the built HTML
 * of the timeline and the article is byte-identical under a far-west and a
 * far-east zone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGES = ['zeitleiste/index.html', 'artikel/kasachstan-unklarer-als-gedacht/index.html', 'daten/zeitleiste.ics'];

function buildUnder(tz: string): string {
  const outDir = mkdtempSync(join(tmpdir(), `lagebild-${tz.replace('/', '-')}-`));
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build under TZ=${tz} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

describe('time zones', () => {
  it('builds byte-identical pages under TZ=Pacific/Kiritimati and TZ=America/Adak', () => {
    const east = buildUnder('Pacific/Kiritimati');
    const west = buildUnder('America/Adak');
    try {
      for (const page of PAGES) {
        const a = readFileSync(join(east, page), 'utf8');
        const b = readFileSync(join(west, page), 'utf8');
        expect(a.length, page).toBeGreaterThan(1000);
        expect(a === b, `${page} differs between the time zones`).toBe(true);
      }
      expect(readFileSync(join(east, PAGES[0]!), 'utf8')).toContain('Dienstag, 11. Januar 2022');
    } finally {
      rmSync(east, { recursive: true, force: true });
      rmSync(west, { recursive: true, force: true });
    }
  }, 120_000);
});

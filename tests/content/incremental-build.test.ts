/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page
 * whose cacheKey did not change from the previous build. The keys
 * (src/lib/views/cache-keys.ts) must change with everything a page shows:
 * after one changed article, and after one changed registry entry, the
 * incremental build must write byte for byte the `dist/` of a clean build of
 * the same content. The project is copied to a scratch folder with the
 * multi-article fixture corpus; the incremental builds keep one cache, each
 * clean build starts from an empty one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'lagebild-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
  cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
const content = join(work, 'content');
cpSync(join(ROOT, 'tests', 'fixtures', 'corpus'), content, { recursive: true });

/** Vitest's own Vite variables would override the child build's base path and mode. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(name)),
);

/** Builds into `out`; returns the build's log. */
function build(cache: string, out: string): string {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out],
    {
      cwd: work,
      encoding: 'utf8',
      env: { ...env, LAGEBILD_CONTENT: content, LAGEBILD_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** Every file of a build, path → bytes. */
function files(dir: string): Map<string, Buffer> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

/** The files whose bytes differ (or that only one build has): none when the builds agree. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

/** Paths that the build copied from its cache instead of rendering them. */
const reused = (log: string): number => log.match(/\((cached|restored)\)/g)?.length ?? 0;

function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds »${from}«`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const incrementalCache = join(work, 'cache-incremental');
let run = 0;
/** The incremental build after a change, and a clean build of the same content. */
function incrementalAndClean(): { log: string; incremental: Map<string, Buffer>; clean: Map<string, Buffer> } {
  run += 1;
  const log = build(incrementalCache, join(work, `incremental-${run}`));
  build(join(work, `cache-clean-${run}`), join(work, `clean-${run}`));
  return { log, incremental: files(join(work, `incremental-${run}`)), clean: files(join(work, `clean-${run}`)) };
}

describe('the incremental build', () => {
  it('writes what a clean build writes after one changed article', { timeout: 240_000 }, () => {
    const first = build(incrementalCache, join(work, 'first'));
    expect(reused(first), 'a first build has nothing to reuse').toBe(0);
    const before = files(join(work, 'first'));

    edit('articles/dritter-bericht.md', 'dek: Eine Woche später ist der Abzug abgeschlossen.', 'dek: Nach einer Woche ist der Abzug beendet.');
    const { log, incremental, clean } = incrementalAndClean();
    expect(differences(incremental, clean)).toEqual([]);
    // The change shows: the article's page differs from the first build's.
    expect(differences(before, clean)).toContain(join('artikel', 'dritter-bericht', 'index.html'));
    // And the pages that do not show the article were copied, not rendered again.
    expect(reused(log)).toBeGreaterThan(0);
    expect(log).not.toMatch(/artikel\/dritter-bericht\/index\.html.*\((cached|restored)\)/);
  });

  it('writes what a clean build writes after one changed registry entry', { timeout: 240_000 }, () => {
    edit('actors/serdjukow.yaml', 'role: Befehlshaber der Friedenstruppe', 'role: Kommandeur der Friedenstruppe');
    const { log, incremental, clean } = incrementalAndClean();
    expect(differences(incremental, clean)).toEqual([]);
    expect(reused(log)).toBeGreaterThan(0);
    expect(log).not.toMatch(/akteure\/serdjukow\/index\.html.*\((cached|restored)\)/);
  });

  it('writes what a clean build writes after a changed stylesheet: no page links a file the build no longer has', { timeout: 240_000 }, () => {
    // The map's stylesheet: only the map pages import it, but the site ships one stylesheet, whose name changes.
    const styles = join(work, 'src', 'styles', 'map.css');
    writeFileSync(styles, `${readFileSync(styles, 'utf8')}\n.incremental-test-rule {\n  color: inherit;\n}\n`);
    const { incremental, clean } = incrementalAndClean();
    expect(differences(incremental, clean)).toEqual([]);
  });
});

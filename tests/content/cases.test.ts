/**
 * Bad content fails the build with the file, the line, the field and what
 * was expected, and nothing else (no stack trace). tests/content/base is a
 * small valid content folder (articles and registries); each folder under
 * tests/content/cases changes one thing of it: its files replace or join the
 * base's (delete.txt lists base files it removes), and expected.txt holds
 * the lines the error must contain. Each case runs the real content layer
 * (`astro sync`) in its own cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = join(import.meta.dirname, 'base');
const CASES = join(import.meta.dirname, 'cases');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'lagebild-cases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base content with the case's files laid over it. */
function contentFor(name: string): string {
  const dir = join(work, name);
  cpSync(BASE, dir, { recursive: true });
  const caseDir = join(CASES, name);
  for (const entry of readdirSync(caseDir)) {
    if (entry === 'expected.txt' || entry === 'delete.txt') continue;
    cpSync(join(caseDir, entry), join(dir, entry), { recursive: true });
  }
  const deletions = join(caseDir, 'delete.txt');
  if (existsSync(deletions)) {
    for (const path of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, path));
  }
  return dir;
}

function sync(contentDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, 'sync'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      LAGEBILD_CONTENT: relative(ROOT, contentDir),
      LAGEBILD_CACHE_DIR: join(contentDir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('bad content fails the build with a clear error', () => {
  for (const name of readdirSync(CASES).sort()) {
    const expected = readFileSync(join(CASES, name, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    if (name === 'valid') {
      it('the base content builds (so each other case fails for its one change)', () => {
        const { status, output } = sync(contentFor(name));
        expect(status, output).toBe(0);
      });
      continue;
    }
    it(`${name}: fails naming ${expected.slice(1).join(' | ')}`, () => {
      expect(expected.length, 'expected.txt names the file and at least one message').toBeGreaterThan(1);
      const { status, output } = sync(contentFor(name));
      expect(status, output).not.toBe(0);
      for (const line of expected) expect(output).toContain(line);
      // The editor's message only: no stack trace into Lagebild's or Astro's code.
      expect(output, output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    });
  }
});

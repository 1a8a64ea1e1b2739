/**
 * Bad content fails the build with the file, the field and what was expected.
 * Each folder under tests/content/cases holds one article.md (the valid case
 * changed in one place) and expected.txt: the lines the error must contain.
 * Each case runs the real content layer (`astro sync`) in its own cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CASES = join(import.meta.dirname, 'cases');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

function sync(contentDir: string): { status: number | null; output: string } {
  const cache = mkdtempSync(join(tmpdir(), 'lagebild-content-'));
  try {
    const result = spawnSync(process.execPath, [ASTRO, 'sync'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        LAGEBILD_CONTENT: relative(ROOT, contentDir),
        LAGEBILD_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

describe('bad content fails the build with a clear error', () => {
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    if (name === 'valid') {
      it('the valid case builds (so each other case fails for its one change)', () => {
        const { status, output } = sync(dir);
        expect(status, output).toBe(0);
      });
      continue;
    }
    it(`${name}: fails naming ${expected.slice(1).join(' | ')}`, () => {
      expect(expected.length, 'expected.txt names the file and at least one message').toBeGreaterThan(1);
      const { status, output } = sync(dir);
      expect(status, output).not.toBe(0);
      for (const line of expected) expect(output).toContain(line);
    });
  }
});

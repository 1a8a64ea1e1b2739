/**
 * Bad content fails the build with the file, the line, the field and what
 * was expected, and nothing else (no stack trace). Each case of
 * tests/content/cases (the base content with one change, see
 * case-folders.ts) runs through the loaders of src/content.config.ts
 * in-process (content-layer.ts). A few cases also run through the real
 * content layer (`astro sync`), which must print exactly the in-process
 * message: that keeps the in-process runner honest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNames, expectedLines, writeCase } from './case-folders.ts';
import { contentLayer, type LoadResult } from './content-layer.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'lagebild-cases-'));
/** The one content folder the in-process layer reads; each case rewrites it. */
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base, one schema error of an article and one check across two articles, end to end. */
const SMOKE = new Set(['valid', 'misspelled-field', 'two-articles-one-event-two-dates']);

let load: () => Promise<LoadResult>;
// Importing the content config and the Markdown pipeline takes a few seconds.
beforeAll(async () => {
  load = await contentLayer(content);
}, 60_000);

function sync(contentDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, 'sync'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      LAGEBILD_CONTENT: relative(ROOT, contentDir),
      LAGEBILD_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('bad content fails the build with a clear error', () => {
  for (const name of caseNames()) {
    const expected = expectedLines(name);
    if (name === 'valid') {
      it('the base content loads, every article analysed and rendered (so each other case fails for its one change)', async () => {
        writeCase(name, content);
        const result = await load();
        expect(result.ok, result.ok ? '' : result.message).toBe(true);
        const articles = result.ok ? result.entries['articles']! : [];
        expect(articles.length).toBeGreaterThan(0);
        for (const article of articles) expect(article.rendered?.html, article.id).toContain('id="absatz-1"');
      });
    } else {
      it(`${name}: fails naming ${expected.slice(1).join(' | ')}`, async () => {
        expect(expected.length, 'expected.txt names the file and at least one message').toBeGreaterThan(1);
        writeCase(name, content);
        const result = await load();
        expect(result.ok, `${name} loaded without an error`).toBe(false);
        const message = result.ok ? '' : result.message;
        for (const line of expected) expect(message).toContain(line);
        // The editor's message only: no stack trace into Lagebild's or Astro's code.
        expect(message, message).not.toMatch(STACK_LINE);
      });
    }
  }
});

describe('astro sync prints what the in-process content layer finds', () => {
  for (const name of caseNames().filter((n) => SMOKE.has(n))) {
    it(name, async () => {
      writeCase(name, content);
      const result = await load();
      const { status, output } = sync(content);
      if (result.ok) {
        expect(status, output).toBe(0);
      } else {
        expect(status, output).not.toBe(0);
        expect(output).toContain(result.message);
        expect(output, output).not.toMatch(STACK_LINE);
      }
    }, 120_000);
  }
});

/**
 * The editor's loop: `astro dev` shows a saved edit to an article, and to a
 * registry entry, without a restart; a broken file is reported in the
 * terminal with its file and line while the page keeps what it showed. The
 * content is a scratch copy of tests/content/base.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../e2e/build.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4393;
const base = `http://127.0.0.1:${PORT}/`;
const work = mkdtempSync(join(tmpdir(), 'lagebild-dev-'));
const content = join(work, 'content');
cpSync(join(ROOT, 'tests', 'content', 'base'), content, { recursive: true });

let server: ChildProcess;
let log = '';

/** The page's text (mentions are links: the words stand between tags) once `ok` holds for it, polled for at most `ms`. */
async function pageWhen(path: string, ok: (text: string) => boolean, ms = 30_000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    try {
      const response = await fetch(`${base}${path}`);
      const text = (await response.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      if (response.ok && ok(text)) return text;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not change within ${ms / 1000} s\n${log.slice(-3000)}`);
}

beforeAll(async () => {
  server = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    env: {
      ...shellEnv(),
      LAGEBILD_CONTENT: content,
      LAGEBILD_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk));
  await pageWhen('artikel/basis/', (html) => html.includes('Serdjukow schwieg dazu.'), 120_000);
}, 150_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows a saved edit to an article without a restart', async () => {
    appendFileSync(join(content, 'articles', 'basis.md'), '\nEin neuer Absatz nach dem Speichern.\n');
    await pageWhen('artikel/basis/', (html) => html.includes('Ein neuer Absatz nach dem Speichern.'));
  }, 40_000);

  it('shows a saved edit to a registry entry on its page', async () => {
    const file = join(content, 'actors', 'serdjukow.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Befehlshaber der Friedenstruppe', 'Befehlshaber der Truppe'));
    await pageWhen('akteure/serdjukow/', (html) => html.includes('Befehlshaber der Truppe'));
    // The article that names him shows the new role too (its analysis is resolved again, its text rendered anew).
    await pageWhen('artikel/basis/', (html) => html.includes('Befehlshaber der Truppe'));
  }, 40_000);

  it('reports a broken file with its file and line, and keeps the page as it was', async () => {
    const file = join(content, 'actors', 'tokajew.yaml');
    const before = readFileSync(file, 'utf8');
    appendFileSync(file, 'name: doppelt\n');
    const started = Date.now();
    while (!/tokajew\.yaml\n\s+line \d+: Map keys must be unique/.test(log) && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(log).toMatch(/tokajew\.yaml\n\s+line \d+: Map keys must be unique/);
    const html = await pageWhen('artikel/basis/', () => true);
    expect(html).toContain('Ein neuer Absatz nach dem Speichern.');
    // Fixed again: the site follows.
    writeFileSync(file, before.replace('aliases: [Tokajew]', 'aliases: [Tokajew, Toqajew]'));
    await pageWhen('akteure/tokajew/', (html) => html.includes('Toqajew'));
  }, 70_000);

  it('serves a renamed article at its new address and no longer at the old one', async () => {
    renameSync(join(content, 'articles', 'basis.md'), join(content, 'articles', 'basis-neu.md'));
    const html = await pageWhen('artikel/basis-neu/', (text) => text.includes('Serdjukow schwieg dazu.'));
    expect(html).toContain('Ein neuer Absatz nach dem Speichern.');
    expect((await fetch(`${base}artikel/basis/`)).status).toBe(404);
    const list = await (await fetch(`${base}artikel/`)).text();
    expect(list).toContain('/artikel/basis-neu/');
    expect(list).not.toContain('/artikel/basis/"');
  }, 40_000);
});

/**
 * Many articles: a generated corpus of 20 articles builds into one site in
 * which the home page lists them newest first, the timeline aggregates all
 * events with their article, and an actor shared by several articles is one
 * entity with mentions from each. Two articles that give one id different
 * facts fail the build, naming both files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, sharedActor } from '../../bench/generate-corpus.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'lagebild-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function astro(command: string[], content: string) {
  const result = spawnSync(process.execPath, [ASTRO, ...command], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      LAGEBILD_CONTENT: relative(ROOT, content),
      LAGEBILD_CACHE_DIR: join(work, `cache-${command[0]}-${Math.random().toString(36).slice(2)}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('a corpus of 20 generated articles', () => {
  const dist = join(work, 'dist');
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const content = generateCorpus(join(work, 'content'), 20);
    build = astro(['build', '--outDir', dist], content);
  }, 180_000);
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('lists all articles on the home page, newest first', () => {
    const home = page('index.html');
    const dates = [...home.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
    expect(dates).toHaveLength(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(readdirSync(join(dist, 'artikel')).filter((d) => d.startsWith('bericht-'))).toHaveLength(20);
  });

  it('aggregates every event on the timeline, each naming its article', () => {
    const timeline = page('zeitleiste/index.html');
    expect(timeline.match(/class="event event--/g)).toHaveLength(80);
    expect(timeline).toContain('Aus: <a href="/artikel/bericht-0007/">Synthetischer Bericht 7</a>');
    const json = JSON.parse(page('daten/ereignisse.json')) as { events: { article: { slug: string } }[] };
    expect(new Set(json.events.map((e) => e.article.slug)).size).toBe(20);
  });

  it('filters the timeline and the map by article, with plain links (no JavaScript needed)', () => {
    const timeline = page('zeitleiste/bericht-0003/index.html');
    expect(timeline.match(/class="event event--/g)).toHaveLength(4);
    expect(timeline).toContain('<h1>Zeitleiste: Synthetischer Bericht 3</h1>');
    const filter = /<nav class="article-filter"[\s\S]*?<\/nav>/.exec(timeline)![0];
    expect(filter.match(/<a /g)).toHaveLength(21);
    expect(filter).toMatch(/<a href="\/zeitleiste\/bericht-0003\/" aria-current="page">/);
    const map = page('karte/bericht-0003/index.html');
    expect(map.match(/<tr[^>]*id="ort-/g)).toHaveLength(3);
    expect(page('zeitleiste/index.html').match(/class="event event--/g)).toHaveLength(80);
  });

  it('merges an actor that several articles share into one page with mentions from each', () => {
    const shared = sharedActor(3);
    const actorPage = page(`akteure/${shared.id}/index.html`);
    const articles = new Set([...actorPage.matchAll(/in <a href="\/artikel\/(bericht-\d+)\/">/g)].map((m) => m[1]));
    expect(articles.size).toBeGreaterThan(1);
    const actors = JSON.parse(page('daten/akteure.json')) as { actors: { id: string; articles: unknown[] }[] };
    expect(actors.actors.filter((a) => a.id === shared.id)).toHaveLength(1);
    expect(actors.actors.find((a) => a.id === shared.id)!.articles.length).toBe(articles.size);
  });
});

describe('conflicting facts for one id', () => {
  it('fail the build with both file names', () => {
    const content = generateCorpus(join(work, 'conflict'), 12, { conflictIn: 11 });
    const { status, output } = astro(['sync'], content);
    expect(status).not.toBe(0);
    expect(output).toMatch(/place "[a-z-]+": kind is "city" in \S*bericht-\d{4}\.md but "region" in \S*bericht-0011\.md/);
    expect(output).toContain('expected the same kind for one place id in every article');
  });
});

/**
 * The multi-article fixture corpus (tests/fixtures/corpus: three articles
 * that share registered actors and places, report one event three times and
 * contradict each other across articles) builds into one site, and every
 * article body is parsed once in the whole build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'lagebild-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the multi-article fixture corpus', () => {
  const dist = join(work, 'dist');
  const parseLog = join(work, 'parses.log');
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        LAGEBILD_CONTENT: 'tests/fixtures/corpus',
        LAGEBILD_CACHE_DIR: join(work, 'cache'),
        LAGEBILD_PARSE_LOG: parseLog,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }, 180_000);
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('parses each article body exactly once in the whole build', () => {
    const parses = readFileSync(parseLog, 'utf8').split('\n').filter(Boolean).sort();
    expect(parses).toEqual(['dritter-bericht', 'erster-bericht', 'zweiter-bericht']);
  });

  it('shows one timeline entry per event, with the reporting history of every article', () => {
    const timeline = page('zeitleiste/index.html');
    expect(timeline.match(/id="ereignis-abzug-beginn"/g)).toHaveLength(1);
    const start = timeline.indexOf('id="ereignis-abzug-beginn"');
    const next = timeline.indexOf('<li class="event ', start);
    const entry = timeline.slice(timeline.lastIndexOf('<li', start), next < 0 ? undefined : next);
    // The latest report (19 January: the withdrawal began) gives the entry its status.
    expect(entry).toMatch(/^<li class="event event--reported"/);
    const history = text(/Verlauf der Berichte[\s\S]*?<\/ol>/.exec(entry)![0]);
    expect(history).toMatch(
      /Stand 12\. Januar 2022: angekündigt – Abzug angekündigt: Tokajew nennt ein Datum: .*Stand 14\. Januar 2022: umstritten – Widerspruch aus Moskau: .*Stand 19\. Januar 2022: berichtet – Die Truppe ist abgezogen/,
    );
    expect(entry).toContain('href="/artikel/zweiter-bericht/#beleg-ereignis-abzug-beginn"');
  });

  it("keeps each article's own view on its timeline page", () => {
    const own = page('zeitleiste/erster-bericht/index.html');
    const entry = /<li class="event event--(\w+)" id="ereignis-abzug-beginn">/.exec(own)!;
    expect(entry[1]).toBe('announced');
    expect(own).not.toContain('Verlauf der Berichte');
    expect(text(own)).toContain('Alle 2 Ereignisse, die der Artikel datiert, in zeitlicher Folge.');
  });

  it('exports each event once with all its reports, and claimed dates as ISO dates', () => {
    const json = JSON.parse(page('daten/ereignisse.json')) as {
      events: { id: string; status: string; reports: { article: { slug: string }; status: string }[] }[];
    };
    const event = json.events.filter((e) => e.id === 'abzug-beginn');
    expect(event).toHaveLength(1);
    expect(event[0]!.reports.map((r) => [r.article.slug, r.status])).toEqual([
      ['erster-bericht', 'announced'],
      ['zweiter-bericht', 'disputed'],
      ['dritter-bericht', 'reported'],
    ]);
    const claims = JSON.parse(page('daten/aussagen.json')) as { claims: { id: string; claimedDate: string | null }[] };
    expect(claims.claims.find((c) => c.id === 'tokajew-abzug-13')!.claimedDate).toBe('2022-01-13');
  });

  it('sets a claim against the claim of another article that it contradicts', () => {
    const first = text(page('artikel/erster-bericht/index.html'));
    expect(first).toContain('Die Truppe bleibe, bis ihre Aufgabe erfüllt sei.');
    const second = page('artikel/zweiter-bericht/index.html');
    expect(second).toContain('href="/artikel/erster-bericht/#beleg-aussage-tokajew-abzug-13"');
  });

  it('lists an entity’s events in date order, each naming its article, and its latest role', () => {
    const ovks = text(page('akteure/ovks/index.html'));
    const ankuendigung = ovks.indexOf('Tokajew kündigt den Abzug an');
    const beginn = ovks.indexOf('Beginn des Abzugs der Friedenstruppe');
    expect(ankuendigung).toBeGreaterThan(-1);
    expect(beginn).toBeGreaterThan(ankuendigung);
    expect(text(page('akteure/umarow/index.html'))).toContain('Informationsminister');
  });

  it('keeps mention sentences whole across German ordinal dates', () => {
    expect(text(page('akteure/ovks/index.html'))).toContain('Der Abzug der OVKS begann am 13. Januar.');
  });

  it('lists the newest article first, a month-only date standing for the day the text was written', () => {
    const home = text(page('index.html'));
    const order = ['Die Truppe ist abgezogen', 'Widerspruch aus Moskau', 'Abzug angekündigt: Tokajew nennt ein Datum'];
    const positions = order.map((title) => home.indexOf(title));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('counts in German on per-article pages', () => {
    expect(text(page('karte/dritter-bericht/index.html'))).toContain(
      'Der Artikel nennt 1 Ort; er steht nicht auf der Liste der von OVKS-Truppen bewachten Objekte.',
    );
  });

  it('marks a place as guarded when one article lists it so', () => {
    const geo = JSON.parse(page('daten/orte.geojson')) as {
      features: { properties: { id: string; guarded: boolean } }[];
    };
    expect(geo.features.find((f) => f.properties.id === 'almaty')!.properties.guarded).toBe(true);
    expect(geo.features.find((f) => f.properties.id === 'nur-sultan')!.properties.guarded).toBe(false);
  });
});

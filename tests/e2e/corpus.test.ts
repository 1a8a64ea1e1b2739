/**
 * The multi-article fixture corpus (tests/fixtures/corpus: articles that
 * share registered actors and places, report one event three times and
 * contradict each other across articles), built once like the site as part
 * of the fixture site (fixture-site.ts, shared with archive.test.ts): every
 * article body is parsed once in the whole build; the built pages and data
 * hold one timeline entry per event with its history, claims set against
 * each other across articles, and entities with their events; and in the
 * browser its pages at a phone and a desktop width, the reporting history of
 * an event and each report's link to its sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from './browser.ts';
import { areaLabel } from '../../src/lib/format/labels.ts';
import { exportedEvents } from './exported-events.ts';
import { contentOf, fixtureSite, parseLogOf } from './fixture-site.ts';

const site = fixtureSite();
const at = site.at;
const built = (path: string) => readFileSync(join(site.dist, path), 'utf8');
type ExportedEvent = { id: string; status: string; reports: { article: { slug: string }; status: string }[] };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the multi-article fixture corpus, built', () => {
  it('parses each article body exactly once in the whole build', () => {
    const parses = readFileSync(parseLogOf(site.work), 'utf8').split('\n').filter(Boolean).sort();
    const articles = readdirSync(join(contentOf(site.work), 'articles')).map((file) => basename(file, '.md'));
    expect(articles.length).toBeGreaterThan(1);
    expect(parses).toEqual(articles.sort());
  });

  it('shows one timeline entry per event, with the reporting history of every article', () => {
    // The month page holds the full entries; /zeitleiste/ is their index.
    const timeline = built('zeitleiste/2022-01/index.html');
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
    const own = built('zeitleiste/erster-bericht/index.html');
    // An index line per event, with the status as this article gives it, linking the full entry on its month page.
    const entry = /<li class="timeline-index__item" id="ereignis-abzug-beginn"[^>]*>[\s\S]*?status--(\w+)/.exec(own)!;
    expect(entry[1]).toBe('announced');
    expect(entry[0]).toContain('href="/zeitleiste/2022-01/#ereignis-abzug-beginn"');
    expect(own).not.toContain('Verlauf der Berichte');
    expect(text(own)).toContain('Alle 2 Ereignisse, die der Artikel datiert, in zeitlicher Folge.');
  });

  it('exports each event once with all its reports, and claimed dates as ISO dates', async () => {
    const events = await exportedEvents<ExportedEvent>(built);
    const event = events.filter((e) => e.id === 'abzug-beginn');
    expect(event).toHaveLength(1);
    expect(event[0]!.reports.map((r) => [r.article.slug, r.status])).toEqual([
      ['erster-bericht', 'announced'],
      ['zweiter-bericht', 'disputed'],
      ['dritter-bericht', 'reported'],
    ]);
    const index = JSON.parse(built('daten/aussagen.json')) as { count: number; parts: { url: string }[] };
    const claims = index.parts.flatMap(
      (part) =>
        (
          JSON.parse(built(new URL(part.url).pathname.slice(1))) as {
            claims: { id: string; claimedDate: string | null }[];
          }
        ).claims,
    );
    expect(claims).toHaveLength(index.count);
    expect(claims.find((c) => c.id === 'tokajew-abzug-13')!.claimedDate).toBe('2022-01-13');
  });

  it('gives an event that two articles of one day report one status on the timeline, its page, the entity pages and in the export', async () => {
    const event = (await exportedEvents<ExportedEvent>(built)).find((e) => e.id === 'abzug-ende')!;
    // »Rückblick« and »Zweifel am Abzug« were both written on 11 February, one reports the end, one doubts it.
    expect(event.reports.map((r) => r.status).sort()).toEqual(['disputed', 'reported']);
    // The last report in report order stands for the event.
    expect(event.status).toBe(event.reports.at(-1)!.status);
    const shown = (path: string, pattern: RegExp) => pattern.exec(built(path))?.[1];
    expect(shown('zeitleiste/2022-02/index.html', /<li class="event event--(\w+)" id="ereignis-abzug-ende">/)).toBe(
      event.status,
    );
    expect(shown('ereignisse/abzug-ende/index.html', /class="event-page event event--(\w+)"/)).toBe(event.status);
    const onEntityPage = /status--(\w+)">[^<]*<\/span> <a href="[^"]*#ereignis-abzug-ende"/;
    expect(shown('orte/kasachstan/index.html', onEntityPage)).toBe(event.status);
    expect(shown('akteure/ovks/index.html', onEntityPage)).toBe(event.status);
  });

  it('draws a country as its outline and names it so on the article, the map, the place page and in the data', () => {
    const outline = areaLabel({ kind: 'outline', of: 'country' })!;
    // The place's entry on each page: the article's list of places, the map's table, the place page's facts.
    const entry = (path: string, start: RegExp, end: string) => {
      const html = built(path);
      const from = html.search(start);
      expect(from, path).toBeGreaterThan(-1);
      return text(html.slice(from, html.indexOf(end, from)));
    };
    for (const shown of [
      entry('artikel/dritter-bericht/index.html', /<li class="entity" id="ort-kasachstan">/, '</li>'),
      entry('karte/index.html', /<tr id="ort-kasachstan"/, '</tr>'),
      entry('orte/kasachstan/index.html', /<dt>Genauigkeit/, '</dd>'),
    ]) {
      expect(shown).toContain(`(${outline})`);
      expect(shown).not.toContain('Umkreis');
    }
    const geo = JSON.parse(built('daten/orte.geojson')) as {
      features: { properties: { id: string; areaLabel: string | null; radiusKm: number | null } }[];
    };
    const country = geo.features.find((f) => f.properties.id === 'kasachstan')!.properties;
    expect([country.areaLabel, country.radiusKm]).toEqual([outline, null]);
    // The article's JSON-LD gives no circle for a country (its outline has no schema.org shape here).
    expect(built('artikel/dritter-bericht/index.html')).not.toContain('GeoCircle');
  });

  it('sets a claim against the claim of another article that it contradicts', () => {
    const first = text(built('artikel/erster-bericht/index.html'));
    expect(first).toContain('Die Truppe bleibe, bis ihre Aufgabe erfüllt sei.');
    const second = built('artikel/zweiter-bericht/index.html');
    expect(second).toContain('href="/artikel/erster-bericht/#beleg-aussage-tokajew-abzug-13"');
  });

  it('lists an entity’s events in date order, each naming its article, and its latest role', () => {
    const ovks = text(built('akteure/ovks/index.html'));
    const ankuendigung = ovks.indexOf('Tokajew kündigt den Abzug an');
    const beginn = ovks.indexOf('Beginn des Abzugs der Friedenstruppe');
    expect(ankuendigung).toBeGreaterThan(-1);
    expect(beginn).toBeGreaterThan(ankuendigung);
    expect(text(built('akteure/umarow/index.html'))).toContain('Informationsminister');
  });

  it('keeps mention sentences whole across German ordinal dates', () => {
    expect(text(built('akteure/ovks/index.html'))).toContain('Der Abzug der OVKS begann am 13. Januar.');
  });

  it('lists the newest article first, a month-only date standing for the day the text was written', () => {
    const home = text(built('index.html'));
    const order = ['Die Truppe ist abgezogen', 'Widerspruch aus Moskau', 'Abzug angekündigt: Tokajew nennt ein Datum'];
    const positions = order.map((title) => home.indexOf(title));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('counts in German on per-article pages', () => {
    expect(text(built('karte/dritter-bericht/index.html'))).toContain(
      'Der Artikel nennt 1 Ort; er steht nicht auf der Liste der von OVKS-Truppen bewachten Objekte.',
    );
  });

  it('marks a place as guarded when one article lists it so', () => {
    const geo = JSON.parse(built('daten/orte.geojson')) as {
      features: { properties: { id: string; guarded: boolean } }[];
    };
    expect(geo.features.find((f) => f.properties.id === 'almaty')!.properties.guarded).toBe(true);
    expect(geo.features.find((f) => f.properties.id === 'nur-sultan')!.properties.guarded).toBe(false);
  });
});

describe('the multi-article fixture corpus', () => {
  const pages = [
    '',
    'artikel/erster-bericht/',
    'artikel/zweiter-bericht/',
    'zeitleiste/',
    'zeitleiste/dritter-bericht/',
    'zeitleiste/2022-01/',
    'ereignisse/abzug-beginn/',
    'akteure/ovks/',
    'orte/almaty/',
    'karte/',
  ];
  for (const path of pages) {
    for (const width of [390, 1280]) {
      // The widths share the markup: axe checks each page once, at the phone width.
      it(`/${path} at ${width} px: no errors, no other hosts, no sideways scrolling${width === 390 ? ', no axe violations' : ''}`, async () => {
        const { context, page, problems } = await openPage(site.browser, { width, origin: site.origin });
        expect((await page.goto(at(path)))?.status()).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        if (width === 390) expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows one timeline entry for an event three articles report, with its history', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    // An old link to the overview opens the entry on its month page.
    await page.goto(at('zeitleiste/#ereignis-abzug-beginn'));
    await page.waitForURL(at('zeitleiste/2022-01/#ereignis-abzug-beginn'));
    const entry = page.locator('#ereignis-abzug-beginn');
    await expect(entry.count()).resolves.toBe(1);
    const history = entry.locator('.event__reports li');
    await expect(history.count()).resolves.toBe(3);
    await expect(history.nth(0).textContent()).resolves.toContain('angekündigt');
    await expect(history.nth(1).textContent()).resolves.toContain('umstritten');
    await expect(history.nth(2).textContent()).resolves.toContain('berichtet');
    await context.close();
  });

  it("shows the note on a designated outlet beside each citation of it and in the page's list of sources", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('orte/flughafen-almaty/'));
    // Cited short beside the fact, with the note; in full once at the end of the page, with the note.
    const citation = page.locator('.sources__list li', { hasText: 'Ein eingestuftes Portal, 12. Januar 2022' });
    await expect(citation.count()).resolves.toBeGreaterThan(0);
    for (const item of await citation.all()) {
      await expect(item.locator('.sources__designation').innerText()).resolves.toBe(
        'Hinweis: Testeinstufung eines Desinformationsportals',
      );
      await expect(item.locator('.sources__designation').isVisible()).resolves.toBe(true);
    }
    const entry = page.locator('.page-sources li', { hasText: 'Friedenstruppe bewacht den Flughafen' });
    await expect(entry.getAttribute('id')).resolves.toBe('quelle-relais-flughafen');
    await expect(entry.locator('.sources__designation').textContent()).resolves.toBe(
      'Hinweis: Testeinstufung eines Desinformationsportals',
    );
    await context.close();
  });

  it("shows beside an entry's places a small locator, linked to the map on its day; the outline once per page", async () => {
    const { context, page, problems } = await openPage(site.browser, {
      width: 390,
      origin: site.origin,
      javaScriptEnabled: false,
    });
    await page.goto(at('zeitleiste/2022-01/'));
    const locatorOf = (event: string) => page.locator(`#ereignis-${event} .event-locator`);
    // An exact site: a dot; a city known to its area: a circle; the country alone: no locator (it is the frame).
    const airport = locatorOf('flughafen-oeffnung');
    const city = locatorOf('abzug-ankuendigung');
    await expect(airport.count()).resolves.toBe(1);
    await expect(city.count()).resolves.toBe(1);
    await expect(locatorOf('abzug-beginn').count()).resolves.toBe(0);
    await expect(airport.getAttribute('aria-label')).resolves.toBe(
      'Lage von Flughafen Almaty auf der Karte, Stand 13. Januar 2022',
    );
    await expect(city.getAttribute('aria-label')).resolves.toBe(
      'Lage von Nur-Sultan auf der Karte, Stand 11. Januar 2022',
    );
    await expect(airport.locator('.event-locator__dot').count()).resolves.toBe(1);
    await expect(city.locator('.event-locator__area').count()).resolves.toBe(1);
    // Almaty lies south-east of Nur-Sultan: so do their marks.
    const centre = async (locator: typeof airport) => {
      const box = (await locator.locator('circle').boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const [a, n] = [await centre(airport), await centre(city)];
    expect(a.x).toBeGreaterThan(n.x);
    expect(a.y).toBeGreaterThan(n.y);
    // Beside the place line, not above it: the two share their height.
    const refs = (await page.locator('#ereignis-flughafen-oeffnung .event__refs').boundingBox())!;
    const mark = (await airport.boundingBox())!;
    expect(mark.y).toBeLessThan(refs.y + refs.height);
    expect(mark.y + mark.height).toBeGreaterThan(refs.y);
    expect(mark.width).toBeLessThanOrEqual(100);
    // The country's outline is in the page once; each locator refers to it and adds only its place.
    await expect(page.locator('symbol').count()).resolves.toBe(1);
    const outline = await page.locator('symbol').getAttribute('id');
    const uses = await page
      .locator('.event-locator use')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(uses).toEqual(Array.from({ length: await page.locator('.event-locator').count() }, () => `#${outline}`));
    await expect(page.locator('.timeline path').count()).resolves.toBe(0);
    // The link opens the map on that day at that place.
    await airport.click();
    await page.waitForURL(at('karte/?stand=2022-01-13#ort-flughafen-almaty'));
    await expect(page.locator('#ort-flughafen-almaty').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("opens the page's folded list of sources at the entry a citation links, with JavaScript and without", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await openPage(site.browser, { origin: site.origin, width: 390, javaScriptEnabled });
      await page.goto(at('orte/flughafen-almaty/'));
      const list = page.locator('.page-sources__details');
      await expect(list.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      const citation = page.locator('.sources__list li > a', { hasText: 'Ein eingestuftes Portal' }).first();
      await citation.click();
      await page.waitForURL(/#quelle-relais-flughafen$/);
      const entry = page.locator('#quelle-relais-flughafen');
      await expect(entry.isVisible()).resolves.toBe(true);
      // In view once the (smooth) scroll has ended.
      await expect
        .poll(() => entry.evaluate((li) => li.getBoundingClientRect().top), { timeout: 5000 })
        .toBeLessThan(900);
      await expect(entry.locator('a[href^="https://"]').first().textContent()).resolves.toContain(
        'Friedenstruppe bewacht den Flughafen',
      );
      await context.close();
    }
  });

  it('says beside a source without a date why none is known', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('orte/almaty/'));
    const item = page.locator('.page-sources li', { hasText: 'Testlexikon' }).first();
    await expect(item.locator('.sources__undated').textContent()).resolves.toBe(
      ', ohne Datum: Lexikonartikel, laufend überarbeitet; die Seite nennt kein Erscheinungsdatum',
    );
    await context.close();
  });

  it("opens each report's sentence in its article", async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    await page.goto(at('zeitleiste/2022-01/'));
    await page.locator('#ereignis-abzug-beginn .event__reports li').nth(1).getByRole('link').nth(1).click();
    await page.waitForURL(/\/artikel\/zweiter-bericht\/#beleg-ereignis-abzug-beginn$/);
    const target = page.locator('#beleg-ereignis-abzug-beginn');
    await expect(target.innerText()).resolves.toContain('Serdjukow sagte');
    await expect(target.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await context.close();
  });

  it("shows on an article's own map only the places that article names, like its table", async () => {
    const { context, page, problems } = await openPage(site.browser, { origin: site.origin });
    const shown = async (path: string) => {
      await page.goto(at(path));
      await page.waitForSelector('[data-live-map][data-ready="true"]');
      const places = (selector: string) =>
        page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['place']).sort());
      return { markers: await places('.leaflet-marker-pane .place-marker'), rows: await places('.place-row') };
    };
    const own = await shown('karte/zweiter-bericht/');
    expect(own.markers).toEqual(own.rows);
    expect(own.markers).toContain('flughafen-almaty');
    // Almaty and Nur-Sultan are named by the first report only.
    expect(own.markers).not.toContain('almaty');
    expect(own.markers).not.toContain('nur-sultan');
    const all = await shown('karte/');
    expect(all.markers).toEqual(all.rows);
    expect(all.markers).toEqual(expect.arrayContaining(['almaty', 'flughafen-almaty', 'nur-sultan']));
    expect(problems).toEqual([]);
    await context.close();
  });
});

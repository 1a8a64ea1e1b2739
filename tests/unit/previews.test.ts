import { timelinePages } from '../../src/lib/views/timeline-pages.ts';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entityIndex } from '../../src/lib/views/entity-model.ts';
import { eventPages, type EventPage } from '../../src/lib/views/event-page.ts';
import { eventLocator } from '../../src/lib/map/locator-map.ts';
import { headMeta } from '../../src/lib/publish/seo.ts';
import { previewSvg, renderPreview } from '../../src/lib/previews/preview-image.ts';
import {
  actorPages,
  placePages,
  previewPages,
  previewSources,
  sitePages,
  type PreviewInput,
  type PreviewPage,
} from '../../src/lib/previews/previews.ts';
import { timelineEvents } from '../../src/lib/views/timeline-model.ts';
import { previewImagePath } from '../../src/lib/format/urls.ts';
import { mapPlaces as geoMapPlaces } from '../../src/lib/map/geo.ts';
import { actor, locatorFor, place, testCorpus, TEST_SOURCE } from './helpers.ts';

/**
 * Two small articles that report the same event (the older announces it,
 * the newer reports it) and name the same places and actor.
 */
const corpus = testCorpus({
  actors: {
    tokajew: actor('Kassym-Schomart Tokajew', {
      aliases: ['Tokajew'],
      roles: [{ role: 'Präsident der Republik Kasachstan' }],
    }),
    friedenstruppe: actor('Friedenstruppe der OVKS', { kind: 'organisation', roles: [{ role: 'Friedenstruppe' }] }),
  },
  places: {
    almaty: place('Almaty', { coordinates: [43.2381, 76.9453], geoPrecision: 2, radiusKm: 15 }),
    'nur-sultan': place('Nur-Sultan', { coordinates: [51.1667, 71.4333], geoPrecision: 1 }),
  },
  events: {
    'tokajew-kuendigt-abzug-an': {
      title: 'Tokajew kündigt den Abzug der Friedenstruppe an',
      date: '2022-01-11',
      timePrecision: 'part-of-day',
      timeOfDay: 'morgens',
      actors: ['tokajew', 'friedenstruppe'],
      places: ['nur-sultan'],
      dateSources: [TEST_SOURCE],
    },
    'abzug-beginn': { title: 'Beginn des Abzugs', date: '2022-01-13', places: ['almaty'], dateSources: [TEST_SOURCE] },
  },
  articles: [
    {
      slug: 'erster',
      data: {
        title: 'Der erste Artikel',
        published: '2022-01-11',
        referenceDate: { date: '2022-01-11', note: 'Erscheinungstag' },
        actors: ['tokajew'],
        places: ['nur-sultan', 'almaty'],
        reports: [
          { event: 'tokajew-kuendigt-abzug-an', status: 'announced', evidence: 'Tokajew will in Nur-Sultan sprechen' },
        ],
      },
      body: 'Tokajew will in Nur-Sultan sprechen, in Almaty wird gewartet.',
    },
    {
      slug: 'zweiter',
      data: {
        title: 'Der zweite Artikel',
        published: '2022-01-12',
        referenceDate: { date: '2022-01-12', note: 'Erscheinungstag' },
        actors: ['tokajew'],
        places: ['nur-sultan', 'almaty'],
        reports: [
          {
            event: 'tokajew-kuendigt-abzug-an',
            status: 'reported',
            evidence: 'Tokajew kündigte in Nur-Sultan den Abzug an',
          },
          { event: 'abzug-beginn', status: 'announced', evidence: 'in Almaty beginne er am Donnerstag' },
        ],
      },
      body: 'Tokajew kündigte in Nur-Sultan den Abzug an; in Almaty beginne er am Donnerstag.',
    },
  ],
});
const { articles, registries } = corpus;
const timeline = timelineEvents(articles);
const locate = locatorFor(articles);
const input: PreviewInput = {
  articles,
  timeline,
  timelinePages: timelinePages(timeline),
  entities: entityIndex(articles, registries, locate),
};
const EVENTS = ['tokajew-kuendigt-abzug-an', 'abzug-beginn'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the preview registry', () => {
  const pages = previewPages(input);

  it('has the site pages and each article, each once; no page that shares an image', () => {
    expect(corpus.problems).toEqual(new Map());
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['', 'artikel/', 'zeitleiste/', '404.html', 'karte/']));
    for (const { slug } of articles) {
      expect(paths).toContain(`artikel/${slug}/`);
      // An article's timeline and map share the article's image.
      expect(paths).not.toContain(`zeitleiste/${slug}/`);
      expect(paths).not.toContain(`karte/${slug}/`);
    }
    // Event pages share the timeline's image.
    for (const id of EVENTS) expect(paths).not.toContain(`ereignisse/${id}/`);
    expect(pages.filter((p) => p.kind === 'event')).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(pages.find((p) => p.path === 'artikel/erster/')).toEqual({
      path: 'artikel/erster/',
      kind: 'article',
      title: 'Der erste Artikel',
      detail: 'Testzeitung · 11. Januar 2022',
    });
  });

  it('takes a new kind of page with one more source, and refuses a path registered twice', () => {
    const extra = () => [{ path: 'neu/', kind: 'map' as const, title: 'Neu' }];
    expect(previewPages(input, [sitePages, extra]).map((p) => p.path)).toContain('neu/');
    expect(() => previewPages(input, [sitePages, sitePages])).toThrow('the page "" is registered twice');
    const shared = () => [{ path: 'ereignisse/x/', kind: 'event' as const, title: 'X' }];
    expect(() => previewPages(input, [sitePages, shared])).toThrow('the page "ereignisse/x/" shares an image');
  });

  it('has ready sources for the entity pages, with where a place is and who an actor is', () => {
    // The same place in two articles gets one page.
    const places = placePages(input);
    expect(places.map((p) => p.path).sort()).toEqual(['orte/almaty/', 'orte/nur-sultan/']);
    expect(places.find((p) => p.path === 'orte/almaty/')).toEqual({
      path: 'orte/almaty/',
      kind: 'place',
      title: 'Almaty',
      detail: 'Stadt · 43,2381° N, 76,9453° O, Umkreis ca. 15\u00a0km',
    });
    expect(places.find((p) => p.path === 'orte/nur-sultan/')!.detail).toBe('Stadt · 51,1667° N, 71,4333° O');
    const actors = actorPages(input);
    // Friedenstruppe: named by no article, but an actor of a reported event.
    expect(actors.map((p) => p.path)).toEqual(['akteure/friedenstruppe/', 'akteure/tokajew/']);
    expect(actors.find((p) => p.path === 'akteure/tokajew/')!.detail).toBe(
      'Person · Präsident der Republik Kasachstan',
    );
    expect(previewSources).toEqual(expect.arrayContaining([placePages, actorPages]));
  });

  it('has the image each event page points to', () => {
    const images = new Set(pages.map((p) => previewImagePath(p.path)));
    const events = eventPages(timeline, locate, registries, 'https://example.org', '/');
    expect(events.length).toBeGreaterThan(0);
    for (const page of events) {
      expect(images).toContain(previewImagePath(`ereignisse/${page.event.id}/`));
      expect(JSON.stringify(page.seo.jsonLd)).toContain('"https://example.org/og/zeitleiste.png"');
    }
  });

  it('puts the locator of a place on its preview where the maps have the place', async () => {
    const mapPlaces = geoMapPlaces(articles, locate);
    const withMaps = previewPages({ ...input, mapPlaces });
    const almaty = withMaps.find((p) => p.path === 'orte/almaty/')!;
    expect(almaty.locator).toMatch(/^data:image\/svg\+xml;base64,/);
    const drawing = Buffer.from(almaty.locator!.split(',')[1]!, 'base64').toString('utf8');
    // The place as a large dot with a white ring, its area as a circle: a drawing without text.
    expect(drawing).toContain('r="14" fill="#17324d" stroke="#ffffff"');
    expect(drawing).toContain('stroke-dasharray');
    expect(drawing).not.toContain('<text');
    // Without the maps' places (or for an actor) no locator: the text-only template.
    expect(pages.find((p) => p.path === 'orte/almaty/')!.locator).toBeUndefined();
    expect(withMaps.find((p) => p.path === 'akteure/tokajew/')!.locator).toBeUndefined();
    // The image embeds the drawing.
    await expect(previewSvg(almaty)).resolves.toContain('<image');
  });
});

describe('the event pages', () => {
  const [page] = eventPages(timeline, locate, registries, 'https://example.org', '/lagebild/');

  it('describe the event by its latest report and put it at its places', () => {
    expect(page!.event.id).toBe('tokajew-kuendigt-abzug-an');
    expect(page!.event.reports.map((r) => r.article.slug)).toEqual(['erster', 'zweiter']);
    expect(page!.timelineHref).toBe('/zeitleiste/2022-01/#ereignis-tokajew-kuendigt-abzug-an');
    expect(page!.description).toBe(
      'Dienstag, 11. Januar 2022, morgens, Nur-Sultan (berichtet): »Tokajew kündigte in Nur-Sultan den Abzug an«',
    );
    expect(page!.seo.jsonLd).toMatchObject({
      '@type': 'Event',
      startDate: '2022-01-11',
      url: 'https://example.org/lagebild/ereignisse/tokajew-kuendigt-abzug-an/',
      location: { '@type': 'Place', name: 'Nur-Sultan' },
      subjectOf: { headline: 'Der zweite Artikel', url: 'https://example.org/lagebild/artikel/zweiter/' },
    });
  });
});

describe('an event page’s link preview', () => {
  const mapPlaces = geoMapPlaces(articles, locate);
  const byId = new Map(mapPlaces.map((p) => [p.id, p]));
  const locators = new Map(timeline.flatMap((e) => [[e.id, eventLocator(byId, e)!] as const]));
  const head = (page: EventPage) =>
    headMeta({
      path: `ereignisse/${page.event.id}/`,
      ...page.seo,
      title: page.title,
      description: page.description,
      site: 'https://example.org',
      base: '/',
    });
  const tag = (page: EventPage, key: string) => head(page).meta.find((m) => m.key === key)?.content;

  it('shows the locator of the place its timeline entry locates, with the event’s own title and text', () => {
    const [page] = eventPages(timeline, locate, registries, 'https://example.org', '/', locators);
    expect(locators.get(page!.event.id)?.place).toBe('nur-sultan');
    expect(tag(page!, 'og:image')).toBe('https://example.org/og/orte/nur-sultan.png');
    expect(tag(page!, 'og:image:alt')).toBe('Ort: Nur-Sultan');
    expect(tag(page!, 'og:title')).toBe('Tokajew kündigt den Abzug der Friedenstruppe an');
    expect(tag(page!, 'og:description')).toBe(page!.description);
    expect(JSON.stringify(page!.seo.jsonLd)).toContain('"https://example.org/og/orte/nur-sultan.png"');
    // That image exists and shows the place's locator: no image of the event's own.
    const place = previewPages({ ...input, mapPlaces }).find(
      (p) => previewImagePath(p.path) === 'og/orte/nur-sultan.png',
    );
    expect(place?.locator).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('keeps the timeline’s image for an event whose places the map does not have', () => {
    const [page] = eventPages(timeline, locate, registries, 'https://example.org', '/', new Map());
    expect(tag(page!, 'og:image')).toBe('https://example.org/og/zeitleiste.png');
    expect(tag(page!, 'og:image:alt')).toBe('Vorschaubild von Lagebild');
  });
});

describe('the preview image', () => {
  const page: PreviewPage = { path: 'ereignisse/x/', kind: 'event', title: 'Ein Ereignis', detail: '11. Januar 2022' };

  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const a = await renderPreview(page);
    const b = await renderPreview(page);
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('differs between pages', async () => {
    const a = await renderPreview(page);
    const b = await renderPreview({ ...page, title: 'Ein anderes Ereignis' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('draws Cyrillic with Kazakh letters, Greek and German typography with the bundled font', async () => {
    for (const title of [
      'Қасым-Жомарт Тоқаев: ӘӨҮҰҺІҒҢ әөүұһіғң',
      'Касым-Жомарт Токаев',
      'Ελλάδα',
      '„Grüße“ »ß« – …',
    ]) {
      await expect(previewSvg({ ...page, title })).resolves.toContain('<svg');
    }
  });

  it('stops the build for text the bundled font cannot draw, instead of empty boxes', async () => {
    await expect(previewSvg({ ...page, title: 'Tokio 東京' })).rejects.toThrow(
      'preview image of "ereignisse/x/": no bundled font draws "東京"',
    );
  });
});

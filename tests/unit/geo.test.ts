/**
 * The map's data: places of the articles as table rows, precision as areas,
 * the GeoJSON export, the basemap and the static map. The articles are small
 * synthetic ones (tests/unit/map-corpus.ts), made for these tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { mapConfig } from '../../src/config/map.ts';
import { buildBasemap, clipToBounds, projection } from '../../src/lib/map/basemap.ts';
import { groupByKind, mapPlaces, placesGeoJson } from '../../src/lib/map/geo.ts';
import { areaRadiusMeters } from '../../src/lib/map/outline.ts';
import { precisionNote } from '../../src/lib/format/labels.ts';
import { placeKinds } from '../../src/schemas/place.ts';
import { staticMap } from '../../src/lib/map/static-map.ts';
import { ringContains } from '../../src/lib/map/outline.ts';
import { locatorFor, place, ROOT, testCorpus, GUARDED as GUARD, TEST_SOURCE } from './helpers.ts';
import { MAP_ARTICLE, MAP_PLACES, MAP_SLUG, mapArticles } from './map-corpus.ts';

const articles = mapArticles();
const places = mapPlaces(articles, locatorFor(articles));
const byId = (id: string) => places.find((p) => p.id === id)!;
const topology = (res: string) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', 'world-atlas', `countries-${res}.json`), 'utf8')) as Topology;

const GUARDED = ['bahnhof-almaty-1', 'hafen-aktau', 'fruehwarnstation', 'militaerflugplatz-sueden', 'ulba-werk'];

describe('map places', () => {
  it('has every place of the article once, grouped by category in the schema order', () => {
    expect(places).toHaveLength(MAP_ARTICLE.places.length);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    const groups = groupByKind(places);
    expect(groups.map((g) => g.kind)).toEqual(['city', 'transport', 'military', 'port', 'industry', 'country']);
    expect(groups.map((g) => g.kind)).toEqual(placeKinds.filter((k) => places.some((p) => p.kind === k)));
    expect(groups.flatMap((g) => g.places)).toEqual(places);
    expect(groups.find((g) => g.kind === 'transport')!.label).toBe('Verkehr');
    // Within a category by name (Ö as O).
    expect(places.map((p) => p.id)).toEqual([
      'almaty',
      'nur-sultan',
      'oeskemen',
      'bahnhof-almaty-1',
      'fruehwarnstation',
      'militaerflugplatz-sueden',
      'hafen-aktau',
      'ulba-werk',
      'kasachstan',
    ]);
  });

  it('lists the guarded sites of the article, each with a source and its quote', () => {
    const guarded = places.filter((p) => p.guarded);
    expect(guarded.map((p) => p.id).sort()).toEqual([...GUARDED].sort());
    for (const p of guarded) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.quote, p.id).toMatch(/\S{3,}/);
    }
    expect(byId('almaty').guarded).toBe(false);
  });

  it('links the quote to its sentence in the article and names city and article', () => {
    const p = byId('hafen-aktau');
    expect(p.quote).toBe('den Hafen von Aktau am Kaspischen Meer');
    expect(p.quoteHref).toBe(`/artikel/${MAP_SLUG}/#beleg-ort-hafen-aktau`);
    expect(p.placeHref).toBe('/orte/hafen-aktau/');
    expect(p.within).toEqual({ id: 'kasachstan', name: 'Kasachstan' });
    expect(p.kindLabel).toBe('Hafen');
    expect(p.coordinatesLabel).toBe('43,6100° N, 51,2000° O');
    expect(p.article).toEqual({ slug: MAP_SLUG, title: `Artikel ${MAP_SLUG}`, href: `/artikel/${MAP_SLUG}/` });
    expect(byId('ulba-werk').factChecks).toEqual([
      { note: 'In Öskemen gibt es keine Uranmine.', href: `/artikel/${MAP_SLUG}/#anmerkung-uranmine-oeskemen` },
    ]);
    expect(byId('almaty').events).toEqual([
      {
        label: 'Ruhe in Almaty',
        href: '/zeitleiste/2022-01/#ereignis-ruhe',
        start: '2022-01-12',
        dateLabel: 'Mittwoch, 12. Januar 2022',
      },
    ]);
    expect(byId('nur-sultan').events).toEqual([]);
    expect(byId('almaty').quoteHref).toBeUndefined();
  });
});

describe('a place named by two articles', () => {
  const corpus = testCorpus({
    places: { almaty: MAP_PLACES.almaty, 'hafen-aktau': MAP_PLACES['hafen-aktau'], nirgendwo: place('Nirgendwo') },
    articles: [
      {
        slug: 'neu',
        data: { published: '2022-01-20', places: ['almaty', 'nirgendwo'] },
        body: 'Almaty blieb ruhig. Nirgendwo brannte es.',
      },
      {
        slug: 'alt',
        data: {
          published: '2022-01-13',
          places: [{ id: 'almaty', evidence: 'Almaty', ...GUARD }, 'hafen-aktau'],
        },
        body: 'Bewacht wird Almaty, nicht der Hafen von Aktau.',
      },
    ],
  });

  // Fails while mapPlaces (src/lib/map/geo.ts) keeps the first article's row whole: the
  // newer article "neu" names Almaty without guarding it, the older "alt" lists it as guarded.
  it('is one row, guarded if any article lists it as guarded', () => {
    expect(corpus.problems).toEqual(new Map());
    expect(corpus.articles.map((a) => a.slug)).toEqual(['neu', 'alt']);
    for (const articles of [corpus.articles, [...corpus.articles].reverse()]) {
      const rows = mapPlaces(articles, locatorFor(articles));
      expect(rows.map((p) => p.id).sort()).toEqual(['almaty', 'hafen-aktau', 'nirgendwo']);
      expect(rows.find((p) => p.id === 'almaty')!.guarded).toBe(true);
      expect(rows.find((p) => p.id === 'nirgendwo')!.guarded).toBe(false);
    }
  });

  it('keeps the first article’s entry for the rest', () => {
    const rows = mapPlaces(corpus.articles, locatorFor(corpus.articles));
    expect(rows.find((p) => p.id === 'almaty')!.article.slug).toBe('neu');
    expect(rows.find((p) => p.id === 'hafen-aktau')!.article.slug).toBe('alt');
    const both = [...articles, { ...articles[0]!, slug: 'b' }];
    const twice = mapPlaces(both, locatorFor(both));
    expect(twice).toHaveLength(MAP_ARTICLE.places.length);
    expect(twice.every((p) => p.article.slug === MAP_SLUG)).toBe(true);
  });
});

describe('the events at a place', () => {
  // Two events at Almaty, one of them over several days: the map's time control compares their first day.
  const corpus = testCorpus({
    places: { almaty: MAP_PLACES.almaty },
    events: {
      unruhen: { title: 'Unruhen', date: '2022-01-05/2022-01-07', places: ['almaty'], dateSources: [TEST_SOURCE] },
      ruhe: { title: 'Ruhe', date: '2022-01-12', places: ['almaty'], dateSources: [TEST_SOURCE] },
    },
    articles: [
      {
        slug: 'lage',
        data: {
          published: '2022-01-13',
          places: ['almaty'],
          reports: [
            { event: 'unruhen', status: 'reported', evidence: 'Unruhen in Almaty' },
            { event: 'ruhe', status: 'reported', evidence: 'Almaty blieb ruhig' },
          ],
        },
        body: 'Unruhen in Almaty. Seitdem: Almaty blieb ruhig.',
      },
    ],
  });

  it('carry their first day and their date in words, from the parsed date', () => {
    expect(corpus.problems).toEqual(new Map());
    const [almaty] = mapPlaces(corpus.articles, locatorFor(corpus.articles));
    expect(almaty!.events.map(({ label, start, dateLabel }) => ({ label, start, dateLabel }))).toEqual([
      { label: 'Unruhen', start: '2022-01-05', dateLabel: '5.–7. Januar 2022' },
      { label: 'Ruhe', start: '2022-01-12', dateLabel: 'Mittwoch, 12. Januar 2022' },
    ]);
  });
});

describe('precision', () => {
  it('draws precision 2 and 3 as areas with their radius, precision 1 as a point, a country as its outline', () => {
    expect(areaRadiusMeters(byId('bahnhof-almaty-1'))).toBe(0);
    expect(areaRadiusMeters(byId('fruehwarnstation'))).toBe(50_000);
    expect(areaRadiusMeters(byId('militaerflugplatz-sueden'))).toBe(450_000);
    expect(byId('bahnhof-almaty-1').geometry).toEqual({ kind: 'point' });
    expect(byId('bahnhof-almaty-1').areaLabel).toBeUndefined();
    // Kasachstan has a radius in its registry entry, but a country is drawn as its outline, never a circle.
    expect(byId('kasachstan').geometry).toEqual({ kind: 'outline', of: 'country' });
    expect(areaRadiusMeters(byId('kasachstan'))).toBe(0);
  });

  it('says so in words', () => {
    const point = { kind: 'point' } as const;
    const circle = (radiusKm: number) => ({ kind: 'circle', radiusKm }) as const;
    expect(precisionNote({ geoPrecision: 1, geometry: point })).toMatch(/^Genauer Ort/);
    expect(precisionNote({ geoPrecision: 2, geometry: circle(15) })).toBe(
      'Ungefähre Lage: der Kreis zeigt den Umkreis ca. 15\u00a0km, in dem der Ort liegt.',
    );
    expect(precisionNote({ geoPrecision: 3, geometry: circle(1000) })).toBe(
      'Nur die Region ist bekannt: der Kreis zeigt den Umkreis ca. 1.000\u00a0km.',
    );
    expect(byId('militaerflugplatz-sueden').precisionLabel).toBe('nur Region');
    expect(byId('fruehwarnstation').precisionNote).toBe(precisionNote({ geoPrecision: 2, geometry: circle(50) }));
    expect(byId('kasachstan').precisionNote).toBe('Ein Staat: die Karte zeigt seine Grenzen (Natural Earth).');
  });
});

describe('the GeoJSON export', () => {
  const geojson = placesGeoJson(places, (path) => new URL(path, 'https://example.org').href);

  it('is a FeatureCollection of points in [longitude, latitude] order', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(places.length);
    const almaty = geojson.features.find((f) => f.id === 'almaty')!;
    expect(almaty.type).toBe('Feature');
    expect(almaty.geometry).toEqual({ type: 'Point', coordinates: [76.9453, 43.2381] });
    for (const f of geojson.features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
  });

  it('carries id, name, category, precision, radius, guard, quote, sources and article', () => {
    const f = geojson.features.find((x) => x.id === 'fruehwarnstation')!;
    expect(f.properties).toMatchObject({
      id: 'fruehwarnstation',
      name: 'Frühwarnstation Balchasch',
      category: 'military',
      categoryLabel: 'Militär',
      precision: 2,
      radiusKm: 50,
      guarded: true,
      within: 'kasachstan',
      quote: 'eine Frühwarnstation',
      quoteUrl: `https://example.org/artikel/${MAP_SLUG}/#beleg-ort-fruehwarnstation`,
      article: { slug: MAP_SLUG, url: `https://example.org/artikel/${MAP_SLUG}/` },
      url: 'https://example.org/orte/fruehwarnstation/',
    });
    expect(f.properties.sources).toEqual([
      { title: 'Station radar de Balkhash', url: 'https://fr.wikipedia.org/wiki/Station_radar_de_Balkhash' },
    ]);
    const exact = geojson.features.find((x) => x.id === 'bahnhof-almaty-1')!;
    expect(exact.properties.radiusKm).toBeNull();
    expect(exact.properties.geometry).toBe('point');
    const country = geojson.features.find((x) => x.id === 'kasachstan')!;
    expect(country.properties).toMatchObject({
      geometry: 'outline',
      radiusKm: null,
      areaLabel: 'Umriss: Natural Earth',
    });
    const unquoted = geojson.features.find((x) => x.id === 'kasachstan')!;
    expect(unquoted.properties.quote).toBeNull();
    expect(unquoted.properties.quoteUrl).toBeNull();
    expect(unquoted.properties.sources).toEqual([{ title: 'Testquelle', url: null }]);
  });
});

describe('the basemap', () => {
  it('cuts a country at the frame, fills the corner it covers and drops what lies outside', () => {
    const frame = { west: 5, south: 5, east: 20, north: 20 };
    const square = (w: number, s: number, e: number, n: number) => ({
      type: 'Polygon' as const,
      // Clockwise, as Natural Earth's rings are.
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    });
    const cut = clipToBounds(square(0, 0, 10, 10), frame, 3);
    const points = cut.flat(2);
    expect(Math.min(...points.map((p) => p[0]!))).toBe(5);
    expect(Math.min(...points.map((p) => p[1]!))).toBe(5);
    expect(Math.max(...points.map((p) => p[0]!))).toBe(10);
    // A country around the whole frame (Russia around the map's north-west corner) fills it, no more.
    const around = clipToBounds(square(-10, -10, 40, 40), frame, 3).flat(2);
    expect(new Set(around.map((p) => p.join(',')))).toEqual(new Set(['5,5', '5,20', '20,20', '20,5']));
    expect(clipToBounds(square(50, 50, 60, 60), frame, 3)).toEqual([]);
    // Rounded to the decimals asked for.
    const fine = clipToBounds(square(6.12345, 6.12345, 7.98765, 7.98765), frame, 2).flat(2);
    expect(fine.every((p) => Math.round(p[0]! * 100) / 100 === p[0])).toBe(true);
  });

  it('holds Kazakhstan (in focus, German name) and its neighbours, small and inside the bounds', () => {
    const basemap = buildBasemap(topology('50m'), mapConfig);
    const names = basemap.features.map((f) => f.properties.name);
    for (const name of ['Kasachstan', 'Russland', 'China', 'Usbekistan', 'Kirgisistan', 'Turkmenistan']) {
      expect(names).toContain(name);
    }
    const focus = basemap.features.filter((f) => f.properties.focus);
    expect(focus.map((f) => f.id)).toEqual(['398']);
    // Kazakhstan is drawn last of the countries, on top; the enclosed water follows (drawn only as a place's area).
    expect(basemap.features.filter((f) => !f.properties.water).at(-1)!.id).toBe('398');
    const water = basemap.features.filter((f) => f.properties.water);
    expect(water).toHaveLength(1);
    expect(ringContains(water[0]!.geometry.coordinates[0]![0]!, [50.5, 42])).toBe(true);
    expect(ringContains(water[0]!.geometry.coordinates[0]![0]!, [68, 48])).toBe(false);
    const { west, south, east, north } = mapConfig.bounds;
    for (const f of basemap.features) {
      for (const [lng, lat] of f.geometry.coordinates.flat(2)) {
        expect(lng! >= west && lng! <= east && lat! >= south && lat! <= north).toBe(true);
        expect(Math.round(lng! * 100) / 100).toBe(lng);
      }
    }
    expect(JSON.stringify(basemap).length).toBeLessThan(120_000);
  });
});

describe('the static map', () => {
  const map = staticMap(places, buildBasemap(topology('110m'), mapConfig), mapConfig.contextCities, mapConfig.bounds);

  it('projects north up and west left, with one marker per place, one circle per vague place, one outline per country', () => {
    const { project } = projection(mapConfig.bounds, 800);
    const [x1, y1] = project(mapConfig.bounds.west, mapConfig.bounds.north);
    expect([x1, y1]).toEqual([0, 0]);
    expect(map.markers).toHaveLength(places.length);
    expect(map.areas.map((a) => a.id).sort()).toEqual(
      places
        .filter((p) => p.precision !== 1 && p.id !== 'kasachstan')
        .map((p) => p.id)
        .sort(),
    );
    expect(map.outlines.map((o) => o.id)).toEqual(['kasachstan']);
    const almaty = map.markers.find((m) => m.id === 'almaty')!;
    const astana = map.markers.find((m) => m.id === 'nur-sultan')!;
    expect(astana.y).toBeLessThan(almaty.y);
    // Largest circles first, so that small ones stay on top.
    expect(map.areas.map((a) => a.r)).toEqual([...map.areas.map((a) => a.r)].sort((a, b) => b - a));
    expect(map.areas[0]!.id).toBe('militaerflugplatz-sueden');
    expect(map.markers.at(-1)!.guarded).toBe(true);
  });

  it('draws every country inside the frame, with each city inside its own country', () => {
    for (const country of map.countries) {
      for (const [x, y] of pathRings(country.d).flat()) {
        // Cut just outside the frame, so that the stroke of a cut outline stays out of sight.
        expect(x! >= -5 && x! <= map.width + 5 && y! >= -5 && y! <= map.height + 5).toBe(true);
      }
    }
    const inside = (countryName: string, [x, y]: readonly [number, number]) =>
      pathRings(map.countries.find((c) => c.name === countryName)!.d).filter((ring) => ringContains(ring, [x, y]))
        .length %
        2 ===
      1;
    const almaty = map.markers.find((m) => m.id === 'almaty')!.point;
    expect(inside('Kasachstan', almaty)).toBe(true);
    expect(inside('Kirgisistan', almaty)).toBe(false);
    const city = (name: string) => map.cities.find((c) => c.name === name)!;
    expect(inside('Usbekistan', [city('Taschkent').x, city('Taschkent').y])).toBe(true);
    expect(inside('Kirgisistan', [city('Bischkek').x, city('Bischkek').y])).toBe(true);
    expect(inside('Russland', [city('Omsk').x, city('Omsk').y])).toBe(true);
    expect(inside('Kasachstan', [city('Omsk').x, city('Omsk').y])).toBe(false);
  });

  it('scales areas by their radius in km', () => {
    // The early-warning station's circle of 50 km: about a hundredth of the 3,000 km between the frame's west and east.
    const area = map.areas.find((a) => a.id === 'fruehwarnstation')!;
    const frameKm =
      (mapConfig.bounds.east - mapConfig.bounds.west) *
      111.2 *
      Math.cos((((mapConfig.bounds.north + mapConfig.bounds.south) / 2) * Math.PI) / 180);
    expect((2 * area.r) / map.width).toBeCloseTo(100 / frameKm, 2);
  });
});

/** The rings of an SVG path of straight segments (M…L…Z), as [x, y] points. */
function pathRings(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/Z$/, '')
        .split('L')
        .map((point) => point.split(',').map(Number) as [number, number]),
    );
}

describe('where coordinates come from', () => {
  const corpus = testCorpus({
    places: {
      markt: place('Markt', { coordinatesEstimated: 'Aus dem Straßenblock bestimmt.' }),
      bahnhof: place('Bahnhof', { coordinatesSource: { source: TEST_SOURCE, locator: '43°12′ N, 76°54′ O' } }),
    },
    articles: [{ slug: 'a', data: { places: ['markt', 'bahnhof'] }, body: 'Der Markt und der Bahnhof.' }],
  });
  const rows = mapPlaces(corpus.articles, locatorFor(corpus.articles));
  const row = (id: string) => rows.find((p) => p.id === id)!;

  it('labels estimated coordinates »geschätzt« with how they were estimated, in the rows and the export', () => {
    expect(corpus.problems).toEqual(new Map());
    expect(row('markt').coordinatesOrigin).toEqual({
      estimated: true,
      label: 'geschätzt: Aus dem Straßenblock bestimmt.',
    });
    const feature = placesGeoJson(rows).features.find((f) => f.id === 'markt')!;
    expect(feature.properties.coordinatesEstimated).toBe('geschätzt: Aus dem Straßenblock bestimmt.');
  });

  it('names the source that gives the coordinates, with its locator', () => {
    expect(row('bahnhof').coordinatesOrigin).toMatchObject({
      estimated: false,
      label: 'nach Testquelle – 43°12′ N, 76°54′ O',
    });
    expect(placesGeoJson(rows).features.find((f) => f.id === 'bahnhof')!.properties.coordinatesEstimated).toBeNull();
  });
});

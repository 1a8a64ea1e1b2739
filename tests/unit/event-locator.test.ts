/**
 * The timeline's small locators (src/lib/map/locator-map.ts): which place of
 * an event they show, how (a dot, a circle), where, and what they say, on the
 * synthetic places of tests/unit/map-corpus.ts.
 */
import { describe, expect, it } from 'vitest';
import { placeOnMapUrl } from '../../src/lib/format/urls.ts';
import { mapPlaces } from '../../src/lib/map/geo.ts';
import { eventLocator, eventLocatorFrame } from '../../src/lib/map/locator-map.ts';
import { locatorFor } from './helpers.ts';
import { mapArticles } from './map-corpus.ts';

const articles = mapArticles();
const places = new Map(mapPlaces(articles, locatorFor(articles)).map((p) => [p.id, p]));
/** An event on 7 January 2022 at these places, with the timeline's links to them. */
const eventAt = (...ids: string[]) => ({
  places: ids.map((id) => ({ id, href: placeOnMapUrl(id, '2022-01-07') })),
  range: { start: '2022-01-07' },
});

describe('the locator of a timeline entry', () => {
  it('shows the first place the map knows as a site or an area, linked to the map on the event’s day', () => {
    const locator = eventLocator(places, eventAt('unbekannt', 'kasachstan', 'almaty', 'nur-sultan'))!;
    expect(locator.href).toBe(placeOnMapUrl('almaty', '2022-01-07'));
    expect(locator.href).toMatch(/karte\/\?stand=2022-01-07#ort-almaty$/);
    expect(locator.label).toBe('Lage von Almaty auf der Karte, Stand 7. Januar 2022');
  });

  it('draws a place known to an area as a circle and an exact site as a dot', () => {
    expect(eventLocator(places, eventAt('almaty'))!.spot).toMatchObject({ approximate: true });
    const site = eventLocator(places, eventAt('bahnhof-almaty-1'))!.spot;
    expect(site.approximate).toBe(false);
    expect(site.r).toBeLessThan(eventLocator(places, eventAt('almaty'))!.spot.r);
  });

  it('puts each place where it lies in the country', () => {
    const spot = (id: string) => eventLocator(places, eventAt(id))!.spot;
    const { width, height } = eventLocatorFrame;
    // Almaty in the south-east, Aktau on the Caspian in the west, Nur-Sultan in the north, all inside the frame.
    expect(spot('almaty').x).toBeGreaterThan(spot('nur-sultan').x);
    expect(spot('almaty').y).toBeGreaterThan(spot('nur-sultan').y);
    expect(spot('hafen-aktau').x).toBeLessThan(width / 4);
    for (const id of ['almaty', 'nur-sultan', 'hafen-aktau', 'ulba-werk']) {
      const { x, y } = spot(id);
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(width);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(height);
    }
  });

  it('has none for the country alone, a place the map does not know, or one outside the frame', () => {
    expect(eventLocator(places, eventAt('kasachstan'))).toBeUndefined();
    expect(eventLocator(places, eventAt('unbekannt'))).toBeUndefined();
    const moscow = { ...places.get('almaty')!, id: 'moskau', name: 'Moskau', lat: 55.75, lng: 37.62 };
    expect(eventLocator(new Map([['moskau', moscow]]), eventAt('moskau'))).toBeUndefined();
  });

  it('has the country’s outline as one path that fills its frame', () => {
    const { width, height, outline } = eventLocatorFrame;
    const xs = [...outline.matchAll(/([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(xs.length).toBeGreaterThan(20);
    // Kazakhstan reaches near each edge of its frame, and no point of it lies outside.
    expect(Math.min(...xs.map(([x]) => x))).toBeLessThan(width * 0.1);
    expect(Math.max(...xs.map(([x]) => x))).toBeGreaterThan(width * 0.9);
    expect(Math.min(...xs.map(([, y]) => y))).toBeLessThan(height * 0.15);
    expect(Math.max(...xs.map(([, y]) => y))).toBeGreaterThan(height * 0.85);
    expect(xs.every(([x, y]) => x <= width && y <= height)).toBe(true);
  });
});

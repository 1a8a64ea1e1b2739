/**
 * The layout of the maps: Lupes for crowded cities, markers that never cover
 * one another, labels only where there is room; areas as outlines of the
 * Natural Earth data. Places made up for the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { mapConfig } from '../../src/config/map.ts';
import { placeGeometry } from '../../src/lib/analysis/areas.ts';
import { buildBasemap } from '../../src/lib/map/basemap.ts';
import {
  layoutMap,
  lupeGroups,
  shortName,
  type LayoutPlace,
  type MarkerSpot,
  type Rect,
} from '../../src/lib/map/map-layout.ts';
import { basemapArea } from '../../src/lib/map/outline.ts';
import { staticMap } from '../../src/lib/map/static-map.ts';
import type { MapPlace } from '../../src/lib/map/geo.ts';
import { ROOT } from './helpers.ts';

const city = (id: string, lat: number, lng: number, radiusKm = 15): LayoutPlace => ({
  id,
  name: id.toUpperCase(),
  kind: 'city',
  guarded: false,
  lat,
  lng,
  geometry: { kind: 'circle', radiusKm },
});
const site = (id: string, within: string, lat: number, lng: number, guarded = true): LayoutPlace => ({
  id,
  name: `Objekt ${id}`,
  kind: 'transport',
  guarded,
  lat,
  lng,
  geometry: { kind: 'point' },
  within: { id: within, name: within },
});

// A city with four sites within 3 km (two on the same point), a site of a site, and a lone place far away.
const PLACES: LayoutPlace[] = [
  city('stadt', 45, 70),
  site('a', 'stadt', 45.01, 70.01),
  site('b', 'stadt', 45.0, 70.02),
  site('c', 'stadt', 45, 70),
  site('d', 'stadt', 45, 70),
  site('e', 'c', 45.02, 70.0, false),
  {
    id: 'fern',
    name: 'Fernes Objekt (vermutlich)',
    kind: 'military',
    guarded: true,
    lat: 47,
    lng: 62,
    geometry: { kind: 'point' },
  },
];

/** A plain projection: 10 px per degree, north up. */
const project = (lng: number, lat: number): [number, number] => [(lng - 55) * 20, (52 - lat) * 20];
const FRAME: Rect = { x: 0, y: 0, w: 600, h: 400 };
const box = (m: MarkerSpot): Rect => ({ x: m.x - m.size / 2, y: m.y - m.size / 2, w: m.size, h: m.size });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const within = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

function expectApart(markers: readonly MarkerSpot[]): void {
  for (const [i, a] of markers.entries()) {
    for (const b of markers.slice(i + 1)) expect(overlap(box(a), box(b)), `${a.id} and ${b.id}`).toBe(false);
  }
}

describe('the Lupes', () => {
  it('group the sites of a city, through sites within sites', () => {
    const groups = lupeGroups(PLACES);
    expect(groups.map((g) => [g.city.id, g.sites.map((s) => s.id)])).toEqual([['stadt', ['a', 'b', 'c', 'd', 'e']]]);
  });

  it('show a crowded city beside it, inside the frame, clear of the controls, every site apart', () => {
    const controls: Rect = { x: 0, y: 0, w: 120, h: 80 };
    const layout = layoutMap(PLACES, { project, frame: FRAME, avoid: [controls] });
    expect(layout.lupes).toHaveLength(1);
    const [lupe] = layout.lupes;
    expect(lupe!.title).toBe('STADT');
    expect(within(lupe!.box, FRAME)).toBe(true);
    expect(overlap(lupe!.box, controls)).toBe(false);
    expect(lupe!.anchor).toEqual(project(70, 45));
    const inLupe = layout.markers.filter((m) => m.lupe === 'stadt');
    expect(inLupe.map((m) => m.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const m of inLupe) expect(within(box(m), lupe!.box)).toBe(true);
    // Every marker of the map once, none over another, none over the Lupe unless it is in it.
    expect(layout.markers.map((m) => m.id).sort()).toEqual(PLACES.map((p) => p.id).sort());
    expectApart(layout.markers);
    for (const m of layout.markers.filter((x) => !x.lupe)) expect(overlap(box(m), lupe!.box)).toBe(false);
    // Two sites on one point: two markers, both joined to that point.
    const [c, d] = ['c', 'd'].map((id) => layout.markers.find((m) => m.id === id)!);
    expect(c!.point).toEqual(d!.point);
    expect([c!.x, c!.y]).not.toEqual([d!.x, d!.y]);
    // The city's area at the Lupe's scale, and a scale bar of round kilometres.
    expect(lupe!.area!.r).toBeGreaterThan(20);
    expect([1, 2, 5, 10, 20]).toContain(lupe!.scale.km);
  });

  it('are not drawn where the sites stand apart at the scale of the map', () => {
    const far = (lng: number, lat: number): [number, number] => [(lng - 69.9) * 4000, (45.1 - lat) * 4000];
    const layout = layoutMap(PLACES.slice(0, 3), { project: far, frame: { x: 0, y: 0, w: 900, h: 900 } });
    expect(layout.lupes).toEqual([]);
    for (const m of layout.markers) expect([m.x, m.y]).toEqual(m.point);
  });

  it('are left out for a city with a single site: the two markers stand apart on the main map', () => {
    const one = [city('stadt', 45, 70), site('werk', 'stadt', 45, 70)];
    const layout = layoutMap(one, { project, frame: FRAME });
    expect(layout.lupes).toEqual([]);
    expectApart(layout.markers);
    expect(layout.markers.map((m) => m.point)).toEqual([project(70, 45), project(70, 45)]);
  });

  it('keep the names of cities and countries free where the frame has room elsewhere', () => {
    const plain = layoutMap(PLACES, { project, frame: FRAME }).lupes[0]!.box;
    // A city's name exactly where the Lupe went: it goes elsewhere, still inside the frame.
    const layout = layoutMap(PLACES, { project, frame: FRAME, context: [plain] });
    const [lupe] = layout.lupes;
    expect(overlap(lupe!.box, plain)).toBe(false);
    expect(within(lupe!.box, FRAME)).toBe(true);
  });

  it('on a narrow map stand together off the country in focus and off the names of countries', () => {
    // Two crowded cities near each other; the country in focus fills the frame's upper part, a country's
    // name lies below it: the room left is the strip at the bottom, wide enough for both Lupes abreast.
    const second = [city('dorf', 45.6, 71), ...['f', 'g', 'h'].map((id) => site(id, 'dorf', 45.6, 71))];
    const narrow = (lng: number, lat: number): [number, number] => [(lng - 62) * 20, (52 - lat) * 20];
    const frame: Rect = { x: 0, y: 0, w: 358, h: 560 };
    const focus: Rect = { x: 0, y: 40, w: 358, h: 260 };
    const name: Rect = { x: 20, y: 320, w: 100, h: 14 };
    const { lupes } = layoutMap([...PLACES, ...second], {
      project: narrow,
      frame,
      focus,
      names: [name],
      lupeSize: 64,
    });
    expect(lupes.map((l) => l.id).sort()).toEqual(['dorf', 'stadt']);
    const [a, b] = lupes.map((l) => l.box) as [Rect, Rect];
    expect(overlap(a, b)).toBe(false);
    for (const lupe of [a, b]) {
      expect(within(lupe, frame)).toBe(true);
      expect(overlap(lupe, focus)).toBe(false);
      expect(overlap(lupe, name)).toBe(false);
    }
  });

  it('name their guarded sites beside the markers, by the short map name where there is one', () => {
    const named = PLACES.map((p) => (p.id === 'a' ? { ...p, mapLabel: 'Nordbahnhof' } : p));
    const layout = layoutMap(named, { project, frame: FRAME });
    const [lupe] = layout.lupes;
    const labelled = layout.markers.filter((m) => m.lupe && m.label);
    expect(labelled.map((m) => m.label!.text)).toContain('Nordbahnhof');
    // Each label inside its Lupe and over no marker.
    for (const m of labelled) {
      const { x, text, anchor } = m.label!;
      const w = text.length * 6.4 + 4;
      const rect = { x: anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2, y: m.label!.y - 7.5, w, h: 15 };
      expect(within(rect, lupe!.box), m.id).toBe(true);
      for (const other of layout.markers.filter((o) => o.id !== m.id)) {
        expect(overlap(rect, box(other)), `${m.id} over ${other.id}`).toBe(false);
      }
    }
  });

  it('stand the markers of named sites in a column, north to south, each named beside it', () => {
    // Four guarded sites of one city, all named: a column beside the Lupe's map.
    const all = [city('stadt', 45, 70), ...['a', 'b', 'c', 'd'].map((id, i) => site(id, 'stadt', 45 + i * 0.01, 70))];
    const layout = layoutMap(all, { project, frame: FRAME });
    const [lupe] = layout.lupes;
    const inLupe = layout.markers.filter((m) => m.lupe === 'stadt');
    expect(inLupe).toHaveLength(4);
    expect(new Set(inLupe.map((m) => m.x)).size).toBe(1);
    // North first: d lies furthest north.
    expect([...inLupe].sort((a, b) => a.y - b.y).map((m) => m.id)).toEqual(['d', 'c', 'b', 'a']);
    for (const m of inLupe) {
      expect(m.label?.text, m.id).toBe(`Objekt ${m.id}`);
      expect(m.label!.anchor).toBe('start');
      expect(within(box(m), lupe!.box)).toBe(true);
    }
    expectApart(layout.markers);
  });

  it('move markers that touch apart and at least 24 px each', () => {
    const close: LayoutPlace[] = [
      { id: 'x', name: 'X', kind: 'port', guarded: true, lat: 45, lng: 60, geometry: { kind: 'point' } },
      { id: 'y', name: 'Y', kind: 'region', guarded: false, lat: 45.2, lng: 60.1, geometry: { kind: 'point' } },
    ];
    const layout = layoutMap(close, { project, frame: FRAME });
    expectApart(layout.markers);
    for (const m of layout.markers) expect(m.size).toBeGreaterThanOrEqual(24);
    expect(layout.markers.some((m) => m.x !== m.point[0] || m.y !== m.point[1])).toBe(true);
  });
});

describe('direct labels', () => {
  it('name guarded sites where there is room, without the bracket', () => {
    const layout = layoutMap(PLACES, { project, frame: FRAME });
    const fern = layout.markers.find((m) => m.id === 'fern')!;
    expect(fern.label?.text).toBe('Fernes Objekt');
    expect(shortName('Frühwarnstation (vermutlich Radarstation Balchasch)')).toBe('Frühwarnstation');
    // Never for a place that is only mentioned.
    expect(layout.markers.find((m) => m.id === 'e')!.label).toBeUndefined();
  });

  it('are left out where the label would run out of the frame or over another marker', () => {
    const narrow = layoutMap(PLACES, { project, frame: { x: 80, y: 0, w: 100, h: 400 }, labels: true });
    expect(narrow.markers.find((m) => m.id === 'fern')!.label).toBeUndefined();
  });
});

describe('areas as outlines', () => {
  const topology = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8'),
  ) as Topology;
  const basemap = buildBasemap(topology, mapConfig);

  it('draws a country by its code and a sea by the water that encloses its point', () => {
    const land = placeGeometry({ country: '398', geoPrecision: 3, coordinates: [48, 68], radiusKm: 1000 });
    expect(land).toEqual({ kind: 'outline', of: 'country' });
    const water = placeGeometry({ geoPrecision: 3, coordinates: [42, 50.5], radiusKm: 500 });
    expect(water).toEqual({ kind: 'outline', of: 'water' });
    // A region on land, or a town by the sea: a circle; an exact site: a point.
    expect(placeGeometry({ geoPrecision: 3, coordinates: [43.6, 73.5], radiusKm: 300 })).toEqual({
      kind: 'circle',
      radiusKm: 300,
    });
    expect(placeGeometry({ geoPrecision: 2, coordinates: [42, 50.5], radiusKm: 5 })).toEqual({
      kind: 'circle',
      radiusKm: 5,
    });
    expect(placeGeometry({ geoPrecision: 1, coordinates: [43.34, 76.95] })).toEqual({ kind: 'point' });
    const country = basemapArea(basemap.features, { geometry: land, country: '398', lat: 48, lng: 68 });
    expect(country?.properties.name).toBe('Kasachstan');
    const sea = basemapArea(basemap.features, { geometry: water, lat: 42, lng: 50.5 });
    expect(sea?.properties.water).toBe(true);
    expect(basemapArea(basemap.features, { geometry: { kind: 'point' }, lat: 42, lng: 50.5 })).toBeUndefined();
  });

  it('puts the outline, not a circle, on the static map', () => {
    const place = (p: Partial<MapPlace>): MapPlace => p as MapPlace;
    const places = [
      place({
        id: 'land',
        name: 'Land',
        kind: 'country',
        guarded: false,
        lat: 48,
        lng: 68,
        precision: 3,
        geometry: { kind: 'outline', of: 'country' },
        country: '398',
      }),
      place({
        id: 'meer',
        name: 'Meer',
        kind: 'region',
        guarded: false,
        lat: 42,
        lng: 50.5,
        precision: 3,
        geometry: { kind: 'outline', of: 'water' },
      }),
      place({
        id: 'gegend',
        name: 'Gegend',
        kind: 'region',
        guarded: false,
        lat: 43.6,
        lng: 73.5,
        precision: 3,
        geometry: { kind: 'circle', radiusKm: 300 },
      }),
    ];
    const map = staticMap(places, basemap, [], mapConfig.bounds);
    expect(map.outlines.map((o) => o.id)).toEqual(['land', 'meer']);
    expect(map.areas.map((a) => a.id)).toEqual(['gegend']);
    expect(map.outlines[0]!.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });
});

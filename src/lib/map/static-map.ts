/**
 * The static map (an SVG made at build time): the page's map without
 * JavaScript, and the locator map of a place page. Same places, symbols,
 * Lupes and outlines as the interactive map (see map-layout.ts).
 */
import type { ContextCity } from '../../config/map.ts';
import { projection, type Basemap, type Bounds } from './basemap.ts';
import type { MapPlace } from './geo.ts';
import { layoutMap, type Lupe, type MarkerSpot, type Rect } from './map-layout.ts';
import { areaRadiusMeters, basemapArea } from './outline.ts';

type Kind = MapPlace['kind'];

interface StaticMarker extends MarkerSpot {
  name: string;
  kind: Kind;
  guarded: boolean;
  /** The place the map is about (a place page's locator map). */
  focus: boolean;
}

export interface StaticMap {
  width: number;
  height: number;
  countries: { id: string; name: string; focus: boolean; d: string; label: [number, number] | null }[];
  cities: { name: string; x: number; y: number }[];
  /** Uncertainty areas, largest first (so that small ones stay visible on top). */
  areas: { id: string; kind: Kind; guarded: boolean; x: number; y: number; r: number }[];
  /** Areas drawn as their outline (a country, a sea). */
  outlines: { id: string; kind: Kind; guarded: boolean; d: string }[];
  lupes: Lupe[];
  /** Guarded sites on top of places that are only mentioned. */
  markers: StaticMarker[];
}

export interface StaticMapOptions {
  width?: number;
  /** Marker diameters in SVG units. */
  guardedSize?: number;
  otherSize?: number;
  lupeSize?: number;
  /** The place the map is about: drawn on top with its area (and its city's), the others as its neighbours (without theirs). */
  focus?: string;
  /** Direct labels for the guarded sites (off where the map is drawn too small to read them). */
  labels?: boolean;
}

export function staticMap(
  places: readonly MapPlace[],
  basemap: Basemap,
  cities: readonly ContextCity[],
  bounds: Bounds,
  options: StaticMapOptions = {},
): StaticMap {
  const width = options.width ?? 800;
  const { height, project, unitsPerKm, path } = projection(bounds, width);
  const round1 = (v: number) => Math.round(v * 10) / 10;
  const countries = basemap.features
    .filter((f) => !f.properties.water)
    .map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      focus: f.properties.focus,
      d: path(f.geometry),
      label: f.properties.label ? project(...f.properties.label) : null,
    }));
  const cityPoints = cities.map((c) => {
    const [x, y] = project(c.lng, c.lat);
    return { name: c.name, x, y };
  });
  // The room the names of countries and cities take (their type sizes are in map-marks.css and map.css).
  const context: Rect[] = [
    ...cityPoints.map((c) => ({ x: c.x - 2, y: c.y - 13, w: 6 + c.name.length * 5.5, h: 15 })),
    ...countries.flatMap((c) => {
      if (!c.label) return [];
      const w = c.name.length * (c.focus ? 11 : 8.2);
      return [{ x: c.label[0] - w / 2, y: c.label[1] - (c.focus ? 14 : 11), w, h: c.focus ? 17 : 13 }];
    }),
  ];
  const byId = new Map(places.map((p) => [p.id, p]));
  const city = options.focus === undefined ? undefined : byId.get(options.focus)?.within?.id;
  const layout = layoutMap(places, {
    project,
    frame: { x: 0, y: 0, w: width, h: height },
    context,
    guardedSize: options.guardedSize ?? 20,
    otherSize: options.otherSize ?? 16,
    lupeSize: options.lupeSize ?? 110,
    charWidth: 6,
    labels: options.labels ?? true,
    // A locator map names its place and the city that holds it only.
    ...(options.focus === undefined
      ? {}
      : { labelled: (p: Pick<MapPlace, 'id'>) => p.id === options.focus || p.id === city }),
  });
  // A locator draws the area of its place and of the city that holds it (the context a reader needs), no others.
  const withArea = (p: Pick<MapPlace, 'id'>) => options.focus === undefined || p.id === options.focus || p.id === city;
  const rank = (m: StaticMarker) => Number(m.guarded) + 2 * Number(m.focus);
  return {
    width,
    height,
    countries,
    cities: cityPoints,
    areas: places
      .filter((p) => areaRadiusMeters(p) > 0 && withArea(p))
      .map((p) => {
        const [x, y] = project(p.lng, p.lat);
        return {
          id: p.id,
          kind: p.kind,
          guarded: p.guarded,
          x,
          y,
          r: round1((areaRadiusMeters(p) / 1000) * unitsPerKm),
        };
      })
      .sort((a, b) => b.r - a.r),
    outlines: places.filter(withArea).flatMap((p) => {
      const area = basemapArea(basemap.features, p);
      return area ? [{ id: p.id, kind: p.kind, guarded: p.guarded, d: path(area.geometry) }] : [];
    }),
    lupes: layout.lupes.map((l) => ({ ...l, siteAreas: l.siteAreas.filter(withArea) })),
    markers: layout.markers
      .map((m) => {
        const p = byId.get(m.id)!;
        return { ...m, name: p.name, kind: p.kind, guarded: p.guarded, focus: p.id === options.focus };
      })
      .sort((a, b) => rank(a) - rank(b)),
  };
}

/** Whether a marker stands away from its point (then a line joins them). */
export const isMoved = (m: Pick<MarkerSpot, 'x' | 'y' | 'point'>): boolean =>
  Math.hypot(m.x - m.point[0], m.y - m.point[1]) > 1;

/**
 * The locator map of a place page: a small static SVG (no JavaScript) that
 * shows where the place lies in Kazakhstan, its area (circle or outline) and
 * the other places of the articles around it, with the same symbols and
 * Lupes as the map page.
 */
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import { mapConfig } from '../../config/map.ts';
import { buildBasemap, type Bounds } from './basemap.ts';
import type { MapPlace } from './geo.ts';
import { staticMap, type StaticMap } from './static-map.ts';

/** Kazakhstan with a margin: the locator map's usual frame. */
const KAZAKHSTAN: Bounds = { west: 45.5, south: 39, east: 88.5, north: 56 };
/** Room around a place outside that frame (degrees). */
const MARGIN = 2.5;

/** The basemap of the static maps (Natural Earth 1:110m), built once per build. */
export const staticBasemap = buildBasemap(countries110 as unknown as Topology, mapConfig);

/** The frame: Kazakhstan, widened to hold the place (within the basemap's bounds). */
function frameFor(place: Pick<MapPlace, 'lat' | 'lng'>): Bounds {
  const { west, south, east, north } = mapConfig.bounds;
  return {
    west: Math.max(west, Math.min(KAZAKHSTAN.west, place.lng - MARGIN)),
    south: Math.max(south, Math.min(KAZAKHSTAN.south, place.lat - MARGIN)),
    east: Math.min(east, Math.max(KAZAKHSTAN.east, place.lng + MARGIN)),
    north: Math.min(north, Math.max(KAZAKHSTAN.north, place.lat + MARGIN)),
  };
}

/** The locator map of the place `id` among `places`, or undefined where the map has no such place. */
export function locatorMap(places: readonly MapPlace[], id: string): StaticMap | undefined {
  const place = places.find((p) => p.id === id);
  if (!place) return undefined;
  return staticMap(places, staticBasemap, [], frameFor(place), {
    width: 600,
    guardedSize: 18,
    otherSize: 15,
    lupeSize: 92,
    focus: id,
  });
}

/**
 * The front page's map: the guarded sites, in Kazakhstan's frame, with the map page's symbols, and the
 * cities that hold them (for the Lupes of the crowded ones).
 */
export function guardedOverviewMap(places: readonly MapPlace[]): StaticMap | undefined {
  const guarded = places.filter((p) => p.guarded);
  if (!guarded.length) return undefined;
  const cities = places.filter((p) => p.kind === 'city' && guarded.some((g) => g.within?.id === p.id));
  return staticMap([...cities, ...guarded], staticBasemap, [], KAZAKHSTAN, {
    width: 600,
    guardedSize: 18,
    otherSize: 15,
    lupeSize: 92,
    // Drawn in a column of some 360 px, names would be too small to read: the map page has them.
    labels: false,
  });
}

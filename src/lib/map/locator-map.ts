/**
 * The locator map of a place page: a small static SVG (no JavaScript) that
 * shows where the place lies in Kazakhstan, its area (circle or outline) and
 * the other places of the articles around it, with the same symbols and
 * Lupes as the map page.
 */
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import { mapConfig } from '../../config/map.ts';
import { formatDay } from '../format/dates.ts';
import { buildBasemap, projection, type Bounds } from './basemap.ts';
import type { MapPlace } from './geo.ts';
import { areaRadiusMeters } from './outline.ts';
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

/** Half the height of a zoomed locator's frame at least (km): a site's surroundings. */
const NEAR_KM = 40;
const KM_PER_DEGREE = 111.32;

/**
 * The frame of a zoomed locator: around the place, or around the city it
 * lies in (so the city's area stands as context, and a border near it), at
 * least NEAR_KM each way and twice the area's radius; half again as
 * wide as high. Undefined
 * for a region, a country or a sea: they are their own context.
 */
function nearFrame(place: MapPlace, places: readonly MapPlace[]): { bounds: Bounds; halfKm: number } | undefined {
  if (place.geometry.kind === 'outline' || place.precision === 3) return undefined;
  const city = places.find((p) => p.id === place.within?.id && p.geometry.kind === 'circle');
  const center = city ?? place;
  const radius = Math.max(...[place, city].map((p) => (p?.geometry.kind === 'circle' ? p.geometry.radiusKm : 0)));
  const halfKm = Math.max(NEAR_KM, 2 * radius);
  const dLat = halfKm / KM_PER_DEGREE;
  const dLng = (1.5 * halfKm) / (KM_PER_DEGREE * Math.cos((center.lat * Math.PI) / 180));
  return {
    bounds: { west: center.lng - dLng, south: center.lat - dLat, east: center.lng + dLng, north: center.lat + dLat },
    halfKm,
  };
}

const LOCATOR_SIZES = { width: 600, guardedSize: 18, otherSize: 15, lupeSize: 92 };

export interface PlaceLocator {
  /** The place close up (with its city), or in Kazakhstan's frame for a region, a country or a sea. */
  map: StaticMap;
  /** Beside a close-up: Kazakhstan, small, with the place; and the close-up's height in km. */
  overview?: { map: StaticMap; heightKm: number } | undefined;
}

/** The locator of the place `id` among `places` (its page, its link preview), or undefined where the map has no such place. */
export function placeLocator(places: readonly MapPlace[], id: string): PlaceLocator | undefined {
  const place = places.find((p) => p.id === id);
  if (!place) return undefined;
  const near = nearFrame(place, places);
  if (!near) return { map: staticMap(places, staticBasemap, [], frameFor(place), { ...LOCATOR_SIZES, focus: id }) };
  // Only what lies in the close-up: a place outside would pull in a Lupe at the edge; an outline would tint it all.
  const { west, south, east, north } = near.bounds;
  // And the city's sites at their own places: without their `within`, the layout gathers none of them
  // into a Lupe (the close-up is the Lupe); the place keeps its own, for its city's area.
  const inside = places
    .filter((p) => p.geometry.kind !== 'outline' && p.lng > west && p.lng < east && p.lat > south && p.lat < north)
    .map((p) => (p.id === id ? p : { ...p, within: undefined }));
  return {
    map: staticMap(inside, staticBasemap, [], near.bounds, { ...LOCATOR_SIZES, focus: id }),
    // The place alone: a dot in the country, no Lupe, no neighbours (the close-up has them).
    overview: {
      map: staticMap([place], staticBasemap, [], frameFor(place), {
        ...LOCATOR_SIZES,
        guardedSize: 30,
        otherSize: 30,
        focus: id,
      }),
      heightKm: Math.round(2 * near.halfKm),
    },
  };
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

/** The width of an event's locator in the timeline (SVG units, drawn as as many CSS pixels). */
const EVENT_LOCATOR_WIDTH = 96;
/** Radius of an exact place's dot, and the least radius of an approximate place's circle (SVG units). */
const EVENT_DOT_R = 3;
const EVENT_RING_R = 5;

const eventProjection = projection(KAZAKHSTAN, EVENT_LOCATOR_WIDTH);

/**
 * The frame of the timeline's small locators: Kazakhstan's outline, projected
 * once per build. A timeline page holds it once (an SVG symbol); each entry
 * adds only its place's dot.
 */
export const eventLocatorFrame = {
  /** The id of the page's one outline symbol. */
  id: 'umriss-kasachstan',
  width: eventProjection.width,
  height: eventProjection.height,
  outline: eventProjection.path(staticBasemap.features.find((f) => f.properties.focus)!.geometry),
};

export interface EventLocator {
  /** The place it shows (the event's first place the map has, inside Kazakhstan): its id. */
  place: string;
  /** The map as it was on the event's day, at its place. */
  href: string;
  /** Its accessible name: »Lage von Flughafen Almaty auf der Karte, Stand 7. Januar 2022«. */
  label: string;
  /** Where the place lies in the frame; `approximate`: a circle around it (the place is known to an area), else a dot. */
  spot: { x: number; y: number; r: number; approximate: boolean };
}

/**
 * The small locator of a timeline entry: its first place that the map knows
 * as a site or an area and that lies in Kazakhstan's frame, or undefined. A
 * country or a sea (drawn as its outline) is its own context: the small map
 * would say nothing of it. The link is the entry's own link to that place on
 * the map (`places[].href`, with the event's day).
 */
export function eventLocator(
  places: ReadonlyMap<string, MapPlace>,
  event: { places: readonly { id: string; href: string }[]; range: { start: string } },
): EventLocator | undefined {
  const { west, south, east, north } = KAZAKHSTAN;
  for (const ref of event.places) {
    const place = places.get(ref.id);
    if (!place || place.geometry.kind === 'outline') continue;
    if (place.lng < west || place.lng > east || place.lat < south || place.lat > north) continue;
    const [x, y] = eventProjection.project(place.lng, place.lat);
    const approximate = place.geometry.kind === 'circle';
    const area = areaRadiusMeters(place) / 1000;
    return {
      place: place.id,
      href: ref.href,
      label: `Lage von ${place.name} auf der Karte, Stand ${formatDay(event.range.start, 'medium')}`,
      spot: {
        x,
        y,
        r: approximate ? Math.max(EVENT_RING_R, Math.round(area * eventProjection.unitsPerKm * 10) / 10) : EVENT_DOT_R,
        approximate,
      },
    };
  }
  return undefined;
}

/**
 * Where a place's area is: a country's outline (Natural Earth, the data the
 * map ships) or the circle of its radius. The build checks with it that a
 * place lies inside the place it lies `within`.
 */
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { PlaceData } from '../../schemas/place.ts';
import { enclosedWaters } from '../map/basemap.ts';
import { ringContains } from '../map/outline.ts';

const EARTH_RADIUS_KM = 6371;
/** An exact site contains what stands at most this far from it (a station's building, a port's quay). */
const SITE_TOLERANCE_KM = 1;

let outlines: Map<string, Feature<Polygon | MultiPolygon>> | undefined;

/** Country outlines by ISO 3166-1 numeric code, read once. */
function countryOutline(code: string): Feature<Polygon | MultiPolygon> | undefined {
  if (!outlines) {
    const topology = countries50 as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    outlines = new Map(collection.features.map((f) => [String(f.id), f as Feature<Polygon | MultiPolygon>] as const));
  }
  return outlines.get(code);
}

let waters: Position[][] | undefined;

/**
 * How the maps draw a place's area: the outline of its country, the shore of
 * the enclosed water its point lies in (a region such as the Caspian Sea,
 * precision 3, not in any country), or undefined: the circle of its radius.
 * All from the shipped Natural Earth data; no outline is drawn by hand.
 */
function outlineOf(data: Pick<PlaceData, 'country' | 'geoPrecision' | 'coordinates'>): 'country' | 'water' | undefined {
  if (data.country && countryOutline(data.country)) return 'country';
  if (data.geoPrecision !== 3) return undefined;
  waters ??= enclosedWaters(countries50 as unknown as Topology);
  const point = [data.coordinates[1], data.coordinates[0]] as const;
  return waters.some((ring) => ringContains(ring, point)) ? 'water' : undefined;
}

/**
 * How a place is drawn and named: an exact site as a point, a place known
 * only to a town or region as the circle of its radius, a country or an
 * enclosed sea as its outline. Decided here once; the resolved place carries
 * it (`Place.geometry`) and every view (article, map, table, place page,
 * GeoJSON, JSON-LD, previews) reads it from there.
 */
export type PlaceGeometry =
  { kind: 'point' } | { kind: 'circle'; radiusKm: number } | { kind: 'outline'; of: 'country' | 'water' };

export function placeGeometry(
  data: Pick<PlaceData, 'country' | 'geoPrecision' | 'coordinates' | 'radiusKm'>,
): PlaceGeometry {
  const outline = outlineOf(data);
  if (outline) return { kind: 'outline', of: outline };
  if (data.geoPrecision === 1 || data.radiusKm === undefined) return { kind: 'point' };
  return { kind: 'circle', radiusKm: data.radiusKm };
}

/** Kilometres between two [latitude, longitude] points on the sphere. */
function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return geoDistance([a[1], a[0]], [b[1], b[0]]) * EARTH_RADIUS_KM;
}

/**
 * Why `place` does not lie inside `area`'s area, or undefined where it does.
 * The message says what was measured, in words an editor can act on.
 */
export function outsideArea(
  place: Pick<PlaceData, 'coordinates'>,
  area: { id: string; data: Pick<PlaceData, 'name' | 'coordinates' | 'geoPrecision' | 'radiusKm' | 'country'> },
): string | undefined {
  const { data } = area;
  if (data.country) {
    const outline = countryOutline(data.country);
    if (!outline) return `"${area.id}" names country ${data.country}, which the Natural Earth data does not have`;
    return geoContains(outline, [place.coordinates[1], place.coordinates[0]])
      ? undefined
      : `the coordinates lie outside the outline of ${data.name} (Natural Earth)`;
  }
  const limit = data.geoPrecision === 1 || data.radiusKm === undefined ? SITE_TOLERANCE_KM : data.radiusKm;
  const distance = distanceKm(place.coordinates, data.coordinates);
  if (distance <= limit) return undefined;
  const km = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(distance);
  return `the coordinates lie ${km} km from ${data.name}, outside its area (radius ${limit} km)`;
}

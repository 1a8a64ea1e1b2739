/**
 * The basemap, made at build time from Natural Earth data (world-atlas
 * TopoJSON): the countries around Kazakhstan, clipped to the map's bounds and
 * rounded so that the file stays small; and the projection and SVG paths of
 * the static map. d3-geo clips, projects and writes the paths; this module
 * chooses the frame and the names. Pure: the topology is passed in.
 */
import { geoIdentity, geoPath, geoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface CountryProperties {
  id: string;
  name: string;
  focus: boolean;
  /** Where the name goes ([lng, lat]), or null where it does not fit. */
  label: [number, number] | null;
  /** Water that the countries enclose (the Caspian Sea), not a country. */
  water?: true;
}

export type Basemap = FeatureCollection<MultiPolygon, CountryProperties>;

/** German names of the countries a map of Kazakhstan shows (Natural Earth ids). */
const countryNameDe: Record<string, string> = {
  '398': 'Kasachstan',
  '643': 'Russland',
  '156': 'China',
  '496': 'Mongolei',
  '417': 'Kirgisistan',
  '762': 'Tadschikistan',
  '860': 'Usbekistan',
  '795': 'Turkmenistan',
  '004': 'Afghanistan',
  '364': 'Iran',
  '586': 'Pakistan',
  '356': 'Indien',
  '031': 'Aserbaidschan',
  '268': 'Georgien',
  '051': 'Armenien',
  '792': 'Türkei',
  '368': 'Irak',
};

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Rounds a ring's positions and drops the repeated points that rounding makes. */
function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/**
 * The geometry clipped to the bounds, still in [lng, lat], rounded; null
 * where nothing of it is inside. d3-geo clips (a rectangle on the plane of
 * longitude and latitude: `geoIdentity` with `clipExtent`); `geoProject`
 * (d3-geo-projection) turns the clipped stream back into polygons with their
 * holes. The plane is flipped north-down on the way, as d3 reads a ring's
 * winding on screen coordinates, and back again here.
 */
export function clipToBounds(geometry: Polygon | MultiPolygon, bounds: Bounds, decimals: number): Position[][][] {
  const plane = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [bounds.west, -bounds.north],
      [bounds.east, -bounds.south],
    ]);
  const clipped = geoProject(geometry, plane) as Polygon | MultiPolygon | null;
  if (!clipped) return [];
  return polygonsOf(clipped).flatMap((polygon) => {
    const [outer, ...holes] = polygon.map((ring) =>
      roundRing(
        ring.map(([x, y]) => [x!, -y!]),
        decimals,
      ),
    );
    // A ring that rounding shrinks below a triangle is dropped; without its outer ring, its holes go too.
    return outer && outer.length >= 4 ? [[outer, ...holes.filter((ring) => ring.length >= 4)]] : [];
  });
}

/** Where the name of a country fits on a map of Kazakhstan ([lng, lat]); others stay unnamed. */
const countryLabelAt: Record<string, [number, number]> = {
  '398': [65.5, 49.6],
  '643': [72, 55.6],
  '156': [85, 39],
  '860': [63.2, 41.6],
  '795': [58.8, 39.2],
  '417': [74.6, 41.5],
  '762': [70.8, 38.6],
  '004': [65.5, 33.8],
  '364': [55, 32.8],
};

export interface CountryLabel {
  name: string;
  lng: number;
  lat: number;
  /** The country the map is about (its name set larger). */
  focus: boolean;
}

/** The names of the countries where they fit on a map of Kazakhstan, in German. */
export function countryLabels(focusCountry: string): CountryLabel[] {
  return Object.entries(countryLabelAt).map(([id, [lng, lat]]) => ({
    name: countryNameDe[id] ?? id,
    lng,
    lat,
    focus: id === focusCountry,
  }));
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The water that land encloses in the topology: the holes of all countries
 * merged into one, such as the Caspian Sea (Natural Earth draws it as the
 * space between the shores of five countries; world-atlas has no lakes of
 * its own). Each is a closed ring [lng, lat], counter-clockwise as GeoJSON
 * wants an outer ring.
 */
export function enclosedWaters(topology: Topology, objectName = 'countries'): Position[][] {
  const object = topology.objects[objectName] as GeometryCollection;
  const land = merge(topology, object.geometries as Parameters<typeof merge>[1]);
  return land.coordinates.flatMap((polygon) => polygon.slice(1).map((ring) => [...ring].reverse()));
}

/**
 * The countries of the topology that reach into the bounds, clipped and
 * rounded, with German names where known; `focus` marks the country in focus.
 */
export function buildBasemap(
  topology: Topology,
  options: { bounds: Bounds; decimals: number; focusCountry: string; objectName?: string },
): Basemap {
  const object = topology.objects[options.objectName ?? 'countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const f of collection.features) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons = clipToBounds(f.geometry, options.bounds, options.decimals);
    if (polygons.length === 0) continue;
    const id = String(f.id);
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'MultiPolygon', coordinates: polygons },
      properties: {
        id,
        name: countryNameDe[id] ?? f.properties.name,
        focus: id === options.focusCountry,
        label: countryLabelAt[id] ?? null,
      },
    });
  }
  // The country in focus last, so that its outline is drawn on top.
  features.sort((a, b) => Number(a.properties.focus) - Number(b.properties.focus));
  // Enclosed water last: a sea a place names is drawn from it (see basemapArea).
  enclosedWaters(topology, options.objectName).forEach((ring, i) => {
    const polygons = clipToBounds({ type: 'Polygon', coordinates: [ring] }, options.bounds, options.decimals);
    if (polygons.length === 0) return;
    const id = `water-${i}`;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'MultiPolygon', coordinates: polygons },
      properties: { id, name: '', focus: false, label: null, water: true },
    });
  });
  return { type: 'FeatureCollection', features };
}

export interface Projection {
  width: number;
  height: number;
  /** [lng, lat] → [x, y] in SVG units. */
  project: (lng: number, lat: number) => [number, number];
  /** SVG units per kilometre (north–south). */
  unitsPerKm: number;
  /** The SVG path data of a (multi)polygon, clipped to the frame. */
  path: (geometry: Polygon | MultiPolygon) => string;
}

/** Kilometres per radian of a great circle (the Earth's mean radius). */
const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;
/** SVG units beyond the frame where the static map's outlines are cut (more than their stroke). */
const FRAME_BLEED = 3;

/**
 * An equirectangular projection of the bounds with its standard parallel in
 * the middle latitude (longitudes shortened by its cosine, so that shapes
 * look right), north up, fitted to `width`; d3-geo projects, clips to the
 * frame and writes the paths. No resampling (`precision(0)`): Natural Earth's
 * segments are short, and the frame's edges stay straight.
 */
export function projection(bounds: Bounds, width: number): Projection {
  const parallel = Math.cos(((bounds.north + bounds.south) / 2) * RADIANS);
  const scale = width / ((bounds.east - bounds.west) * RADIANS * parallel);
  const height = Math.round((bounds.north - bounds.south) * RADIANS * scale);
  const projected = geoProjection((lambda, phi) => [lambda * parallel, phi])
    .precision(0)
    .center([bounds.west, bounds.north])
    .translate([0, 0])
    .scale(scale)
    // Clipped just outside the frame: the stroke of an outline cut at the edge stays out of sight.
    .clipExtent([
      [-FRAME_BLEED, -FRAME_BLEED],
      [width + FRAME_BLEED, height + FRAME_BLEED],
    ]);
  const path = geoPath(projected).digits(1);
  return {
    width,
    height,
    project: (lng, lat) => {
      const [x, y] = projected([lng, lat])!;
      return [round(x, 1), round(y, 1)];
    },
    unitsPerKm: scale / EARTH_RADIUS_KM,
    path: (geometry) => path(geometry) ?? '',
  };
}

/**
 * The basemap, made at build time from Natural Earth data (world-atlas
 * TopoJSON): the countries around Kazakhstan, clipped to the map's bounds and
 * rounded so that the file stays small; and the projection and SVG paths of
 * the static map. Pure: the topology is passed in.
 */
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

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

function edges(b: Bounds): Edge[] {
  const atX =
    (x: number) =>
    (a: Position, c: Position): Position => [x, a[1]! + ((c[1]! - a[1]!) * (x - a[0]!)) / (c[0]! - a[0]!)];
  const atY =
    (y: number) =>
    (a: Position, c: Position): Position => [a[0]! + ((c[0]! - a[0]!) * (y - a[1]!)) / (c[1]! - a[1]!), y];
  return [
    { inside: (p) => p[0]! >= b.west, cut: atX(b.west) },
    { inside: (p) => p[0]! <= b.east, cut: atX(b.east) },
    { inside: (p) => p[1]! >= b.south, cut: atY(b.south) },
    { inside: (p) => p[1]! <= b.north, cut: atY(b.north) },
  ];
}

/**
 * Clips a closed ring to the bounds (Sutherland–Hodgman). Returns a closed
 * ring, or undefined when nothing of it is inside.
 */
export function clipRing(ring: readonly Position[], bounds: Bounds): Position[] | undefined {
  let points: Position[] = ring.slice(0, -1);
  for (const edge of edges(bounds)) {
    if (points.length === 0) break;
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cut(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cut(previous, current));
      }
    }
    points = out;
  }
  return points.length >= 3 ? [...points, points[0]!] : undefined;
}

/** Rounds a ring's positions and drops the repeated points that rounding makes. */
export function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
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
    const polygons: Position[][][] = [];
    for (const polygon of polygonsOf(f.geometry)) {
      const [outer, ...holes] = polygon;
      const clipped = outer && clipRing(outer, options.bounds);
      if (!clipped) continue;
      const rounded = roundRing(clipped, options.decimals);
      if (rounded.length < 4) continue;
      const keptHoles = holes
        .map((h) => clipRing(h, options.bounds))
        .filter((h): h is Position[] => h !== undefined)
        .map((h) => roundRing(h, options.decimals))
        .filter((h) => h.length >= 4);
      polygons.push([rounded, ...keptHoles]);
    }
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
    const clipped = clipRing(ring, options.bounds);
    const rounded = clipped && roundRing(clipped, options.decimals);
    if (!rounded || rounded.length < 4) return;
    const id = `water-${i}`;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'MultiPolygon', coordinates: [[rounded]] },
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
}

/**
 * An equirectangular projection of the bounds, with longitudes shortened by
 * the cosine of the middle latitude so that shapes look right.
 */
export function projection(bounds: Bounds, width: number): Projection {
  const mid = ((bounds.north + bounds.south) / 2) * (Math.PI / 180);
  const xScale = width / (bounds.east - bounds.west);
  const yScale = xScale / Math.cos(mid);
  const height = Math.round((bounds.north - bounds.south) * yScale);
  return {
    width,
    height,
    project: (lng, lat) => [round((lng - bounds.west) * xScale, 1), round((bounds.north - lat) * yScale, 1)],
    unitsPerKm: yScale / 111.32,
  };
}

/** The SVG path data of a (multi)polygon: one closed subpath per ring. */
export function svgPath(geometry: Polygon | MultiPolygon, project: Projection['project']): string {
  return polygonsOf(geometry)
    .flat()
    .map((ring) => {
      const points = ring.slice(0, -1).map(([lng, lat]) => project(lng!, lat!).join(' '));
      return points.length ? `M${points.join('L')}Z` : '';
    })
    .join('');
}

/**
 * The static map (an SVG made at build time): the page's map without
 * JavaScript. Same places as the table and the interactive map.
 */
import type { ContextCity } from '../config/map.ts';
import { projection, svgPath, type Basemap, type Bounds } from './basemap.ts';
import { areaRadiusMeters, type MapPlace } from './geo.ts';

export interface StaticMap {
  width: number;
  height: number;
  countries: { id: string; name: string; focus: boolean; d: string; label: [number, number] | null }[];
  cities: { name: string; x: number; y: number }[];
  /** Uncertainty areas, largest first (so that small ones stay visible on top). */
  areas: { id: string; kind: MapPlace['kind']; guarded: boolean; x: number; y: number; r: number }[];
  markers: { id: string; name: string; kind: MapPlace['kind']; guarded: boolean; x: number; y: number }[];
}

export function staticMap(
  places: readonly MapPlace[],
  basemap: Basemap,
  cities: readonly ContextCity[],
  bounds: Bounds,
  width = 800,
): StaticMap {
  const { height, project, unitsPerKm } = projection(bounds, width);
  const round1 = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    countries: basemap.features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      focus: f.properties.focus,
      d: svgPath(f.geometry, project),
      label: f.properties.label ? project(...f.properties.label) : null,
    })),
    cities: cities.map((c) => {
      const [x, y] = project(c.lng, c.lat);
      return { name: c.name, x, y };
    }),
    areas: places
      .filter((p) => areaRadiusMeters(p) > 0)
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
    // Guarded sites on top of places that are only mentioned.
    markers: places
      .map((p) => {
        const [x, y] = project(p.lng, p.lat);
        return { id: p.id, name: p.name, kind: p.kind, guarded: p.guarded, x, y };
      })
      .sort((a, b) => Number(a.guarded) - Number(b.guarded)),
  };
}

/**
 * Which outline of the basemap is a place's area. Small and without imports:
 * the map script in the browser uses it, too.
 */
import type { Feature, MultiPolygon, Position } from 'geojson';

/** Whether a point lies inside a closed ring (even–odd rule on [lng, lat]; fine for rings that do not cross ±180°). */
export function ringContains(ring: readonly Position[], [lng, lat]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The basemap's outline of a place drawn as an area (a country by its code,
 * a sea by the enclosed water its point lies in), or undefined: then the
 * place's area is the circle of its radius.
 */
export function basemapArea<F extends Feature<MultiPolygon, { id: string; water?: true }>>(
  features: readonly F[],
  place: {
    geometry: { kind: string; of?: 'country' | 'water' };
    country?: string | undefined;
    lat: number;
    lng: number;
  },
): F | undefined {
  if (place.geometry.kind !== 'outline') return undefined;
  if (place.geometry.of === 'country')
    return features.find((f) => !f.properties.water && f.properties.id === place.country);
  if (place.geometry.of === 'water') {
    return features.find(
      (f) => f.properties.water && f.geometry.coordinates.some((p) => ringContains(p[0]!, [place.lng, place.lat])),
    );
  }
  return undefined;
}

/** Radius in metres of the circle the map draws, or 0 for an exact site and a place drawn as its outline. */
export function areaRadiusMeters(place: { geometry: { kind: string; radiusKm?: number } }): number {
  return place.geometry.kind === 'circle' && place.geometry.radiusKm ? place.geometry.radiusKm * 1000 : 0;
}

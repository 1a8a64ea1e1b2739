// d3-geo-projection ships no types; the basemap uses only this function.
declare module 'd3-geo-projection' {
  import type { GeoStreamWrapper } from 'd3-geo';
  import type { GeoJsonObject } from 'geojson';
  /** The object projected (and clipped) by the projection's stream, as GeoJSON; null where nothing is left. */
  export function geoProject(object: GeoJsonObject, projection: GeoStreamWrapper): GeoJsonObject | null;
}

import type { APIRoute } from 'astro';
import { placesGeoJson } from '../../lib/map/geo.ts';
import { allMapPlaces } from '../../lib/load.ts';

/** All places of all articles as GeoJSON (open data, linked from the map page). */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const body = JSON.stringify(placesGeoJson(allMapPlaces(), absolute), null, 1);
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};

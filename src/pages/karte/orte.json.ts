import type { APIRoute } from 'astro';
import { liveMapData } from '../../lib/map/geo.ts';
import { allMapPlaces } from '../../lib/load.ts';

/** The interactive map's data for /karte/: every place (read by src/scripts/place-map.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(liveMapData(allMapPlaces())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

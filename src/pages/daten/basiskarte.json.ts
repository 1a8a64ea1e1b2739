import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { mapConfig } from '../../config/map.ts';
import { buildBasemap } from '../../lib/map/basemap.ts';

/** The interactive map's basemap: Kazakhstan and its neighbours from Natural Earth 1:50m, made at build time. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildBasemap(countries as unknown as Topology, mapConfig)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

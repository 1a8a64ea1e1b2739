import type { APIRoute } from 'astro';
import { timeline } from '../../lib/load.ts';

/**
 * Each event's address by its id (eventHome in src/lib/views/event.ts): read
 * only when an old link does not find its event, by the timeline's indexes
 * (/zeitleiste/#ereignis-…) and the page for unknown addresses
 * (/ereignisse/<id>/ of an event that lives in its article).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(Object.fromEntries(timeline().map((event) => [event.id, event.href]))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

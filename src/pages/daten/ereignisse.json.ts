import type { APIRoute } from 'astro';
import { eventsJson } from '../../lib/publish/exports.ts';
import { locateEvent, timeline } from '../../lib/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = eventsJson(timeline, locateEvent, String(site));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { eventsIcs } from '../../lib/publish/exports.ts';
import { calendarStamp, locateEvent, timeline } from '../../lib/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = eventsIcs(timeline, locateEvent, String(site), calendarStamp);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

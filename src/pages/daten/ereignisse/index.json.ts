import type { APIRoute } from 'astro';
import { eventPartsIndex } from '../../../lib/publish/exports.ts';
import { eventParts } from '../../../lib/load.ts';

/** Which file of /daten/ereignisse/ holds which month's events. */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(eventPartsIndex(eventParts, String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { eventPartsIndex } from '../../lib/publish/exports.ts';
import { eventParts } from '../../lib/load.ts';

/**
 * The events' export: an index of its parts, one file per month (a long month in
 * several), so that no file outgrows what static hosts accept (25 MiB a file).
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(eventPartsIndex(eventParts(), String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

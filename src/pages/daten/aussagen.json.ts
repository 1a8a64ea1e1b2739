import type { APIRoute } from 'astro';
import { claimsPartsIndex } from '../../lib/publish/exports.ts';
import { claimParts } from '../../lib/load.ts';

/** The claims' export: an index of its parts, one file per month of the articles (a long month in several). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(claimsPartsIndex(claimParts(), String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

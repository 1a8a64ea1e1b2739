import type { APIRoute } from 'astro';
import { claimsExport } from '../../lib/publish/exports.ts';
import { articleInputs } from '../../lib/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = claimsExport(articleInputs, String(site));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

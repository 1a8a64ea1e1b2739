import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsExport, type ClaimsPart } from '../../../lib/publish/exports.ts';
import { claimParts, keys } from '../../../lib/load.ts';

/** The claims of the articles of one month (/daten/aussagen/2022-01.json), a long month in parts (…/2022-01-2.json). */
export const getStaticPaths = (() =>
  claimParts().map((part) => ({
    params: { part: part.key },
    props: { part },
    cacheKey: keys.of(part),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: ClaimsPart }> = async ({ site, props }) =>
  new Response(`${JSON.stringify(claimsExport(props.part, String(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

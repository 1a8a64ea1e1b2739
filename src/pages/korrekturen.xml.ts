import type { APIRoute } from 'astro';
import { allCorrections, correctionsAtom } from '../lib/views/corrections.ts';
import { articleInputs } from '../lib/load.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(correctionsAtom(allCorrections(articleInputs), String(site), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

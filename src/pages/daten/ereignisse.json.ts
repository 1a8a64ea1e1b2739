import type { APIRoute } from 'astro';
import { eventsJson } from '../../lib/exports.ts';
import { getArticleInputs } from '../../lib/load.ts';
import { timelineEvents } from '../../lib/timeline-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = eventsJson(timelineEvents(await getArticleInputs()), String(site));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

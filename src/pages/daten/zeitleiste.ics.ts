import type { APIRoute } from 'astro';
import { contentStamp, eventsIcs } from '../../lib/exports.ts';
import { articleInputs, timeline } from '../../lib/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = articleInputs;
  const stamp = contentStamp(articles.flatMap((a) => [a.data.referenceDate.date, a.data.updated]));
  const body = eventsIcs(timeline, String(site), stamp);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

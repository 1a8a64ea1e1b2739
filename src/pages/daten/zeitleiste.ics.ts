import type { APIRoute } from 'astro';
import { contentStamp, eventsIcs } from '../../lib/exports.ts';
import { getArticleInputs } from '../../lib/load.ts';
import { timelineEvents } from '../../lib/timeline-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticleInputs();
  const stamp = contentStamp(articles.flatMap((a) => [a.data.referenceDate.date, a.data.updated]));
  const body = eventsIcs(timelineEvents(articles), String(site), stamp);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsIcs, type ExportYear } from '../../lib/publish/exports.ts';
import { calendarStamp, keys, locateEvent, timelineYears } from '../../lib/load.ts';

/** The calendar of one year (/daten/zeitleiste-2022.ics); /daten/zeitleiste.ics keeps every event. */
export const getStaticPaths = (() =>
  timelineYears.map((year) => ({
    params: { year: year.year },
    props: { year },
    cacheKey: keys.of(year, calendarStamp),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: ExportYear }> = async ({ site, props }) => {
  const body = eventsIcs(props.year.events, locateEvent, String(site), calendarStamp, props.year.year);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

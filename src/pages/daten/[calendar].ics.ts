import type { APIRoute, GetStaticPaths } from 'astro';
import type { EventAttributes } from 'ics';
import { calendarEntries, eventsIcs } from '../../lib/publish/exports.ts';
import { calendarStamp, keys, locateEvent, timeline, timelineYears } from '../../lib/load.ts';

/**
 * The calendars: every event (/daten/zeitleiste.ics) and one for each year
 * (/daten/zeitleiste-2022.ics). Each is keyed by what it shows, so that the
 * incremental build copies a calendar whose events did not change (writing one
 * takes seconds at thousands of events).
 */
export const getStaticPaths = (() => {
  const site = String(import.meta.env.SITE);
  return [
    { calendar: 'zeitleiste', events: timeline(), year: undefined },
    ...timelineYears().map((year) => ({ calendar: `zeitleiste-${year.year}`, events: year.events, year: year.year })),
  ].map(({ calendar, events, year }) => {
    const entries = calendarEntries(events, locateEvent, site);
    return { params: { calendar }, props: { entries, year }, cacheKey: keys.of(calendar, calendarStamp(), entries) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: EventAttributes[]; year: string | undefined }> = ({ props }) =>
  new Response(eventsIcs(props.entries, calendarStamp(), props.year), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });

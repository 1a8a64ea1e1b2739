import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsJson, type ExportYear } from '../../lib/publish/exports.ts';
import { keys, locateEvent, timelineYears } from '../../lib/load.ts';

/** The events of one year (/daten/ereignisse-2022.json); /daten/ereignisse.json keeps them all. */
export const getStaticPaths = (() =>
  timelineYears.map((year) => ({
    params: { year: year.year },
    props: { year },
    cacheKey: keys.of(year),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: ExportYear }> = async ({ site, props }) => {
  const body = eventsJson(props.year.events, locateEvent, String(site), props.year.year);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

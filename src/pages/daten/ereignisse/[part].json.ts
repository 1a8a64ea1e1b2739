import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsJson, type ExportPart } from '../../../lib/publish/exports.ts';
import { eventParts, keys, locateEvent } from '../../../lib/load.ts';

/** The events of one month (/daten/ereignisse/2022-01.json), a long month in parts (…/2022-01-2.json). */
export const getStaticPaths = (() =>
  eventParts().map((part) => ({
    params: { part: part.key },
    props: { part },
    cacheKey: keys.of(part),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: ExportPart }> = async ({ site, props }) => {
  const { part } = props;
  const label = part.of > 1 ? `${part.month}, Teil ${part.number} von ${part.of}` : part.month;
  const body = eventsJson(part.items, locateEvent, String(site), label);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

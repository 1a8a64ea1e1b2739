/**
 * Open-data exports of the timeline: an iCalendar file (RFC 5545, through the
 * `ics` library) and a JSON list. Deterministic: the same content gives the
 * same bytes (DTSTAMP is the newest date of the content, not the build time).
 */
import { quoted } from '../format/quotes.ts';
import { createEvents, type EventAttributes } from 'ics';
import { addDays } from 'date-fns/addDays';
import { UTCDate } from '@date-fns/utc';
import { parseCalendarDate } from '../format/dates.ts';
import type { TimelineEvent } from '../views/timeline-model.ts';
import type { ArticleWithBody } from '../views/entity-model.ts';
import type { TimelineLocator } from '../format/urls.ts';
import { absolute, dataUrl } from '../format/urls.ts';
import { claimExport, claimView } from '../views/claim.ts';

type DateArray = [number, number, number];

function dateArray(value: string, plusDays = 0): DateArray {
  const day = new UTCDate(addDays(parseCalendarDate(value)!, plusDays));
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()];
}

const ICS_STATUS: Record<TimelineEvent['status'], NonNullable<EventAttributes['status']>> = {
  reported: 'CONFIRMED',
  announced: 'TENTATIVE',
  planned: 'TENTATIVE',
  disputed: 'TENTATIVE',
  denied: 'CANCELLED',
};

/**
 * The calendar of one year: the events that begin in it, beside the complete
 * calendar (a few KB an event: the complete one stays small enough).
 */
export interface ExportYear {
  year: string;
  ics: string;
  events: TimelineEvent[];
}

/** The years the events begin in, oldest first, each with its events and the URLs of its files. */
export function exportYears(events: readonly TimelineEvent[]): ExportYear[] {
  const years = new Map<string, ExportYear>();
  for (const event of events) {
    const year = event.range.start.slice(0, 4);
    let entry = years.get(year);
    if (!entry) {
      entry = { year, ics: dataUrl(`zeitleiste-${year}.ics`), events: [] };
      years.set(year, entry);
    }
    entry.events.push(event);
  }
  return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}

/**
 * At most this many events in one part of the events' export: about 6 MB of JSON
 * (3 KB an event), far below the 25 MiB a file that static hosts accept. There is
 * no complete file: at 1,000 articles it passed 25 MiB; /daten/ereignisse.json
 * lists the parts.
 */
const EVENTS_PER_PART = 2000;

/** One part of an export in parts: a month's items, a long month in several parts. */
interface MonthPart<T> {
  /** "2022-01", "2022-01-2" for the second part of January 2022. */
  key: string;
  month: string;
  number: number;
  of: number;
  /** The part's file: /daten/<folder>/<key>.json. */
  json: string;
  items: T[];
}

/** `items` by the month `monthOf` gives, oldest first, a long month in parts of `perPart`. */
function monthParts<T>(
  items: readonly T[],
  monthOf: (item: T) => string,
  perPart: number,
  folder: string,
): MonthPart<T>[] {
  const months = new Map<string, T[]>();
  for (const item of items) {
    const month = monthOf(item);
    const list = months.get(month);
    if (list) list.push(item);
    else months.set(month, [item]);
  }
  return [...months.keys()].sort().flatMap((month) => {
    const all = months.get(month)!;
    const of = Math.ceil(all.length / perPart);
    return Array.from({ length: of }, (_, i) => {
      const key = i === 0 ? month : `${month}-${i + 1}`;
      const part = all.slice(i * perPart, (i + 1) * perPart);
      return { key, month, number: i + 1, of, json: dataUrl(`${folder}/${key}.json`), items: part };
    });
  });
}

/** The index of an export in parts: which file holds which month's items, and how many. */
function partsIndex<T>(
  head: { title: string; description: string },
  parts: readonly MonthPart<T>[],
  count: (part: MonthPart<T>) => number,
  site: string,
) {
  return {
    ...head,
    count: parts.reduce((sum, p) => sum + count(p), 0),
    parts: parts.map((p) => ({
      month: p.month,
      part: p.number,
      of: p.of,
      count: count(p),
      url: absolute(p.json, site),
    })),
  };
}

/** One part of the events' export (/daten/ereignisse/2022-01.json). */
export type ExportPart = MonthPart<TimelineEvent>;

/** The events by the month they begin in, oldest first, a long month in parts of `perPart`. */
export const exportParts = (events: readonly TimelineEvent[], perPart = EVENTS_PER_PART): ExportPart[] =>
  monthParts(events, (e) => e.range.start.slice(0, 7), perPart, 'ereignisse');

/** The index of the events' parts (/daten/ereignisse.json). */
export const eventPartsIndex = (parts: readonly ExportPart[], site: string) =>
  partsIndex(
    {
      title: 'Lagebild – Ereignisse nach Monat',
      description: 'Die Ereignisse der Zeitleiste, eine Datei je Monat (ein langer Monat in Teilen).',
    },
    parts,
    (p) => p.items.length,
    site,
  );

/**
 * At most this many articles' claims in one part of the claims' export: about
 * 5 MB (some 23 KB an article with a full analysis). A file of all claims was
 * 23 MiB at 1,000 articles, near the 25 MiB a static host takes.
 */
const ARTICLES_PER_CLAIMS_PART = 200;

/** One part of the claims' export (/daten/aussagen/2022-01.json): the claims of the articles of a month. */
export type ClaimsPart = MonthPart<ArticleWithBody>;

/** The articles by the month they were published in, oldest first, a long month in parts. */
export const claimsParts = (articles: readonly ArticleWithBody[], perPart = ARTICLES_PER_CLAIMS_PART): ClaimsPart[] =>
  monthParts(articles, (a) => a.data.published.slice(0, 7), perPart, 'aussagen');

const claimCount = (part: ClaimsPart) => part.items.reduce((sum, a) => sum + a.data.claims.length, 0);

/** The index of the claims' parts (/daten/aussagen.json). */
export const claimsPartsIndex = (parts: readonly ClaimsPart[], site: string) =>
  partsIndex(
    {
      title: 'Lagebild – Aussagen nach Monat',
      description:
        'Die Aussagen der Analyse, eine Datei je Monat, in dem ihre Artikel erschienen (ein langer Monat in Teilen).',
    },
    parts,
    claimCount,
    site,
  );

/**
 * What a calendar shows of each event, and nothing else: the calendar's
 * cache key for the incremental build is made of it (cheap beside writing the
 * calendar, whose library checks every entry).
 */
export const calendarEntries = (events: readonly TimelineEvent[], locate: TimelineLocator, site: string) =>
  events.map((e): EventAttributes => ({
    uid: `${e.id}@lagebild`,
    title: e.title,
    start: dateArray(e.range.start),
    end: dateArray(e.range.end, 1),
    description: [
      `${e.dateLabel} · ${e.statusLabel}`,
      `Beleg: ${quoted(e.evidence)}`,
      `Artikel: ${e.article.title}`,
    ].join('\n'),
    url: absolute(locate(e.id), site),
    status: ICS_STATUS[e.status],
    categories: [e.statusLabel],
  }));

/** All-day calendar entries, one per event; a range covers its days. `year` names a calendar of one year. */
export function eventsIcs(entries: readonly EventAttributes[], stamp: string, year?: string): string {
  const timestamp = parseCalendarDate(stamp)!.getTime();
  const attributes = entries.map(
    // DTSTAMP from the content, not the clock: not in the library's types, but honoured.
    (entry): EventAttributes & { timestamp: number } => ({ ...entry, timestamp }),
  );
  const { error, value } = createEvents(attributes, {
    productId: '-//Lagebild//Zeitleiste//DE',
    calName: year ? `Lagebild – Zeitleiste ${year}` : 'Lagebild – Zeitleiste',
  });
  if (error || !value) throw error ?? new Error('the calendar could not be written');
  return value;
}

/** The events as open data, with absolute links to the timeline and the sentence. `part` names the month (or part) they fill. */
export function eventsJson(events: readonly TimelineEvent[], locate: TimelineLocator, site: string, part?: string) {
  return {
    title: part ? `Lagebild – Ereignisse ${part}` : 'Lagebild – Ereignisse',
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      start: e.range.start,
      end: e.range.end,
      dateLabel: e.dateLabel,
      timePrecision: e.timePrecision,
      timeOfDay: e.timeOfDay ?? null,
      dateExpression: e.dateExpression ?? null,
      status: e.status,
      statusLabel: e.statusLabel,
      evidence: e.evidence,
      url: absolute(locate(e.id), site),
      evidenceUrl: absolute(e.evidenceHref, site),
      article: { slug: e.article.slug, title: e.article.title, url: absolute(e.article.href, site) },
      reports: e.reports.map((r) => ({
        article: { slug: r.article.slug, title: r.article.title, url: absolute(r.article.href, site) },
        reportedOn: r.reportedOn.datetime,
        status: r.status,
        statusLabel: r.statusLabel,
        dateExpression: r.dateExpression ?? null,
        evidence: r.evidence,
        evidenceUrl: absolute(r.evidenceHref, site),
      })),
      actors: e.actors.map((a) => ({ id: a.id, name: a.name })),
      places: e.places.map((p) => ({ id: p.id, name: p.name })),
      dateSources: e.dateSources,
      claims: e.competing.map((c) => ({
        id: c.id,
        speaker: c.speaker.name,
        summary: c.summary,
        saidOn: c.said?.datetime ?? null,
        claimedDate: c.claimedDate ?? null,
        claimedDateQualifier: c.claimedDateQualifier,
        claimedDateLabel: c.claimedDateLabel ?? null,
      })),
    })),
  };
}

/** The newest date the content knows (reference dates, updates): the calendar's DTSTAMP. */
export function contentStamp(dates: readonly (string | undefined)[]): string {
  const days = dates.filter((d): d is string => !!d && parseCalendarDate(d) !== undefined).sort();
  return days.at(-1) ?? '2000-01-01';
}

/** Every claim of every article, with speaker, date, quote or sources, and what it contradicts. */
/** The claims of one part's articles as open data. */
export function claimsExport(part: ClaimsPart, site: string) {
  return {
    title: `Lagebild – Aussagen ${part.of > 1 ? `${part.month}, Teil ${part.number} von ${part.of}` : part.month}`,
    claims: part.items.flatMap((article) => article.data.claims.map((c) => claimExport(claimView(article, c), site))),
  };
}

/**
 * The timeline in bounded pages: however large the archive grows, no page of
 * the timeline holds more than TIMELINE_PAGE_SIZE events. Each month has its
 * page (/zeitleiste/2022-01/); a month with more events continues on numbered
 * pages (/zeitleiste/2022-01/2/). An event belongs to the month it begins in.
 * /zeitleiste/ is the entry point and links every page. Pure: made once per
 * build from the site's timeline (src/lib/load.ts); every link to an event on
 * the timeline goes through the locator made here.
 */
import { formatPartialDate, formatRange } from '../format/dates.ts';
import { countLabel, timelinePageLead } from '../format/labels.ts';
import type { TimelineEvent } from './timeline-model.ts';
import { timelineEventUrl, timelinePagePath, timelinePageUrl, type TimelineLocator } from '../format/urls.ts';

/** At most this many events on one page: a page a phone opens at once and a reader can scan. */
export const TIMELINE_PAGE_SIZE = 40;

interface PageLink {
  href: string;
  label: string;
}

export interface TimelinePage {
  /** "2022-01" for a month's first page, "2022-01/2" for the next. */
  key: string;
  /** The page's path below the base ("zeitleiste/2022-01/"). */
  path: string;
  href: string;
  /** "2022-01" */
  month: string;
  /** "Januar 2022" */
  monthLabel: string;
  /** The page's number within its month, from 1, and how many pages the month has. */
  number: number;
  of: number;
  /** "Januar 2022" or "Januar 2022, Seite 2 von 3" */
  label: string;
  /** The days its events begin on: "2.–13. Januar 2022". */
  rangeLabel: string;
  /** "40 Ereignisse" */
  countLabel: string;
  /** Which of the month's events the page holds, in German. */
  lead: string;
  events: TimelineEvent[];
  prev?: PageLink | undefined;
  next?: PageLink | undefined;
}

export interface TimelineMonth {
  month: string;
  label: string;
  count: number;
  countLabel: string;
  pages: TimelinePage[];
}

/** The timeline's pages in time order (the events must be in time order, as timelineEvents() gives them). */
export function timelinePages(events: readonly TimelineEvent[], pageSize = TIMELINE_PAGE_SIZE): TimelinePage[] {
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const month = event.range.start.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(event);
    else byMonth.set(month, [event]);
  }
  const pages: TimelinePage[] = [];
  for (const [month, monthEvents] of byMonth) {
    const of = Math.ceil(monthEvents.length / pageSize);
    const monthLabel = formatPartialDate(month);
    for (let i = 0; i < of; i += 1) {
      const slice = monthEvents.slice(i * pageSize, (i + 1) * pageSize);
      const number = i + 1;
      const key = number === 1 ? month : `${month}/${number}`;
      pages.push({
        key,
        path: timelinePagePath(key),
        href: timelinePageUrl(key),
        month,
        monthLabel,
        number,
        of,
        label: of === 1 ? monthLabel : `${monthLabel}, Seite ${number} von ${of}`,
        rangeLabel: formatRange({ start: slice[0]!.range.start, end: slice.at(-1)!.range.start }),
        countLabel: countLabel(slice.length, 'Ereignis', 'Ereignisse'),
        lead: timelinePageLead({
          monthLabel,
          number,
          of,
          first: i * pageSize + 1,
          last: i * pageSize + slice.length,
          total: monthEvents.length,
        }),
        events: slice,
      });
    }
  }
  pages.forEach((page, i) => {
    const link = (other: TimelinePage | undefined) => other && { href: other.href, label: other.label };
    page.prev = link(pages[i - 1]);
    page.next = link(pages[i + 1]);
  });
  return pages;
}

/** The months of the timeline with their pages: the overview on /zeitleiste/. */
export function timelineMonths(pages: readonly TimelinePage[]): TimelineMonth[] {
  const months = new Map<string, TimelineMonth>();
  for (const page of pages) {
    const month = months.get(page.month) ?? {
      month: page.month,
      label: page.monthLabel,
      count: 0,
      countLabel: '',
      pages: [],
    };
    month.count += page.events.length;
    month.countLabel = countLabel(month.count, 'Ereignis', 'Ereignisse');
    month.pages.push(page);
    months.set(page.month, month);
  }
  return [...months.values()];
}

/** Where an event is on the timeline: the URL of its entry, on the page that holds it. */
export function timelineLocator(pages: readonly TimelinePage[]): TimelineLocator {
  const pageOf = new Map(pages.flatMap((page) => page.events.map((e) => [e.id, page.key] as const)));
  return (eventId) => {
    const page = pageOf.get(eventId);
    if (!page) throw new Error(`the event "${eventId}" is on no page of the timeline`);
    return timelineEventUrl(eventId, page);
  };
}

/**
 * Month pages and the per-article timelines (/zeitleiste/<slug>/) share a
 * folder: an article whose file name is a month ("2022-01.md") would take
 * the month's address. Fails the build with what to do.
 */
export function assertNoSlugIsAMonth(pages: readonly TimelinePage[], slugs: readonly string[]): void {
  const months = new Set(pages.map((p) => p.month));
  const clash = slugs.find((slug) => months.has(slug));
  if (clash) {
    throw new Error(
      `content/articles/${clash}.md: the file name "${clash}" is also the address of the timeline's month page ` +
        `/zeitleiste/${clash}/; expected another file name (for example "${clash}-bericht.md")`,
    );
  }
}

/**
 * The site's timeline: the events of all articles in time order, grouped by
 * day (or by span, for ranges), each tied to its sentence, its article, its
 * actors and places, and the competing claims about it. Pure: takes the
 * articles' validated data, returns plain values for the page and exports.
 */
import { inReportOrder } from '../analysis/corpus.ts';
import type { ArticleInput, ResolvedArticle as ArticleData } from '../analysis/model.ts';
import { calendarDays, formatDay, formatRange, parseCalendarDate, parseDateOrRange } from '../format/dates.ts';
import { evidenceAnchor } from '../format/evidence.ts';
import { statusLabel } from '../format/labels.ts';
import { eventDateLabel, sortEvents } from './timeline.ts';
// Subpaths, as in src/lib/format/dates.ts: the indexes load about 1,700 modules.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { de } from 'date-fns/locale/de';
import { claimView, type ClaimCardView } from './claim.ts';
import { eventHome, eventView, type EventView } from './event.ts';
import { actorUrl, articleUrl, dayAnchor, placeOnMapUrl } from '../format/urls.ts';

export type { ArticleInput };

interface LinkRef {
  id: string;
  name: string;
  href: string;
}

/** A claim about an event: what a claim card shows of the one claim view (claim.ts). */
export type CompetingClaim = ClaimCardView;

/** One article's report of an event: its words, its date expression, the status at its time. */
interface EventReport {
  article: { slug: string; title: string; href: string };
  /** The article's reference date ("YYYY-MM-DD"): when it reported. */
  reportedOn: { datetime: string; label: string };
  status: ArticleData['events'][number]['status'];
  statusLabel: string;
  dateExpression?: string | undefined;
  /** Where the text states another date than the event's: that date, in German. */
  statedDateLabel?: string | undefined;
  evidence: string;
  evidenceHref: string;
  notes?: string | undefined;
}

/** An event on the timeline: its one view (event.ts), as its latest report gives it, with every report. */
export interface TimelineEvent extends EventView {
  /** The latest report's date expression (and the date it states, where that is not the event's), evidence and article. */
  dateExpression?: string | undefined;
  statedDateLabel?: string | undefined;
  evidence: string;
  evidenceHref: string;
  article: { slug: string; title: string; href: string };
  /** Every report, oldest first: the event's reporting history. */
  reports: EventReport[];
  /** Whether the event has a page of its own, and its address (eventHome in event.ts). */
  ownPage: boolean;
  href: string;
  actors: LinkRef[];
  places: LinkRef[];
  competing: CompetingClaim[];
}

/** The date a report's text states where it is not the event's ("6. Januar 2022"), else undefined. */
function statedDate(analysis: ArticleInput['analysis'], eventId: string): string | undefined {
  const date = analysis.dates.find((d) => d.event === eventId);
  if (!date?.differs || !date.resolved) return undefined;
  const range = parseDateOrRange(date.resolved);
  return range ? formatRange(range) : undefined;
}

/**
 * The timeline: one entry per real event, however many articles report it,
 * with each report (its article's words and status at the time); the
 * latest report gives the entry its status and sentence.
 */
export function timelineEvents(articles: readonly ArticleInput[]): TimelineEvent[] {
  const byId = new Map<string, TimelineEvent>();
  for (const { slug, data, analysis } of inReportOrder(articles)) {
    const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
    const placeName = new Map(data.places.map((p) => [p.id, p.name]));
    const article = { slug, title: data.title, href: articleUrl(slug) };
    const reportedOn = { datetime: data.referenceDate.date, label: formatDay(data.referenceDate.date, 'medium') };
    // Each claim's view once per article, however many of its events it is about.
    const claimViews = new Map<string, ReturnType<typeof claimView>>();
    const viewOf = (c: (typeof data.claims)[number]) => {
      let view = claimViews.get(c.id);
      if (!view) claimViews.set(c.id, (view = claimView({ slug, data }, c)));
      return view;
    };
    for (const e of data.events) {
      const competing = data.claims.filter((c) => c.about.events.includes(e.id)).map(viewOf);
      const report: EventReport = {
        article,
        reportedOn,
        status: e.status,
        statusLabel: statusLabel[e.status],
        dateExpression: e.dateExpression,
        statedDateLabel: statedDate(analysis, e.id),
        evidence: e.evidence,
        evidenceHref:
          e.evidenceIn === 'caption'
            ? `${articleUrl(slug)}#foto`
            : `${articleUrl(slug)}#${evidenceAnchor('event', e.id)}`,
        notes: e.reportNotes,
      };
      const existing = byId.get(e.id);
      if (existing) {
        existing.reports.push(report);
        Object.assign(existing, {
          status: report.status,
          statusLabel: report.statusLabel,
          dateExpression: report.dateExpression,
          statedDateLabel: report.statedDateLabel,
          evidence: report.evidence,
          evidenceHref: report.evidenceHref,
          article,
        });
        existing.competing.push(...competing.filter((c) => !existing.competing.some((x) => x.id === c.id)));
        continue;
      }
      byId.set(e.id, {
        ...eventView(e),
        dateExpression: e.dateExpression,
        statedDateLabel: report.statedDateLabel,
        evidence: e.evidence,
        evidenceHref: report.evidenceHref,
        article,
        reports: [report],
        ...eventHome(e.id, [slug]),
        actors: e.actors.map((id) => ({ id, name: actorName.get(id) ?? id, href: actorUrl(id) })),
        places: e.places.map((id) => ({ id, name: placeName.get(id) ?? id, href: placeOnMapUrl(id, e.range.start) })),
        competing,
      });
    }
  }
  for (const event of byId.values()) {
    Object.assign(
      event,
      eventHome(
        event.id,
        event.reports.map((r) => r.article.slug),
      ),
    );
  }
  return sortEvents([...byId.values()]);
}

/**
 * The one article every event of a page comes from (each reported there
 * alone), or undefined: the page names it once, above the entries, instead
 * of in each.
 */
export function soleArticle(events: readonly TimelineEvent[]): TimelineEvent['article'] | undefined {
  const first = events[0]?.article;
  return first && events.every((e) => e.reports.length === 1 && e.article.slug === first.slug) ? first : undefined;
}

/** At most this many reports in a timeline entry: the first and the latest; the event's own page lists them all. */
const REPORTS_SHOWN = 5;

/** An event's reporting history as an entry shows it: the first report, the latest ones, and how many lie between. */
export function reportHistory<T>(
  reports: readonly T[],
  max: number = REPORTS_SHOWN,
): { first: T[]; hidden: number; last: T[] } {
  if (reports.length <= max) return { first: [...reports], hidden: 0, last: [] };
  return { first: reports.slice(0, 1), hidden: reports.length - max, last: reports.slice(-(max - 1)) };
}

export interface DayGroup {
  /** "2022-01-11" for a day, "2022-01-13--2022-01-19" for a span. */
  key: string;
  anchor: string;
  label: string;
  datetime: string;
  span: boolean;
  approximate: boolean;
  events: TimelineEvent[];
}

/** Groups events by their day, or by their span for ranges; in time order. */
export function groupByDay(events: readonly TimelineEvent[]): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const event of events) {
    const span = event.range.start !== event.range.end;
    const approximate = event.timePrecision === 'approximate';
    const key = `${span ? `${event.range.start}--${event.range.end}` : event.range.start}${approximate ? '-ca' : ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        anchor: dayAnchor(key),
        label: span || approximate ? eventDateLabel({ ...event, timeOfDay: undefined }) : formatDay(event.range.start),
        datetime: event.range.start,
        span,
        approximate,
        events: [],
      };
      groups.set(key, group);
    }
    group.events.push(event);
  }
  return [...groups.values()];
}

interface StripDay {
  date: string;
  dayLabel: string;
  weekday: string;
  count: number;
  anchor?: string | undefined;
  label: string;
}

interface StripSpan {
  id: string;
  /** The bar's label on screen: the event's title. */
  name: string;
  /** The bar's accessible name: date and title. */
  title: string;
  startIndex: number;
  endIndex: number;
  status: TimelineEvent['status'];
  approximate: boolean;
  href: string;
}

export interface Strip {
  days: StripDay[];
  spans: StripSpan[];
  label: string;
}

/**
 * The overview strip: one column per day from the first to the last event,
 * with the number of single-day events, and spans drawn as bars.
 */
export function overviewStrip(events: readonly TimelineEvent[], groups: readonly DayGroup[]): Strip {
  if (!events.length) return { days: [], spans: [], label: 'Keine Ereignisse' };
  const first = events.reduce((min, e) => (e.range.start < min ? e.range.start : min), events[0]!.range.start);
  const last = events.reduce((max, e) => (e.range.end > max ? e.range.end : max), events[0]!.range.end);
  const start = parseCalendarDate(first)!;
  const days: StripDay[] = calendarDays(first, last).map((date) => {
    const day = parseCalendarDate(date)!;
    const dayGroups = groups.filter((g) => !g.span && !g.approximate && g.datetime === date);
    const count = dayGroups.reduce((n, g) => n + g.events.length, 0);
    return {
      date,
      dayLabel: format(day, 'd.', { locale: de }),
      weekday: format(day, 'EEEEEE', { locale: de }),
      count,
      anchor: dayGroups[0]?.anchor,
      label: `${formatDay(date)}: ${count === 1 ? '1 Ereignis' : `${count} Ereignisse`}`,
    };
  });
  const index = (date: string) => differenceInCalendarDays(parseCalendarDate(date)!, start);
  const spans = events
    .filter((e) => e.range.start !== e.range.end || e.timePrecision === 'approximate')
    .map((e) => ({
      id: e.id,
      name: e.title,
      title: `${e.dateLabel}: ${e.title}`,
      startIndex: index(e.range.start),
      endIndex: index(e.range.end),
      status: e.status,
      approximate: e.timePrecision === 'approximate',
      href: `#${e.anchor}`,
    }));
  const label = `Zeitachse vom ${formatDay(first, 'medium')} bis ${formatDay(last, 'medium')}: ${events.length} Ereignisse`;
  return { days, spans, label };
}

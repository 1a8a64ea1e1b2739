/**
 * An event as the site shows it: its date and status labelled in German once
 * (`eventView`), shared by the timeline (and through it the event pages and
 * the exports), the article page and the actor and place pages. Each adds
 * what is its own: the timeline its reports, the article page its evidence,
 * the entity pages the article that reports it.
 */
import type { Confidence, Event, Source } from '../analysis/model.ts';
import { statusLabel } from '../format/labels.ts';
import { articleUrl, eventAnchor, eventUrl } from '../format/urls.ts';
import { eventDateLabel, eventDatetime } from './timeline.ts';

export interface EventView {
  id: string;
  /** Its anchor on the timeline and on its article's page. */
  anchor: string;
  title: string;
  /** "YYYY-MM-DD" or a range, as the registry gives it. */
  date: string;
  /** The date parsed once when the corpus is built: every view orders and labels by it. */
  range: Event['range'];
  timePrecision: Event['timePrecision'];
  timeOfDay?: Event['timeOfDay'];
  /** »Dienstag, 11. Januar 2022, morgens«, »ca. 2.–7. Januar 2022«. */
  dateLabel: string;
  /** The start, for <time datetime>. */
  datetime: string;
  /** The status as this report gives it (on the timeline: the latest report's, see inReportOrder). */
  status: Event['status'];
  statusLabel: string;
  notes?: string | undefined;
  dateSources: Source[];
  /** How sure the analysis is that the event happened as dated. */
  confidence?: Confidence | undefined;
}

/** The event's view as one article reports it, built once per report. */
export function eventView(event: Event): EventView {
  return {
    id: event.id,
    anchor: eventAnchor(event.id),
    title: event.title,
    date: event.date,
    range: event.range,
    timePrecision: event.timePrecision,
    timeOfDay: event.timeOfDay,
    dateLabel: eventDateLabel(event),
    datetime: eventDatetime(event),
    status: event.status,
    statusLabel: statusLabel[event.status],
    notes: event.notes,
    dateSources: event.dateSources ?? [],
    confidence: event.confidence,
  };
}

/**
 * Where an event lives, decided here once for every view, export and script
 * that links it. An event several articles report has a page of its own
 * (/ereignisse/<id>/) that gathers their reports; an event one article
 * reports lives in that article's list of events (/artikel/<slug>/#ereignis-<id>),
 * which shows it whole, so that the archive does not write a file per event
 * (at twelve events an article, most of the files a static host allows).
 * Either address stays: the article keeps the event in its list when a
 * second report gives the event its page.
 */
export function eventHome(id: string, reportingSlugs: readonly string[]): { ownPage: boolean; href: string } {
  const slugs = new Set(reportingSlugs);
  const [only] = slugs;
  if (slugs.size === 1 && only !== undefined) return { ownPage: false, href: `${articleUrl(only)}#${eventAnchor(id)}` };
  return { ownPage: true, href: eventUrl(id) };
}

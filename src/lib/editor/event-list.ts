/**
 * The registered events of a span of days, as `npm run pruefen -- --ereignisse
 * 2022-01-05/2022-01-20` lists them for an editor who looks for the event a
 * sentence reports: one line each, the date as the site shows it, the id, the
 * title; in the timeline's order.
 */
import type { EventData } from '../../schemas/event.ts';
import { formatDay, formatRange, parseDateOrRange, partialDatePrecision, type DateRange } from '../format/dates.ts';
import { eventDateLabel, sortEvents } from '../views/timeline.ts';
import type { Entry } from '../analysis/registries.ts';

/** "2022-01-05/2022-01-20", "2022-01-11" or "2022-01" as the days it spans; undefined if it is none of them. */
export function parseSpan(value: string): DateRange | undefined {
  if (partialDatePrecision(value) === 'month') {
    const [year, month] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return parseDateOrRange(value);
}

/** The lines to print: a heading, then each event that overlaps the span. */
export function listEvents(events: Iterable<Entry<EventData>>, span: DateRange): string[] {
  const inSpan = sortEvents(
    [...events]
      .map(({ id, data }) => ({ id, ...data, range: parseDateOrRange(data.date)! }))
      .filter((e) => e.range.start <= span.end && e.range.end >= span.start),
  );
  const days = span.start === span.end ? `am ${formatDay(span.start, 'medium')}` : `im Zeitraum ${formatRange(span)}`;
  if (!inSpan.length) return [`Keine registrierten Ereignisse ${days}.`];
  const labels = inSpan.map((e) => eventDateLabel(e));
  const width = Math.max(...labels.map((l) => l.length));
  const idWidth = Math.max(...inSpan.map((e) => e.id.length));
  return [
    `${inSpan.length === 1 ? 'Ein registriertes Ereignis' : `${inSpan.length} registrierte Ereignisse`} ${days}:`,
    ...inSpan.map((e, i) => `  ${labels[i]!.padEnd(width)}  ${e.id.padEnd(idWidth)}  ${e.title}`),
  ];
}

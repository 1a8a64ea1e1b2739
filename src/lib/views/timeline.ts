/**
 * Events in time: order and German date labels that say exactly as much as
 * the text knows ("ca.", ranges, parts of a day).
 */
import type { Event } from '../analysis/model.ts';
import { formatDay, formatPartialDate, formatRange, parseDateOrRange } from '../format/dates.ts';

/** Chronological: by start, then shorter first, then by part of day, then by id. */
export function sortEvents<T extends Pick<Event, 'range' | 'id' | 'timeOfDay'>>(events: readonly T[]): T[] {
  const dayOrder = ['morgens', 'vormittags', 'mittags', 'nachmittags', 'abends', 'nachts'];
  const partRank = (e: T) => (e.timeOfDay ? dayOrder.indexOf(e.timeOfDay) : -1);
  return [...events].sort((a, b) => {
    const [ra, rb] = [a.range, b.range];
    return (
      ra.start.localeCompare(rb.start) ||
      ra.end.localeCompare(rb.end) ||
      partRank(a) - partRank(b) ||
      a.id.localeCompare(b.id)
    );
  });
}

/** "Dienstag, 11. Januar 2022, morgens", "ca. 2.–7. Januar 2022", "13.–19. Januar 2022". */
export function eventDateLabel(event: Pick<Event, 'range' | 'timePrecision' | 'timeOfDay'>): string {
  const { range } = event;
  const single = range.start === range.end;
  let label = single ? formatDay(range.start, 'long') : formatRange(range);
  if (event.timePrecision === 'month') label = formatPartialDate(range.start.slice(0, 7));
  if (event.timePrecision === 'week') label = `Woche vom ${formatRange(range)}`;
  if (event.timePrecision === 'approximate') label = `ca. ${label}`;
  if (event.timeOfDay) label = `${label}, ${event.timeOfDay}`;
  return label;
}

/** The machine-readable start for <time datetime>. */
export function eventDatetime(event: Pick<Event, 'range'>): string {
  return event.range.start;
}

const QUALIFIER_PREFIX = { on: '', notBefore: 'nicht vor dem ', notAfter: 'spätestens am ' } as const;

/** A date or range as the reader reads it: "13. Januar 2022", "13.–19. Januar 2022", "nicht vor dem 15. Januar 2022". */
export function dateOrRangeLabel(value: string, qualifier: keyof typeof QUALIFIER_PREFIX = 'on'): string {
  const range = parseDateOrRange(value);
  if (!range) throw new Error(`not a date or range: "${value}"`);
  return `${QUALIFIER_PREFIX[qualifier]}${formatRange(range)}`;
}

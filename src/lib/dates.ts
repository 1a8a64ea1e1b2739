/**
 * All date handling of Lagebild: parsing calendar dates, resolving the
 * relative expressions of a text ("am Dienstag") and German formatting.
 *
 * A calendar date ("2022-01-11") is a day, not an instant. Every Date made
 * here is a UTCDate, so that parsing and formatting give the same day under
 * any machine time zone.
 */
import { UTCDate } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';
import { de } from 'date-fns/locale';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_YEAR = /^\d{4}$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Parses "YYYY-MM-DD" strictly (no 2022-02-30); returns undefined if it is not a real day. */
export function parseCalendarDate(value: string): UTCDate | undefined {
  if (!ISO_DAY.test(value)) return undefined;
  const date = parse(value, 'yyyy-MM-dd', new UTCDate(2000, 0, 1));
  return isValid(date) ? new UTCDate(date) : undefined;
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

function toCalendarDate(date: Date): string {
  return format(new UTCDate(date), 'yyyy-MM-dd');
}

/** Precision of a partial ISO date ("2022" → year, "2022-01" → month, "2022-01-11" → day). */
export function partialDatePrecision(value: string): DatePrecision | undefined {
  if (ISO_YEAR.test(value)) return 'year';
  if (ISO_MONTH.test(value)) return isValid(parse(value, 'yyyy-MM', new UTCDate(2000, 0, 1))) ? 'month' : undefined;
  return isCalendarDate(value) ? 'day' : undefined;
}

export function isPartialDate(value: string): boolean {
  return partialDatePrecision(value) !== undefined;
}

export interface DateRange {
  start: string;
  end: string;
}

/** "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD" (start before end) → range; undefined if invalid. */
export function parseDateOrRange(value: string): DateRange | undefined {
  const parts = value.split('/');
  if (parts.length === 1 && isCalendarDate(value)) return { start: value, end: value };
  if (parts.length === 2) {
    const [start, end] = parts as [string, string];
    if (isCalendarDate(start) && isCalendarDate(end) && start < end) return { start, end };
  }
  return undefined;
}

export function isDateOrRange(value: string): boolean {
  return parseDateOrRange(value) !== undefined;
}

/** "Dienstag, 11. Januar 2022" and friends: German formatting of a calendar date. */
export function formatDay(value: string, pattern: 'long' | 'medium' | 'short' = 'long'): string {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`not a calendar date: "${value}"`);
  const patterns = { long: 'EEEE, d. MMMM yyyy', medium: 'd. MMMM yyyy', short: 'd.M.yyyy' } as const;
  return format(date, patterns[pattern], { locale: de });
}

/** A partial date in German at its own precision: "2022" / "Januar 2022" / "13. Januar 2022". */
export function formatPartialDate(value: string): string {
  const precision = partialDatePrecision(value);
  if (precision === 'year') return value;
  if (precision === 'month')
    return format(parse(value, 'yyyy-MM', new UTCDate(2000, 0, 1)), 'MMMM yyyy', { locale: de });
  if (precision === 'day') return formatDay(value, 'medium');
  throw new Error(`not a date: "${value}"`);
}

const RANGE_FORMAT = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A range in German without repeating what both ends share: "11.–13. Januar
 * 2022", "30. Januar – 2. Februar 2022" (the platform's Intl formatRange;
 * calendar days are UTC midnights, so the time zone of the machine never shifts a day).
 */
export function formatRange(range: DateRange): string {
  return RANGE_FORMAT.formatRange(parseCalendarDate(range.start)!, parseCalendarDate(range.end)!);
}

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const alternatives = (words: string[]) => words.join('|');

// German relative expressions as a newspaper uses them. The weekday is always
// the one of the reference date's week (Monday to Sunday, as in the de locale),
// which is how "am Dienstag" and "diesen Donnerstag" read in a daily paper.
const WEEKDAY_EXPRESSION = new RegExp(
  `^(?:(?:am|an diesem|für|für diesen|diesen|dieser|diesem|bis|bis zum|seit)\\s+)?(${alternatives(WEEKDAYS)})(?:\\s*(?:morgen|vormittag|mittag|nachmittag|abend|nacht))?$`,
  'i',
);
const DAY_MONTH_EXPRESSION = new RegExp(
  `^(?:(?:am|bis|bis zum|seit dem|vom|zum|ab dem|ab)\\s+)?(\\d{1,2})\\.\\s*(${alternatives(MONTHS)})(?:\\s+(\\d{4}))?$`,
  'i',
);
const NUMERIC_EXPRESSION = /^(?:(?:am|bis|bis zum|seit dem|vom|zum)\s+)?\(?(\d{1,2})\.(\d{1,2})\.(\d{4})\)?$/;
/** Expressions that name no day of their own but the day of another event. */
export const ANAPHORIC_EXPRESSION =
  /^(?:am\s+)?(?:(?:morgen|abend|nachmittag|vormittag)\s+)?(?:des|desselben|am selben|am gleichen)\s+tages$|^am (?:selben|gleichen) tag$|^am abend des tages$/i;

export type Resolution = { ok: true; date: string; rule: string } | { ok: false; reason: string };

/**
 * Resolves a German date expression from the text against the reference date.
 * Returns the calendar date and the rule used, or why it cannot be resolved.
 */
export function resolveDateExpression(expression: string, referenceDate: string): Resolution {
  const reference = parseCalendarDate(referenceDate);
  if (!reference) return { ok: false, reason: `reference date "${referenceDate}" is not a calendar date` };
  const text = expression.trim().replace(/\s+/g, ' ');

  const weekday = WEEKDAY_EXPRESSION.exec(text);
  if (weekday) {
    const name = weekday[1]!;
    const date = parse(name, 'EEEE', reference, { locale: de });
    return { ok: true, date: toCalendarDate(date), rule: `${name} der Woche des Bezugsdatums` };
  }
  const dayMonth = DAY_MONTH_EXPRESSION.exec(text);
  if (dayMonth) {
    const [, day, month, year] = dayMonth;
    const date = year
      ? parse(`${day}. ${month} ${year}`, 'd. MMMM yyyy', reference, { locale: de })
      : parse(`${day}. ${month}`, 'd. MMMM', reference, { locale: de });
    if (!isValid(date)) return { ok: false, reason: `"${expression}" names no existing day` };
    return {
      ok: true,
      date: toCalendarDate(date),
      rule: year ? 'Datum im Text' : 'Tag und Monat im Jahr des Bezugsdatums',
    };
  }
  const numeric = NUMERIC_EXPRESSION.exec(text);
  if (numeric) {
    const [, day, month, year] = numeric;
    const date = parse(`${day}.${month}.${year}`, 'd.M.yyyy', reference);
    if (!isValid(date)) return { ok: false, reason: `"${expression}" names no existing day` };
    return { ok: true, date: toCalendarDate(date), rule: 'Datum im Text' };
  }
  return {
    ok: false,
    reason:
      `cannot resolve "${expression}": expected a weekday ("am Dienstag", "diesen Donnerstag"), ` +
      `a day and month ("bis zum 19. Januar"), a date ("11.1.2022") or, with dateAnchor, "am Abend des Tages"`,
  };
}

/**
 * All date handling of Lagebild: parsing calendar dates, resolving the
 * relative expressions of a text ("am Dienstag") and German formatting.
 *
 * A calendar date ("2022-01-11") is a day, not an instant. Every Date made
 * here is a UTCDate, so that parsing and formatting give the same day under
 * any machine time zone.
 */
import { UTCDate, utc } from '@date-fns/utc';
// date-fns by its subpaths: its index and its locales' index load about 1,700 modules (1.9 s in every
// build, dev start and preview worker); these load a few dozen.
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { de } from 'date-fns/locale/de';
import { nextDay } from 'date-fns/nextDay';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import { previousDay } from 'date-fns/previousDay';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { Day } from 'date-fns';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_YEAR = /^\d{4}$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Parses "YYYY-MM-DD" strictly (no 2022-02-30); returns undefined if it is not a real day. */
export function parseCalendarDate(value: string): UTCDate | undefined {
  if (!ISO_DAY.test(value)) return undefined;
  // parseISO rejects a day the month does not have, as parse() with a pattern does, at a quarter of the time.
  const date = parseISO(value, { in: utc });
  // parse() with a pattern took no year 0 (there is none: 1 BC comes before AD 1); parseISO does.
  return isValid(date) && date.getUTCFullYear() >= 1 ? date : undefined;
}

/** Every day from `first` to `last` ("YYYY-MM-DD", both included), in order. */
export function calendarDays(first: string, last: string): string[] {
  const start = parseCalendarDate(first);
  const end = parseCalendarDate(last);
  if (!start || !end) throw new Error(`not a calendar date: "${start ? last : first}"`);
  const days: string[] = [];
  for (let day = start; day <= end; day = new UTCDate(addDays(day, 1))) days.push(format(day, 'yyyy-MM-dd'));
  return days;
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

/**
 * The labels formatDay() and formatRange() gave: an archive names the same few hundred days tens of
 * thousands of times (every report of every event on the timeline, the maps, the exports).
 */
const dayLabels = new Map<string, string>();

/** "Dienstag, 11. Januar 2022" and friends: German formatting of a calendar date. */
export function formatDay(value: string, pattern: 'long' | 'medium' | 'short' = 'long'): string {
  const key = `${pattern} ${value}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    const date = parseCalendarDate(value);
    if (!date) throw new Error(`not a calendar date: "${value}"`);
    const patterns = { long: 'EEEE, d. MMMM yyyy', medium: 'd. MMMM yyyy', short: 'd.M.yyyy' } as const;
    dayLabels.set(key, (label = format(date, patterns[pattern], { locale: de })));
  }
  return label;
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
  const key = `${range.start}/${range.end}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = RANGE_FORMAT.formatRange(parseCalendarDate(range.start)!, parseCalendarDate(range.end)!);
    dayLabels.set(key, label);
  }
  return label;
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
const alternatives = (words: readonly string[]) => words.join('|');

/*
 * German date expressions as a newspaper writes them, resolved against the
 * reference date (the "today" of the text) with date-fns, each to a day or a
 * range with its precision.
 *
 * chrono-node has a German locale (heute, gestern, weekdays, "vor 3 Tagen",
 * "13. Januar"), but it is not used here: it resolves to instants in the
 * machine's time zone rather than calendar days; it has no ranges with a
 * precision (»vergangene Woche« is one instant seven days back, not Monday to
 * Sunday), no »Anfang/Mitte/Ende Januar«, »am Wochenende« or »gut/knapp«;
 * and a bare weekday is the nearest one, where Lagebild reads »am Sonntag«
 * as the Sunday of the reference date's week. Wrapping it would mean
 * re-parsing its matches to undo each of these, so the forms are written
 * out below, one table that both resolves an expression and finds the
 * expressions of a text.
 */

type TimeOfDay = 'morgens' | 'vormittags' | 'mittags' | 'nachmittags' | 'abends' | 'nachts';
/** The precisions of an event's date (src/schemas/event.ts) that an expression can give. */
export type ExpressionPrecision = 'day' | 'part-of-day' | 'week' | 'month' | 'approximate';

export interface ResolvedExpression {
  ok: true;
  /** "YYYY-MM-DD", or "YYYY-MM-DD/YYYY-MM-DD" for a range: the form of an event's date. */
  date: string;
  range: DateRange;
  precision: ExpressionPrecision;
  timeOfDay?: TimeOfDay | undefined;
  /** How it was resolved, in German: "Dienstag der Woche des Bezugsdatums". */
  rule: string;
}

export type Resolution = ResolvedExpression | { ok: false; reason: string };

/** What a form gives: a day or a range, its precision and the rule (or why the day does not exist). */
type FormResult = Omit<ResolvedExpression, 'ok' | 'date' | 'range'> & { start: Date; end?: Date };

interface DateForm {
  /** The pattern without anchors; named groups feed `resolve`. Matched case-insensitively. */
  pattern: string;
  resolve(groups: Record<string, string | undefined>, reference: UTCDate): FormResult | undefined;
}

const WEEK = { weekStartsOn: 1 } as const;
const PARTS: Record<string, TimeOfDay> = {
  morgen: 'morgens',
  früh: 'morgens',
  vormittag: 'vormittags',
  mittag: 'mittags',
  nachmittag: 'nachmittags',
  abend: 'abends',
  nacht: 'nachts',
};
const PART = `(?<part>${alternatives(Object.keys(PARTS))})`;
const WEEKDAY = `(?<weekday>${alternatives(WEEKDAYS)})`;
const MONTH = `(?<month>${alternatives(MONTHS)})`;
/** "vergangene", "letzten", "dieser", "kommenden", "nächste": which week. */
const WEEK_MODIFIER = '(?<mod>vergangen|letzt|vorig|dies|kommend|nächst)e[nrms]?';
const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
};
const NUMBER = `(?<n>\\d{1,2}|${alternatives(Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length))})`;
/** Words before a day that do not change it ("bis zum 19. Januar" names the 19th). */
const DAY_PREFIX =
  '(?:(?:am|an diesem|für|für diesen|diesen|dieser|diesem|bis|bis zum|seit|seit dem|vom|zum|ab|ab dem)\\s+)?';
const SPAN_PREFIX = '(?:(?:seit|bis|ab|für|von|vom|gegen|zu|zum|zur|am|an|in der|in|über die|für die)\\s+)?';

const lower = (value: string | undefined) => (value ?? '').toLowerCase();
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase());
const weekdayName = (name: string) => WEEKDAYS[weekdayIndex(name)]!;
const monthName = (name: string) => MONTHS[monthIndex(name)]!;

/** -1 for the week before the reference date's, 1 for the week after, 0 for its own. */
function weekOffset(modifier: string | undefined): number {
  const m = lower(modifier);
  if (/^(vergangen|letzt|vorig)/.test(m)) return -1;
  if (/^(kommend|nächst)/.test(m)) return 1;
  return 0;
}
const WEEK_WORDS: Record<number, string> = {
  [-1]: 'der Woche vor der des Bezugsdatums',
  0: 'der Woche des Bezugsdatums',
  1: 'der Woche nach der des Bezugsdatums',
};

function dayWithPart(day: Date, part: string | undefined, rule: string): FormResult {
  const timeOfDay = part ? PARTS[lower(part)] : undefined;
  return timeOfDay
    ? { start: day, precision: 'part-of-day', timeOfDay, rule: `${rule}, ${timeOfDay}` }
    : { start: day, precision: 'day', rule };
}

/** A day and month in the reference date's year (or the year given); undefined if it does not exist. */
function dayOfMonth(day: number, month: number, year: number): Date | undefined {
  const date = new UTCDate(year, month - 1, day);
  return isValid(date) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const CASUAL_DAYS: Record<string, [number, string]> = {
  vorgestern: [-2, 'zwei Tage vor dem Bezugsdatum'],
  gestern: [-1, 'der Tag vor dem Bezugsdatum'],
  heute: [0, 'das Bezugsdatum'],
  morgen: [1, 'der Tag nach dem Bezugsdatum'],
  übermorgen: [2, 'zwei Tage nach dem Bezugsdatum'],
};

/** Monday–Tuesday, Tuesday–Thursday, Thursday–Sunday, Saturday–Sunday of a week (0 = Monday). */
const WEEK_PARTS: Record<string, [number, number, string]> = {
  anfang: [0, 1, 'Anfang'],
  beginn: [0, 1, 'Anfang'],
  mitte: [1, 3, 'Mitte'],
  ende: [3, 6, 'Ende'],
  wochenende: [5, 6, 'Wochenende'],
};

function weekPart(reference: UTCDate, part: string, modifier: string | undefined): FormResult {
  const offset = weekOffset(modifier);
  const monday = addWeeks(startOfWeek(reference, WEEK), offset);
  const [from, to, label] = WEEK_PARTS[part]!;
  const name = label === 'Wochenende' ? 'das Wochenende' : label;
  return {
    start: addDays(monday, from),
    end: addDays(monday, to),
    precision: 'approximate',
    rule: `${name} ${WEEK_WORDS[offset]} (${WEEKDAYS[from]} bis ${WEEKDAYS[to]})`,
  };
}

/** Days 1–10, 11–20, 21–end of a month. */
const MONTH_PARTS: Record<string, [number, number | 'end']> = {
  anfang: [1, 10],
  mitte: [11, 20],
  ende: [21, 'end'],
};

const FORMS: DateForm[] = [
  // heute, gestern, vorgestern, morgen, übermorgen; »gestern abend«, »morgen früh«
  {
    pattern: `(?:(?:seit|bis|ab|für|von|noch|schon|bereits|erst)\\s+)?(?<word>${alternatives(Object.keys(CASUAL_DAYS))})(?:\\s+${PART})?`,
    resolve: (g, reference) => {
      const [offset, rule] = CASUAL_DAYS[lower(g['word'])]!;
      return dayWithPart(addDays(reference, offset), g['part'], rule);
    },
  },
  // »am Dienstag«, »diesen Donnerstag«, »am Dienstag morgen«: the weekday of the reference date's week
  {
    pattern: `${DAY_PREFIX}${WEEKDAY}(?:\\s*${PART})?`,
    resolve: (g, reference) => {
      const name = weekdayName(g['weekday']!);
      const date = parse(name, 'EEEE', reference, { locale: de });
      return dayWithPart(date, g['part'], `${name} der Woche des Bezugsdatums`);
    },
  },
  // »vergangenen Montag«, »am kommenden Freitag«: the last one before, the next one after the reference date
  {
    pattern: `(?:(?:am|an|seit|bis|ab|für|vom|zum)\\s+)?(?<mod>vergangen|letzt|vorig|kommend|nächst)e[nrms]?\\s+${WEEKDAY}(?:\\s*${PART})?`,
    resolve: (g, reference) => {
      const name = weekdayName(g['weekday']!);
      const day = ((weekdayIndex(name) + 1) % 7) as Day;
      const past = weekOffset(g['mod']) < 0;
      const date = past ? previousDay(reference, day) : nextDay(reference, day);
      return dayWithPart(
        date,
        g['part'],
        `${past ? 'der letzte' : 'der nächste'} ${name} ${past ? 'vor' : 'nach'} dem Bezugsdatum`,
      );
    },
  },
  // »am Montag nächster Woche«, »Freitag der vergangenen Woche«
  {
    pattern: `${DAY_PREFIX}${WEEKDAY}(?:\\s*${PART})?\\s+(?:der\\s+)?${WEEK_MODIFIER}\\s+Woche`,
    resolve: (g, reference) => {
      const name = weekdayName(g['weekday']!);
      const offset = weekOffset(g['mod']);
      const date = addWeeks(parse(name, 'EEEE', reference, { locale: de }), offset);
      return dayWithPart(date, g['part'], `${name} ${WEEK_WORDS[offset]}`);
    },
  },
  // »vor drei Tagen«, »in zwei Wochen«, »vor gut einer Woche«, »in knapp zwölf Tagen«
  {
    pattern: `(?<dir>vor|in)\\s+(?:(?<approx>gut|knapp|etwa|rund|ungefähr)\\s+)?${NUMBER}\\s+(?<unit>Tag|Tage|Tagen|Woche|Wochen)`,
    resolve: (g, reference) => {
      const n = /^\d+$/.test(g['n']!) ? Number(g['n']) : NUMBER_WORDS[lower(g['n'])]!;
      const weeks = lower(g['unit']).startsWith('woche');
      const days = n * (weeks ? 7 : 1);
      const sign = lower(g['dir']) === 'vor' ? -1 : 1;
      const unit = weeks ? (n === 1 ? 'Woche' : 'Wochen') : n === 1 ? 'Tag' : 'Tage';
      const side = sign < 0 ? 'vor' : 'nach';
      const approx = lower(g['approx']);
      if (!approx)
        return {
          start: addDays(reference, sign * days),
          precision: 'day',
          rule: `${n} ${unit} ${side} dem Bezugsdatum`,
        };
      // »gut« is a little more, »knapp« a little less, »etwa« either: up to half a week, or a day.
      const slack = weeks ? 3 : 1;
      const [low, high] =
        approx === 'gut'
          ? [days, days + slack]
          : approx === 'knapp'
            ? [days - slack, days]
            : [days - slack, days + slack];
      const ends = [addDays(reference, sign * low), addDays(reference, sign * high)].sort(
        (a, b) => a.getTime() - b.getTime(),
      );
      return {
        start: ends[0]!,
        end: ends[1]!,
        precision: 'approximate',
        rule: `${approx} ${n} ${unit} ${side} dem Bezugsdatum (${low} bis ${high} Tage)`,
      };
    },
  },
  // »vergangene Woche«, »in dieser Woche«, »nächste Woche«: Monday to Sunday
  {
    pattern: `${SPAN_PREFIX}${WEEK_MODIFIER}\\s+Woche`,
    resolve: (g, reference) => {
      const offset = weekOffset(g['mod']);
      const monday = addWeeks(startOfWeek(reference, WEEK), offset);
      return {
        start: monday,
        end: endOfWeek(monday, WEEK),
        precision: 'week',
        rule: `Montag bis Sonntag ${WEEK_WORDS[offset]}`,
      };
    },
  },
  // »zu Wochenbeginn«, »am Wochenende«, »zur Wochenmitte«, »am vergangenen Wochenende«
  {
    pattern: `${SPAN_PREFIX}(?:(?:der|die|das|dem|des)\\s+)?(?:${WEEK_MODIFIER}\\s+)?Wochen(?<part>beginn|anfang|mitte|ende)`,
    resolve: (g, reference) => {
      const part = lower(g['part']);
      return weekPart(reference, part === 'ende' ? 'wochenende' : part, g['mod']);
    },
  },
  // »Mitte der Woche«, »zu Beginn der Woche«, »Ende der vergangenen Woche«, »Anfang nächster Woche«
  {
    pattern: `${SPAN_PREFIX}(?<part>Anfang|Beginn|Mitte|Ende)\\s+(?:der\\s+)?(?:${WEEK_MODIFIER}\\s+)?Woche`,
    resolve: (g, reference) => weekPart(reference, lower(g['part']), g['mod']),
  },
  // »Anfang Januar«, »Mitte Januar«, »Ende Januar 2022«: days 1–10, 11–20, 21–end
  {
    pattern: `${SPAN_PREFIX}(?<part>Anfang|Mitte|Ende)\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?`,
    resolve: (g, reference) => {
      const month = monthIndex(g['month']!);
      const year = g['year'] ? Number(g['year']) : reference.getUTCFullYear();
      const [from, to] = MONTH_PARTS[lower(g['part'])]!;
      const first = new UTCDate(year, month, from);
      const last = to === 'end' ? endOfMonth(first) : new UTCDate(year, month, to);
      const part = g['part']![0]!.toUpperCase() + lower(g['part']).slice(1);
      return {
        start: first,
        end: last,
        precision: 'approximate',
        rule: `${part} ${monthName(g['month']!)} (${from}. bis ${format(last, 'd.')}) ${g['year'] ? 'im Text' : 'im Jahr des Bezugsdatums'}`,
      };
    },
  },
  // »im Januar«: the whole month
  {
    pattern: `(?:(?:seit|bis|ab|noch|schon|erst)\\s+)?im\\s+${MONTH}(?:\\s+(?<year>\\d{4}))?`,
    resolve: (g, reference) => {
      const year = g['year'] ? Number(g['year']) : reference.getUTCFullYear();
      const first = new UTCDate(year, monthIndex(g['month']!), 1);
      return {
        start: first,
        end: endOfMonth(first),
        precision: 'month',
        rule: `${monthName(g['month']!)} ${g['year'] ? 'im Text' : 'im Jahr des Bezugsdatums'}`,
      };
    },
  },
  // »am 13. Januar«, »bis zum 19. Januar 2022«
  {
    pattern: `${DAY_PREFIX}(?<day>\\d{1,2})\\.\\s*${MONTH}(?:\\s+(?<year>\\d{4}))?`,
    resolve: (g, reference) => {
      const year = g['year'] ? Number(g['year']) : reference.getUTCFullYear();
      const date = dayOfMonth(Number(g['day']), monthIndex(g['month']!) + 1, year);
      if (!date) return undefined;
      return {
        start: date,
        precision: 'day',
        rule: g['year'] ? 'Datum im Text' : 'Tag und Monat im Jahr des Bezugsdatums',
      };
    },
  },
  // »13.1.2022«, »13.01.22«, »13.01.«
  {
    pattern: `${DAY_PREFIX}(?<day>\\d{1,2})\\.(?<monthNumber>\\d{1,2})\\.(?<year>\\d{4}|\\d{2}(?!\\d))?`,
    resolve: (g, reference) => {
      const year = g['year']
        ? Number(g['year'].length === 2 ? `20${g['year']}` : g['year'])
        : reference.getUTCFullYear();
      const date = dayOfMonth(Number(g['day']), Number(g['monthNumber']), year);
      if (!date) return undefined;
      return {
        start: date,
        precision: 'day',
        rule: g['year'] ? 'Datum im Text' : 'Tag und Monat im Jahr des Bezugsdatums',
      };
    },
  },
];

/**
 * Expressions that name no day of their own but a day counted from another
 * event's (its dateAnchor): »am Abend des Tages«, »am Vortag«, »tags darauf«.
 */
const ANAPHORIC_FORMS: { pattern: string; offset: number; rule: string }[] = [
  {
    pattern:
      '(?:am\\s+)?(?:(?:morgen|abend|nachmittag|vormittag)\\s+)?(?:des|desselben|am selben|am gleichen)\\s+tages|am (?:selben|gleichen) tag|am abend des tages',
    offset: 0,
    rule: 'der Tag des Ereignisses',
  },
  {
    pattern: '(?:am\\s+)?(?:vortag|vorabend)|(?:am\\s+)?tag\\s+zuvor|tags\\s+zuvor',
    offset: -1,
    rule: 'der Tag vor dem Ereignis',
  },
  {
    pattern:
      '(?:am\\s+)?folgetag|am\\s+(?:folgenden|nächsten|darauffolgenden)\\s+tag|(?:am\\s+)?tag\\s+darauf|tags\\s+darauf',
    offset: 1,
    rule: 'der Tag nach dem Ereignis',
  },
];
const ANAPHORIC = ANAPHORIC_FORMS.map((f) => f.pattern).join('|');
/** Expressions that name no day of their own but the day of another event. */
export const ANAPHORIC_EXPRESSION = new RegExp(`^(?:${ANAPHORIC})$`, 'i');
const anaphoricForms = ANAPHORIC_FORMS.map((form) => ({
  ...form,
  anchored: new RegExp(`^(?:${form.pattern})$`, 'iu'),
}));

/**
 * Resolves an expression that counts from another event's day (»am Vortag«)
 * against that event's first day; undefined if it is no such expression.
 */
export function resolveAnaphoricExpression(
  expression: string,
  anchor: { date: string; title: string },
): ResolvedExpression | undefined {
  const text = expression.trim().replace(/\s+/g, ' ');
  const form = anaphoricForms.find((f) => f.anchored.test(text));
  const day = parseDateOrRange(anchor.date);
  if (!form || !day) return undefined;
  const date = toCalendarDate(addDays(parseCalendarDate(day.start)!, form.offset));
  return {
    ok: true,
    date,
    range: { start: date, end: date },
    precision: 'day',
    rule: `${form.rule} »${anchor.title}«`,
  };
}

/** What the resolver understands, for the error message (and the README). */
const UNDERSTOOD_EXPRESSIONS = [
  'heute, gestern, vorgestern, morgen, übermorgen (also »gestern abend«)',
  'a weekday of the reference week, Monday to Sunday (»am Dienstag«, »diesen Donnerstag«, »am Dienstag morgen«), the last or next one (»vergangenen Montag«, »kommenden Freitag«) or one of the week before or after (»am Montag nächster Woche«)',
  '»vor drei Tagen«, »in zwei Wochen« (numbers up to zwölf; with »gut«, »knapp« or »etwa«: approximate)',
  'a week, Monday to Sunday (»vergangene Woche«, »diese Woche«, »nächste Woche«)',
  'part of a week (»zu Wochenbeginn«, »Mitte der Woche«, »Ende der Woche«, »am Wochenende«)',
  'part of a month (»Anfang Januar«, »Mitte Januar«, »Ende Januar«) or a month (»im Januar«)',
  'a day (»am 13. Januar«, »13.01.«, »13.1.2022«)',
  'with dateAnchor, the day of another event or the day before or after it (»am Abend des Tages«, »am Vortag«, »tags darauf«)',
];

const anchored = FORMS.map((form) => new RegExp(`^${form.pattern}$`, 'iu'));

function toResolution({ start, end, ...rest }: FormResult): ResolvedExpression {
  const range = { start: toCalendarDate(start), end: toCalendarDate(end ?? start) };
  return { ok: true, date: range.start === range.end ? range.start : `${range.start}/${range.end}`, range, ...rest };
}

/**
 * Resolves a German date expression from the text against the reference date.
 * Returns the day or range, its precision and the rule used, or why it cannot
 * be resolved (with the forms that are understood).
 */
export function resolveDateExpression(expression: string, referenceDate: string): Resolution {
  const reference = parseCalendarDate(referenceDate);
  if (!reference) return { ok: false, reason: `reference date "${referenceDate}" is not a calendar date` };
  const text = expression
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^\((.*)\)$/, '$1');
  for (const [i, pattern] of anchored.entries()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const result = FORMS[i]!.resolve(match.groups ?? {}, reference);
    if (!result) return { ok: false, reason: `"${expression}" names no existing day` };
    return toResolution(result);
  }
  return {
    ok: false,
    reason: `cannot resolve "${expression}"; expected a date expression Lagebild understands: ${UNDERSTOOD_EXPRESSIONS.join('; ')}`,
  };
}

/**
 * Whether an event's date agrees with what a report's expression resolves to:
 * a day is the event's date or the first or last day of its range; a range
 * (»vergangene Woche«, »Anfang Januar«) agrees with every event it contains,
 * for a text may date an event less precisely than the analysis knows it
 * (»vergangene Woche« for a day of that week).
 */
export function dateAgrees(resolved: Pick<ResolvedExpression, 'range'>, event: { date: string }): boolean {
  const date = parseDateOrRange(event.date);
  if (!date) return false;
  const { start, end } = resolved.range;
  if (start === end) return date.start === start || date.end === start;
  return date.start >= start && date.end <= end;
}

export interface FoundExpression {
  /** The words of the text, as they stand there. */
  text: string;
  start: number;
  end: number;
  /** The resolution, or "anaphoric" for »am Abend des Tages« (it needs a dateAnchor). */
  resolution: ResolvedExpression | 'anaphoric';
}

/**
 * Every date expression in a text that resolveDateExpression understands:
 * the longest where two overlap, in text order. »Morgen« with a capital
 * inside a sentence is the noun (»am Morgen«), not tomorrow.
 */
export function findDateExpressions(text: string, referenceDate: string): FoundExpression[] {
  const candidates: FoundExpression[] = [];
  const boundary = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
  for (const match of text.matchAll(boundary(ANAPHORIC))) {
    candidates.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      resolution: 'anaphoric',
    });
  }
  for (const form of FORMS) {
    for (const match of text.matchAll(boundary(form.pattern))) {
      const word = match.groups?.['word'];
      const sentenceStart = /(?:^|[.!?:»«"]\s*)$/.test(text.slice(0, match.index));
      if (word === 'Morgen' && !sentenceStart) continue;
      const resolution = resolveDateExpression(match[0], referenceDate);
      if (!resolution.ok) continue;
      candidates.push({ text: match[0], start: match.index, end: match.index + match[0].length, resolution });
    }
  }
  const chosen: FoundExpression[] = [];
  for (const c of candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!chosen.some((o) => o.start < c.end && c.start < o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

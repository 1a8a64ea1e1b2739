import { describe, expect, it } from 'vitest';
import {
  ANAPHORIC_EXPRESSION,
  dateAgrees,
  findDateExpressions,
  formatDay,
  formatPartialDate,
  formatRange,
  isCalendarDate,
  parseDateOrRange,
  partialDatePrecision,
  resolveAnaphoricExpression,
  resolveDateExpression,
} from '../../src/lib/format/dates.ts';

const REFERENCE = '2022-01-12'; // Wednesday, the day the seed article was written

describe('calendar dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isCalendarDate('2022-01-11')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2022-02-30')).toBe(false);
    expect(isCalendarDate('2022-1-11')).toBe(false);
    expect(isCalendarDate('11.01.2022')).toBe(false);
  });

  it('knows the precision of a partial date', () => {
    expect(partialDatePrecision('2022')).toBe('year');
    expect(partialDatePrecision('2022-01')).toBe('month');
    expect(partialDatePrecision('2022-01-13')).toBe('day');
    expect(partialDatePrecision('2022-13')).toBeUndefined();
  });

  it('parses ranges only when the start comes first', () => {
    expect(parseDateOrRange('2022-01-13/2022-01-19')).toEqual({ start: '2022-01-13', end: '2022-01-19' });
    expect(parseDateOrRange('2022-01-19/2022-01-13')).toBeUndefined();
    expect(parseDateOrRange('2022-01-11')).toEqual({ start: '2022-01-11', end: '2022-01-11' });
  });
});

describe('German formatting', () => {
  it('formats days, months and ranges in German', () => {
    expect(formatDay('2022-01-11')).toBe('Dienstag, 11. Januar 2022');
    expect(formatDay('2022-01-11', 'medium')).toBe('11. Januar 2022');
    expect(formatPartialDate('2022-01')).toBe('Januar 2022');
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatRange({ start: '2022-01-11', end: '2022-01-13' })).toBe('11.–13. Januar 2022');
    // Across months and years the dash stands between thin spaces (U+2009), as ICU sets it.
    expect(formatRange({ start: '2022-01-30', end: '2022-02-02' })).toBe('30. Januar\u2009–\u20092. Februar 2022');
    expect(formatRange({ start: '2021-12-30', end: '2022-01-02' })).toBe(
      '30. Dezember 2021\u2009–\u20092. Januar 2022',
    );
  });

  it('gives the same day under far-west and far-east time zones', () => {
    const original = process.env.TZ;
    // formatDay and formatRange keep their labels: each zone formats days no other test has asked for.
    const labels = [
      ['America/Adak', '2023-03-01', 'Mittwoch, 1. März 2023', '1.–4. März 2023'],
      ['Pacific/Kiritimati', '2023-03-02', 'Donnerstag, 2. März 2023', '2.–5. März 2023'],
      ['UTC', '2023-03-03', 'Freitag, 3. März 2023', '3.–6. März 2023'],
    ] as const;
    const results = labels.map(([tz, day, label, range]) => {
      process.env.TZ = tz;
      const end = `2023-03-0${Number(day.slice(-1)) + 3}`;
      expect(formatDay(day)).toBe(label);
      expect(formatRange({ start: day, end })).toBe(range);
      return [
        formatPartialDate('2022-01'),
        resolveDateExpression('am Dienstag', REFERENCE),
        resolveDateExpression('bis zum 19. Januar', REFERENCE),
      ];
    });
    process.env.TZ = original;
    expect(results[0]).toEqual(results[1]);
    expect(results[1]).toEqual(results[2]);
  });

  it('takes no day the calendar does not have, nor the year 0', () => {
    for (const value of ['2022-02-30', '2022-13-01', '2022-00-10', '2023-02-29', '0000-01-01']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('0001-01-01')).toBe(true);
  });
});

describe('relative date expressions of the seed article', () => {
  const cases: [string, string][] = [
    ['am Dienstag', '2022-01-11'],
    ['am Dienstag morgen', '2022-01-11'],
    ['für Mittwoch', '2022-01-12'],
    ['am Mittwoch', '2022-01-12'],
    ['diesen Donnerstag', '2022-01-13'],
    ['bis zum 19. Januar', '2022-01-19'],
    ['11.1.2022', '2022-01-11'],
    ['am 5. Januar 2022', '2022-01-05'],
  ];
  for (const [expression, date] of cases) {
    it(`"${expression}" → ${date}`, () => {
      const result = resolveDateExpression(expression, REFERENCE);
      expect(result).toMatchObject({ ok: true, date });
    });
  }

  it('resolves weekdays within the week of the reference date (Monday to Sunday)', () => {
    expect(resolveDateExpression('am Montag', REFERENCE)).toMatchObject({ date: '2022-01-10' });
    expect(resolveDateExpression('am Sonntag', REFERENCE)).toMatchObject({ date: '2022-01-16' });
  });

  it('explains what it cannot resolve, listing what it understands', () => {
    const result = resolveDateExpression('neulich', REFERENCE);
    expect(result.ok).toBe(false);
    const reason = !result.ok ? result.reason : '';
    expect(reason).toContain('cannot resolve "neulich"; expected a date expression Lagebild understands:');
    for (const example of [
      '»gestern abend«',
      '»vor drei Tagen«',
      '»vergangene Woche«',
      '»am Wochenende«',
      '»Anfang Januar«',
      '»13.01.«',
    ])
      expect(reason).toContain(example);
    expect(resolveDateExpression('am 31. Februar', REFERENCE)).toEqual({
      ok: false,
      reason: '"am 31. Februar" names no existing day',
    });
    expect(resolveDateExpression('31.02.', REFERENCE).ok).toBe(false);
    expect(resolveDateExpression('vor dreizehn Tagen', REFERENCE).ok).toBe(false);
  });
});

/** Reference date: Wednesday, 12 January 2022 (week of Monday 10 to Sunday 16 January). */
describe('date expressions as newspapers write them', () => {
  const cases: [string, string, string][] = [
    // the day itself and its neighbours
    ['heute', '2022-01-12', 'day'],
    ['gestern', '2022-01-11', 'day'],
    ['seit gestern', '2022-01-11', 'day'],
    ['vorgestern', '2022-01-10', 'day'],
    ['morgen', '2022-01-13', 'day'],
    ['übermorgen', '2022-01-14', 'day'],
    ['gestern abend', '2022-01-11', 'part-of-day'],
    ['morgen früh', '2022-01-13', 'part-of-day'],
    // weekdays
    ['Dienstagabend', '2022-01-11', 'part-of-day'],
    ['vergangenen Montag', '2022-01-10', 'day'],
    ['letzten Mittwoch', '2022-01-05', 'day'],
    ['am kommenden Freitag', '2022-01-14', 'day'],
    ['nächsten Mittwoch', '2022-01-19', 'day'],
    ['am Montag nächster Woche', '2022-01-17', 'day'],
    ['Freitag der vergangenen Woche', '2022-01-07', 'day'],
    // in / vor N Tagen or Wochen, numbers as words up to zwölf
    ['vor drei Tagen', '2022-01-09', 'day'],
    ['vor einem Tag', '2022-01-11', 'day'],
    ['in zwei Tagen', '2022-01-14', 'day'],
    ['vor 10 Tagen', '2022-01-02', 'day'],
    ['vor zwölf Tagen', '2021-12-31', 'day'],
    ['in einer Woche', '2022-01-19', 'day'],
    ['vor zwei Wochen', '2021-12-29', 'day'],
    ['vor gut zwei Wochen', '2021-12-26/2021-12-29', 'approximate'],
    ['vor knapp zwei Wochen', '2021-12-29/2022-01-01', 'approximate'],
    ['in gut einer Woche', '2022-01-19/2022-01-22', 'approximate'],
    ['in knapp drei Tagen', '2022-01-14/2022-01-15', 'approximate'],
    ['vor etwa elf Tagen', '2021-12-31/2022-01-02', 'approximate'],
    // weeks, Monday to Sunday
    ['vergangene Woche', '2022-01-03/2022-01-09', 'week'],
    ['in der vergangenen Woche', '2022-01-03/2022-01-09', 'week'],
    ['letzte Woche', '2022-01-03/2022-01-09', 'week'],
    ['diese Woche', '2022-01-10/2022-01-16', 'week'],
    ['in dieser Woche', '2022-01-10/2022-01-16', 'week'],
    ['kommende Woche', '2022-01-17/2022-01-23', 'week'],
    ['nächste Woche', '2022-01-17/2022-01-23', 'week'],
    // parts of a week
    ['zu Wochenbeginn', '2022-01-10/2022-01-11', 'approximate'],
    ['zu Beginn der Woche', '2022-01-10/2022-01-11', 'approximate'],
    ['Mitte der Woche', '2022-01-11/2022-01-13', 'approximate'],
    ['zur Wochenmitte', '2022-01-11/2022-01-13', 'approximate'],
    ['Ende der Woche', '2022-01-13/2022-01-16', 'approximate'],
    ['am Wochenende', '2022-01-15/2022-01-16', 'approximate'],
    ['am vergangenen Wochenende', '2022-01-08/2022-01-09', 'approximate'],
    ['Anfang nächster Woche', '2022-01-17/2022-01-18', 'approximate'],
    // parts of a month: 1–10, 11–20, 21–end
    ['Anfang Januar', '2022-01-01/2022-01-10', 'approximate'],
    ['seit Mitte Januar', '2022-01-11/2022-01-20', 'approximate'],
    ['Ende Januar', '2022-01-21/2022-01-31', 'approximate'],
    ['Ende Februar', '2022-02-21/2022-02-28', 'approximate'],
    ['Ende Februar 2024', '2024-02-21/2024-02-29', 'approximate'],
    ['im Januar', '2022-01-01/2022-01-31', 'month'],
    // days
    ['am 13. Januar', '2022-01-13', 'day'],
    ['13.01.', '2022-01-13', 'day'],
    ['am 13.01.', '2022-01-13', 'day'],
    ['13.1.2022', '2022-01-13', 'day'],
    ['13.1.22', '2022-01-13', 'day'],
    ['(11.1.2022)', '2022-01-11', 'day'],
  ];
  for (const [expression, date, precision] of cases) {
    it(`"${expression}" → ${date} (${precision})`, () => {
      const result = resolveDateExpression(expression, REFERENCE);
      expect(result).toMatchObject({ ok: true, date, precision });
      const [start, end = start] = date.split('/');
      expect(result.ok && result.range).toEqual({ start, end });
    });
  }

  it('says how it resolved, in German', () => {
    const rule = (expression: string) => {
      const result = resolveDateExpression(expression, REFERENCE);
      return result.ok ? result.rule : result.reason;
    };
    expect(rule('gestern')).toBe('der Tag vor dem Bezugsdatum');
    expect(rule('am Dienstag morgen')).toBe('Dienstag der Woche des Bezugsdatums, morgens');
    expect(rule('vor gut zwei Wochen')).toBe('gut 2 Wochen vor dem Bezugsdatum (14 bis 17 Tage)');
    expect(rule('vergangene Woche')).toBe('Montag bis Sonntag der Woche vor der des Bezugsdatums');
    expect(rule('am Wochenende')).toBe('das Wochenende der Woche des Bezugsdatums (Samstag bis Sonntag)');
    expect(rule('Ende Januar')).toBe('Ende Januar (21. bis 31.) im Jahr des Bezugsdatums');
  });

  it('crosses month and year boundaries with date-fns', () => {
    expect(resolveDateExpression('vergangene Woche', '2022-01-03')).toMatchObject({ date: '2021-12-27/2022-01-02' });
    expect(resolveDateExpression('übermorgen', '2024-02-28')).toMatchObject({ date: '2024-03-01' });
    expect(resolveDateExpression('am Wochenende', '2022-01-16')).toMatchObject({ date: '2022-01-15/2022-01-16' });
  });
});

describe('a resolved range and an event', () => {
  const week = { range: { start: '2022-01-03', end: '2022-01-09' } };
  const day = { range: { start: '2022-01-13', end: '2022-01-13' } };
  it("agree on a day when it is the event's day or the first or last of its range", () => {
    expect(dateAgrees(day, { date: '2022-01-13' })).toBe(true);
    expect(dateAgrees(day, { date: '2022-01-13/2022-01-19' })).toBe(true);
    expect(dateAgrees(day, { date: '2022-01-12/2022-01-14' })).toBe(false);
    expect(dateAgrees(day, { date: '2022-01-12' })).toBe(false);
  });
  it('agree on a range that contains the event: a text may date an event less precisely than it is known', () => {
    expect(dateAgrees(week, { date: '2022-01-03/2022-01-09' })).toBe(true);
    expect(dateAgrees(week, { date: '2022-01-05' })).toBe(true);
    expect(dateAgrees(week, { date: '2022-01-04/2022-01-06' })).toBe(true);
    expect(dateAgrees(week, { date: '2022-01-09/2022-01-10' })).toBe(false);
    expect(dateAgrees(week, { date: '2022-01-10' })).toBe(false);
    expect(dateAgrees(week, { date: '2022-01-02' })).toBe(false);
  });
});

describe('an expression that counts from another event’s day', () => {
  const anchor = { date: '2022-01-11', title: 'Ankündigung' };
  it('resolves against the first day of that event', () => {
    for (const [expression, date] of [
      ['am Abend des Tages', '2022-01-11'],
      ['am selben Tag', '2022-01-11'],
      ['am Vortag', '2022-01-10'],
      ['tags zuvor', '2022-01-10'],
      ['am Folgetag', '2022-01-12'],
      ['tags darauf', '2022-01-12'],
      ['am nächsten Tag', '2022-01-12'],
    ] as const) {
      expect(ANAPHORIC_EXPRESSION.test(expression), expression).toBe(true);
      expect(resolveAnaphoricExpression(expression, anchor), expression).toMatchObject({ date, precision: 'day' });
    }
    expect(resolveAnaphoricExpression('am Vortag', { date: '2022-01-01/2022-01-03', title: 'x' })?.rule).toBe(
      'der Tag vor dem Ereignis »x«',
    );
    expect(resolveAnaphoricExpression('am Dienstag', anchor)).toBeUndefined();
  });
  it('is found in a text as needing an anchor', () => {
    expect(
      findDateExpressions('Am Vortag hatte er geschwiegen, tags darauf sprach er.', REFERENCE).map((f) => [
        f.text,
        f.resolution,
      ]),
    ).toEqual([
      ['Am Vortag', 'anaphoric'],
      ['tags darauf', 'anaphoric'],
    ]);
  });
});

describe('date expressions in a text', () => {
  const found = (text: string) =>
    findDateExpressions(text, REFERENCE).map((f) => [
      f.text,
      f.resolution === 'anaphoric' ? 'anaphoric' : f.resolution.date,
    ]);

  it('finds each with its words, the longest where two overlap', () => {
    expect(
      found(
        'Hatte er noch am Dienstag morgen den Abzug für diesen Donnerstag angekündigt, kam am Abend des Tages ein Dementi.',
      ),
    ).toEqual([
      ['am Dienstag morgen', '2022-01-11'],
      ['für diesen Donnerstag', '2022-01-13'],
      ['am Abend des Tages', 'anaphoric'],
    ]);
    expect(found('Der Ausnahmezustand gilt bis zum 19. Januar, die Unruhen begannen vor gut zwei Wochen.')).toEqual([
      ['bis zum 19. Januar', '2022-01-19'],
      ['vor gut zwei Wochen', '2021-12-26/2021-12-29'],
    ]);
  });

  it('does not take numbers, times or the noun »Morgen« for dates', () => {
    expect(found('Rund 1.700 Personen, 4.000 Soldaten, um 13.30 Uhr; am Morgen war es ruhig.')).toEqual([]);
    expect(found('Morgen beginnt der Abzug.')).toEqual([['Morgen', '2022-01-13']]);
  });
});

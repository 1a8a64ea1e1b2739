import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatPartialDate,
  formatRange,
  isCalendarDate,
  parseDateOrRange,
  partialDatePrecision,
  resolveDateExpression,
} from '../../src/lib/dates.ts';

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
    const results = ['America/Adak', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      return [
        formatDay('2022-01-11'),
        formatPartialDate('2022-01'),
        resolveDateExpression('am Dienstag', REFERENCE),
        resolveDateExpression('bis zum 19. Januar', REFERENCE),
      ];
    });
    process.env.TZ = original;
    expect(results[0]).toEqual(results[1]);
    expect(results[1]).toEqual(results[2]);
    expect(results[0]![0]).toBe('Dienstag, 11. Januar 2022');
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

  it('explains what it cannot resolve', () => {
    const result = resolveDateExpression('neulich', REFERENCE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('cannot resolve "neulich"');
    expect(resolveDateExpression('am 31. Februar', REFERENCE).ok).toBe(false);
  });
});

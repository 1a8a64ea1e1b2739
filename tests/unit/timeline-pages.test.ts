/**
 * The timeline in bounded pages, on a small synthetic article that reports
 * events in two months and two years: a page per month, a long month
 * continued on numbered pages, every link to an event pointing at the page
 * that holds it, and the exports split by year.
 */
import { describe, expect, it } from 'vitest';
import { eventPartsIndex, eventsJson, exportParts, exportYears } from '../../src/lib/publish/exports.ts';
import { reportHistory, timelineEvents } from '../../src/lib/views/timeline-model.ts';
import {
  assertNoSlugIsAMonth,
  timelineLocator,
  timelineMonths,
  timelinePages,
} from '../../src/lib/views/timeline-pages.ts';
import { datedEvent, testCorpus } from './helpers.ts';

// Two events at the end of December 2021, five in January 2022 (the 3rd to the 7th).
const dates = ['2021-12-30', '2021-12-31', '2022-01-03', '2022-01-04', '2022-01-05', '2022-01-06', '2022-01-07'];
const ids = dates.map((_, i) => `ereignis${i + 1}`);
const sentence = (i: number) => `Das Ereignis Nummer ${i + 1} geschah.`;

const { articles, problems } = testCorpus({
  events: Object.fromEntries(ids.map((id, i) => [id, datedEvent(`Ereignis ${i + 1}`, dates[i]!)])),
  articles: [
    {
      slug: 'bericht',
      data: { reports: ids.map((event, i) => ({ event, status: 'reported', evidence: sentence(i) })) },
      body: dates.map((_, i) => sentence(i)).join('\n\n'),
    },
  ],
});
const events = timelineEvents(articles);
// Pages of at most two events, so that January needs three.
const pages = timelinePages(events, 2);

describe('the timeline in pages', () => {
  it('is built from valid content', () => {
    expect(problems).toEqual(new Map());
    expect(events).toHaveLength(7);
  });

  it('gives each month its page and continues a long month on numbered pages', () => {
    expect(pages.map((p) => p.key)).toEqual(['2021-12', '2022-01', '2022-01/2', '2022-01/3']);
    expect(pages.map((p) => p.href)).toEqual([
      '/zeitleiste/2021-12/',
      '/zeitleiste/2022-01/',
      '/zeitleiste/2022-01/2/',
      '/zeitleiste/2022-01/3/',
    ]);
    expect(pages.map((p) => p.events.map((e) => e.id))).toEqual([
      ['ereignis1', 'ereignis2'],
      ['ereignis3', 'ereignis4'],
      ['ereignis5', 'ereignis6'],
      ['ereignis7'],
    ]);
  });

  it('names each page and what it holds in German', () => {
    expect(pages.map((p) => p.label)).toEqual([
      'Dezember 2021',
      'Januar 2022, Seite 1 von 3',
      'Januar 2022, Seite 2 von 3',
      'Januar 2022, Seite 3 von 3',
    ]);
    expect(pages[0]!.lead).toBe('Die 2 Ereignisse im Dezember 2021, in zeitlicher Folge.');
    expect(pages[2]!.lead).toBe('Seite 2 von 3: die Ereignisse 3 bis 4 der 5 im Januar 2022, in zeitlicher Folge.');
    expect(pages[0]!.rangeLabel).toBe('30.–31. Dezember 2021');
    expect(pages[3]!.rangeLabel).toBe('7. Januar 2022');
    expect(pages[3]!.countLabel).toBe('1\u00a0Ereignis');
  });

  it('links each page to the one before and after it', () => {
    expect(pages[0]!.prev).toBeUndefined();
    expect(pages[0]!.next).toEqual({ href: '/zeitleiste/2022-01/', label: 'Januar 2022, Seite 1 von 3' });
    expect(pages[3]!.prev).toEqual({ href: '/zeitleiste/2022-01/2/', label: 'Januar 2022, Seite 2 von 3' });
    expect(pages[3]!.next).toBeUndefined();
  });

  it('gives the overview every month with its count and pages', () => {
    const months = timelineMonths(pages);
    expect(months.map((m) => [m.label, m.countLabel, m.pages.length])).toEqual([
      ['Dezember 2021', '2\u00a0Ereignisse', 1],
      ['Januar 2022', '5\u00a0Ereignisse', 3],
    ]);
  });

  it('links every event to its entry on the page that holds it', () => {
    const locate = timelineLocator(pages);
    expect(locate('ereignis1')).toBe('/zeitleiste/2021-12/#ereignis-ereignis1');
    expect(locate('ereignis6')).toBe('/zeitleiste/2022-01/2/#ereignis-ereignis6');
    expect(() => locate('unbekannt')).toThrow('the event "unbekannt" is on no page of the timeline');
  });

  it('keeps one page for a month that fits it', () => {
    expect(timelinePages(events).map((p) => p.key)).toEqual(['2021-12', '2022-01']);
  });

  it('stops the build when an article’s file name is a month', () => {
    expect(() => assertNoSlugIsAMonth(pages, ['bericht'])).not.toThrow();
    expect(() => assertNoSlugIsAMonth(pages, ['2022-01'])).toThrow(
      'content/articles/2022-01.md: the file name "2022-01" is also the address of the timeline\'s month page',
    );
  });
});

describe('the calendars by year', () => {
  const years = exportYears(events);
  const locate = timelineLocator(pages);

  it('splits the events by the year they begin in, each with its calendar', () => {
    expect(years.map((y) => [y.year, y.events.length, y.ics])).toEqual([
      ['2021', 2, '/daten/zeitleiste-2021.ics'],
      ['2022', 5, '/daten/zeitleiste-2022.ics'],
    ]);
  });

  it('names the month in a part of the JSON export and links each event to its page', () => {
    const [december] = exportParts(events);
    const json = eventsJson(december!.items, locate, 'https://example.org/', december!.month);
    expect(json.title).toBe('Lagebild – Ereignisse 2021-12');
    expect(json.events.map((e) => e.url)).toEqual([
      'https://example.org/zeitleiste/2021-12/#ereignis-ereignis1',
      'https://example.org/zeitleiste/2021-12/#ereignis-ereignis2',
    ]);
  });
});

describe('the events export in parts of bounded size', () => {
  it('holds a month in a file, a long month in several, every event once', () => {
    // Parts of at most three events: December 2021 fits one, January 2022 (five events) takes two.
    const parts = exportParts(events, 3);
    expect(parts.map((p) => [p.key, p.items.length, p.json])).toEqual([
      ['2021-12', 2, '/daten/ereignisse/2021-12.json'],
      ['2022-01', 3, '/daten/ereignisse/2022-01.json'],
      ['2022-01-2', 2, '/daten/ereignisse/2022-01-2.json'],
    ]);
    expect(parts.flatMap((p) => p.items.map((e) => e.id))).toEqual(events.map((e) => e.id));
    const index = eventPartsIndex(parts, 'https://example.org/');
    expect(index.count).toBe(events.length);
    expect(index.parts.at(-1)).toEqual({
      month: '2022-01',
      part: 2,
      of: 2,
      count: 2,
      url: 'https://example.org/daten/ereignisse/2022-01-2.json',
    });
  });
});

describe('a long reporting history in a timeline entry', () => {
  const reports = Array.from({ length: 9 }, (_, i) => `Bericht ${i + 1}`);

  it('shows the first and the latest four reports and counts those between', () => {
    expect(reportHistory(reports)).toEqual({
      first: ['Bericht 1'],
      hidden: 4,
      last: ['Bericht 6', 'Bericht 7', 'Bericht 8', 'Bericht 9'],
    });
  });

  it('shows a short history whole', () => {
    expect(reportHistory(reports.slice(0, 5))).toEqual({ first: reports.slice(0, 5), hidden: 0, last: [] });
  });
});

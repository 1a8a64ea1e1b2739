import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentStamp, eventsIcs, eventsJson } from '../../src/lib/exports.ts';
import { groupByDay, overviewStrip, timelineEvents } from '../../src/lib/timeline-model.ts';
import { loadArticle } from './helpers.ts';

const { data } = loadArticle();
const articles = [{ slug: 'kasachstan-unklarer-als-gedacht', data }];
const events = timelineEvents(articles);
const groups = groupByDay(events);

describe('timeline model', () => {
  it('has every event of the article, in time order', () => {
    expect(events).toHaveLength(data.events.length);
    const starts = events.map((e) => e.range.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('groups single days by day and ranges by their span', () => {
    const tuesday = groups.find((g) => g.key === '2022-01-11')!;
    expect(tuesday.label).toBe('Dienstag, 11. Januar 2022');
    // Events without a part of the day first, then morning before evening.
    expect(tuesday.events.map((e) => e.id)).toEqual([
      'festnahmen-almaty',
      'fuenf-objekte',
      'patrouille-almaty',
      'umarow-ernennung',
      'tokajew-kuendigt-abzug-an',
      'serdjukow-dementi',
    ]);
    const unrest = groups.find((g) => g.events.some((e) => e.id === 'unruhen-januar'))!;
    expect(unrest).toMatchObject({ span: true, approximate: true, label: 'ca. 2.–7. Januar 2022' });
    const airport = groups.find((g) => g.events.some((e) => e.id === 'flughafen-wiedereroeffnung'))!;
    expect(airport.label).toBe('ca. 13.–19. Januar 2022');
  });

  it('morning comes before evening on the same day', () => {
    const ids = events.map((e) => e.id);
    expect(ids.indexOf('tokajew-kuendigt-abzug-an')).toBeLessThan(ids.indexOf('serdjukow-dementi'));
  });

  it('links each event to its sentence, article, actors and places', () => {
    const e = events.find((x) => x.id === 'abzug-beginn')!;
    expect(e.evidenceHref).toBe('/artikel/kasachstan-unklarer-als-gedacht/#beleg-ereignis-abzug-beginn');
    expect(e.actors.map((a) => a.href)).toContain('/akteure/tokajew/');
    expect(e.places.map((p) => p.href)).toContain('/karte/#ort-kasachstan');
    expect(events.find((x) => x.id === 'patrouille-almaty')!.evidenceHref).toBe(
      '/artikel/kasachstan-unklarer-als-gedacht/#foto',
    );
  });

  it('sets competing claims side by side: the withdrawal and the airport', () => {
    const withdrawal = events.find((x) => x.id === 'abzug-beginn')!;
    expect(withdrawal.status).toBe('disputed');
    expect(withdrawal.competing.map((c) => [c.speaker, c.claimedDateLabel])).toEqual([
      ['Kassym-Schomart Tokajew', '13. Januar 2022'],
      ['Andrej Serdjukow', undefined],
    ]);
    const airport = events.find((x) => x.id === 'flughafen-wiedereroeffnung')!;
    expect(airport.competing).toHaveLength(3);
    expect(airport.competing.map((c) => c.claimedDateLabel)).toEqual([
      '13.–19. Januar 2022',
      'nicht vor dem 15. Januar 2022',
      '13. Januar 2022',
    ]);
    expect(airport.competing[1]!.sources.length).toBeGreaterThan(0);
  });

  it('draws the overview strip from the first to the last day', () => {
    const strip = overviewStrip(events, groups);
    expect(strip.days[0]!.date).toBe('2022-01-02');
    expect(strip.days.at(-1)!.date).toBe('2022-01-19');
    expect(strip.days).toHaveLength(18);
    expect(strip.days.find((d) => d.date === '2022-01-11')).toMatchObject({ count: 6, weekday: 'Di' });
    expect(strip.spans.find((s) => s.id === 'unruhen-januar')).toMatchObject({
      startIndex: 0,
      endIndex: 5,
      approximate: true,
    });
  });
});

describe('exports', () => {
  const site = 'https://lagebild.example.org/';

  it('writes a valid iCalendar file with all-day entries', () => {
    const ics = eventsIcs(events, site, '2022-01-12');
    expect(ics).toContain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(events.length);
    const tokajew = vevents.find((v) => v.uid === 'tokajew-kuendigt-abzug-an@lagebild')!;
    expect(tokajew.startDate.isDate).toBe(true);
    expect(tokajew.startDate.toString()).toBe('2022-01-11');
    expect(tokajew.endDate.toString()).toBe('2022-01-12');
    expect(tokajew.summary).toBe('Tokajew kündigt den Abzug der Friedenstruppe an');
    const airport = vevents.find((v) => v.uid === 'flughafen-wiedereroeffnung@lagebild')!;
    expect(airport.startDate.toString()).toBe('2022-01-13');
    expect(airport.endDate.toString()).toBe('2022-01-20');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2022-01-12T00:00:00Z',
    );
  });

  it('gives the same bytes twice (no build time inside)', () => {
    expect(eventsIcs(events, site, '2022-01-12')).toBe(eventsIcs(events, site, '2022-01-12'));
    expect(contentStamp(['2022-01-12', undefined, '2022-02-01'])).toBe('2022-02-01');
  });

  it('writes the events as JSON with absolute links', () => {
    const json = eventsJson(events, site);
    expect(json.events).toHaveLength(events.length);
    expect(json.events.find((e) => e.id === 'abzug-beginn')).toMatchObject({
      date: '2022-01-13',
      status: 'disputed',
      url: 'https://lagebild.example.org/zeitleiste/#ereignis-abzug-beginn',
      evidenceUrl: 'https://lagebild.example.org/artikel/kasachstan-unklarer-als-gedacht/#beleg-ereignis-abzug-beginn',
    });
  });
});

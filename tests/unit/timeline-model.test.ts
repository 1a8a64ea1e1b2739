/**
 * The timeline, its day groups, the overview strip and the exports, on two
 * small synthetic articles that both report the start of a withdrawal.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEntries, contentStamp, eventsIcs, eventsJson } from '../../src/lib/publish/exports.ts';
import { groupByDay, overviewStrip, timelineEvents } from '../../src/lib/views/timeline-model.ts';
import { actor, datedEvent, locatorFor, place, testCorpus, TEST_SOURCE } from './helpers.ts';

type Raw = Record<string, unknown>;

const event = datedEvent;

/** A claim found by research (with sources); `extra` may give a quote instead. */
const claim = (id: string, speaker: string, extra: Raw = {}): Raw => ({
  id,
  speaker,
  summary: `Aussage ${id}`,
  stance: 'asserts',
  ...(extra.quote ? {} : { sources: [TEST_SOURCE] }),
  ...extra,
});

const { articles, problems } = testCorpus({
  actors: {
    tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }),
    serdjukow: actor('Andrej Serdjukow'),
    flughafen: actor('Flughafenbetreiber', { kind: 'organisation' }),
  },
  places: { kasachstan: place('Kasachstan', { kind: 'country' }), almaty: place('Almaty') },
  sources: { rbc: { title: 'RBC-Meldung', publisher: 'RBC' } },
  events: {
    unruhen: event('Unruhen', '2022-01-02/2022-01-07', { timePrecision: 'approximate' }),
    festnahmen: event('Festnahmen in Almaty', '2022-01-11', { places: ['almaty'] }),
    'fuenf-objekte': event('Fünf Objekte bewacht', '2022-01-11'),
    patrouille: event('Patrouille in Almaty', '2022-01-11'),
    ankuendigung: {
      title: 'Tokajew kündigt den Abzug an',
      date: '2022-01-11',
      timePrecision: 'part-of-day',
      timeOfDay: 'morgens',
      actors: ['tokajew'],
    },
    dementi: event('Serdjukow widerspricht', '2022-01-11', {
      timePrecision: 'part-of-day',
      timeOfDay: 'abends',
      actors: ['serdjukow'],
    }),
    'abzug-beginn': {
      title: 'Der Abzug beginnt',
      date: '2022-01-13',
      actors: ['tokajew'],
      places: ['kasachstan'],
    },
    evakuierung: event('Evakuierungsflüge', '2022-01-13/2022-01-19'),
    flughafen: event('Flughafen öffnet wieder', '2022-01-13/2022-01-19', {
      timePrecision: 'approximate',
      places: ['almaty'],
    }),
  },
  articles: [
    {
      slug: 'frueh',
      data: {
        title: 'Früher Artikel',
        published: '2022-01-12',
        referenceDate: { date: '2022-01-12', note: 'Mittwoch' },
        photo: { caption: 'Soldaten auf Patrouille in Almaty.', credit: 'Agentur' },
        actors: ['tokajew', 'serdjukow'],
        places: ['almaty'],
        reports: [
          { event: 'unruhen', status: 'reported', evidence: 'nach den Unruhen' },
          { event: 'festnahmen', status: 'reported', evidence: 'Festnahmen' },
          { event: 'fuenf-objekte', status: 'reported', evidence: 'fünf Objekte' },
          { event: 'patrouille', status: 'reported', evidence: 'Soldaten auf Patrouille', evidenceIn: 'caption' },
          {
            event: 'ankuendigung',
            status: 'reported',
            evidence: 'kündigte am Dienstag morgen an',
            dateExpression: 'am Dienstag morgen',
          },
          { event: 'dementi', status: 'reported', evidence: 'Serdjukow widersprach' },
          {
            event: 'abzug-beginn',
            status: 'disputed',
            evidence: 'diesen Donnerstag beginne der Abzug',
            dateExpression: 'diesen Donnerstag',
            notes: 'Serdjukow widerspricht.',
          },
          { event: 'evakuierung', status: 'planned', evidence: 'Evakuierungsflüge' },
          { event: 'flughafen', status: 'announced', evidence: 'der Flughafen öffne wieder' },
        ],
        claims: [
          claim('tokajew-donnerstag', 'tokajew', {
            date: '2022-01-11',
            claimedDate: '2022-01-13',
            quote: 'diesen Donnerstag beginne der Abzug',
            about: { events: ['abzug-beginn'] },
          }),
          claim('serdjukow-spaeter', 'serdjukow', {
            date: '2022-01-11',
            stance: 'denies',
            about: { events: ['abzug-beginn'] },
          }),
          claim('flughafen-woche', 'flughafen', {
            claimedDate: '2022-01-13/2022-01-19',
            about: { events: ['flughafen'] },
          }),
          claim('flughafen-15', 'flughafen', {
            claimedDate: '2022-01-15',
            claimedDateQualifier: 'notBefore',
            sources: [{ source: 'rbc', locator: 'Absatz 3' }],
            about: { events: ['flughafen'] },
          }),
          claim('flughafen-13', 'flughafen', { claimedDate: '2022-01-13', about: { events: ['flughafen'] } }),
        ],
      },
      body: [
        'Tokajew kündigte am Dienstag morgen an, diesen Donnerstag beginne der Abzug.',
        '',
        'Serdjukow widersprach. Festnahmen, fünf Objekte, Evakuierungsflüge: nach den Unruhen hieß es, der Flughafen öffne wieder.',
        '',
      ].join('\n'),
    },
    {
      slug: 'spaet',
      data: {
        title: 'Später Artikel',
        published: '2022-01-20',
        referenceDate: { date: '2022-01-19', note: 'Mittwoch' },
        actors: ['tokajew'],
        reports: [
          {
            event: 'abzug-beginn',
            status: 'reported',
            evidence: 'Der Abzug hat am 13. Januar begonnen',
            dateExpression: 'am 13. Januar',
          },
        ],
        claims: [
          claim('tokajew-abzug-laeuft', 'tokajew', {
            date: '2022-01-19',
            quote: 'Der Abzug hat am 13. Januar begonnen',
            about: { events: ['abzug-beginn'] },
          }),
        ],
      },
      body: 'Der Abzug hat am 13. Januar begonnen, sagt Tokajew.\n',
    },
  ],
});

const events = timelineEvents(articles);
const locate = locatorFor(articles);
const groups = groupByDay(events);
const byId = (id: string) => events.find((e) => e.id === id)!;

describe('the fixture', () => {
  it('is valid content', () => {
    expect(problems).toEqual(new Map());
  });
});

describe('timeline model', () => {
  it('has every event once, in time order', () => {
    expect(events.map((e) => e.id)).toEqual([
      'unruhen',
      'festnahmen',
      'fuenf-objekte',
      'patrouille',
      'ankuendigung',
      'dementi',
      'abzug-beginn',
      'evakuierung',
      'flughafen',
    ]);
  });

  it('has one entry for an event that two articles report, with both reports oldest first', () => {
    const start = byId('abzug-beginn');
    expect(start.reports.map((r) => [r.article.slug, r.reportedOn, r.status, r.statusLabel])).toEqual([
      ['frueh', { datetime: '2022-01-12', label: '12. Januar 2022' }, 'disputed', 'umstritten'],
      ['spaet', { datetime: '2022-01-19', label: '19. Januar 2022' }, 'reported', 'berichtet'],
    ]);
    expect(start.reports[0]).toMatchObject({
      dateExpression: 'diesen Donnerstag',
      evidence: 'diesen Donnerstag beginne der Abzug',
      evidenceHref: '/artikel/frueh/#beleg-ereignis-abzug-beginn',
      notes: 'Serdjukow widerspricht.',
    });
  });

  it('gives an event several articles report a page of its own, and keeps any other in its article', () => {
    expect(byId('abzug-beginn')).toMatchObject({ ownPage: true, href: '/ereignisse/abzug-beginn/' });
    expect(byId('festnahmen')).toMatchObject({ ownPage: false, href: '/artikel/frueh/#ereignis-festnahmen' });
    expect(events.filter((e) => e.ownPage).map((e) => e.id)).toEqual(['abzug-beginn']);
  });

  it('takes status, sentence and article from the latest report', () => {
    expect(byId('abzug-beginn')).toMatchObject({
      status: 'reported',
      statusLabel: 'berichtet',
      dateExpression: 'am 13. Januar',
      evidence: 'Der Abzug hat am 13. Januar begonnen',
      evidenceHref: '/artikel/spaet/#beleg-ereignis-abzug-beginn',
      article: { slug: 'spaet', title: 'Später Artikel', href: '/artikel/spaet/' },
    });
  });

  it('orders the reports by reference date whatever the order of the articles', () => {
    const reversed = timelineEvents([...articles].reverse()).find((e) => e.id === 'abzug-beginn')!;
    expect(reversed.reports.map((r) => r.article.slug)).toEqual(['frueh', 'spaet']);
    expect(reversed.status).toBe('reported');
  });

  it('shows only one article’s reports on that article’s timeline', () => {
    const early = timelineEvents(articles.filter((a) => a.slug === 'frueh'));
    const start = early.find((e) => e.id === 'abzug-beginn')!;
    expect(start.reports).toHaveLength(1);
    expect(start.status).toBe('disputed');
  });

  it('groups single days by day and ranges by their span, approximate ones apart', () => {
    const tuesday = groups.find((g) => g.key === '2022-01-11')!;
    expect(tuesday).toMatchObject({ label: 'Dienstag, 11. Januar 2022', anchor: 'tag-2022-01-11', span: false });
    // Events without a part of the day first, then morning before evening.
    expect(tuesday.events.map((e) => e.id)).toEqual([
      'festnahmen',
      'fuenf-objekte',
      'patrouille',
      'ankuendigung',
      'dementi',
    ]);
    const unrest = groups.find((g) => g.events.some((e) => e.id === 'unruhen'))!;
    expect(unrest).toMatchObject({
      key: '2022-01-02--2022-01-07-ca',
      span: true,
      approximate: true,
      label: 'ca. 2.–7. Januar 2022',
    });
    expect(groups.find((g) => g.key === '2022-01-13--2022-01-19')).toMatchObject({
      label: '13.–19. Januar 2022',
      approximate: false,
      events: [expect.objectContaining({ id: 'evakuierung' })],
    });
    expect(groups.find((g) => g.key === '2022-01-13--2022-01-19-ca')).toMatchObject({
      label: 'ca. 13.–19. Januar 2022',
      events: [expect.objectContaining({ id: 'flughafen' })],
    });
    expect(groups.map((g) => g.datetime)).toEqual([...groups.map((g) => g.datetime)].sort());
  });

  it('labels an event’s date as exactly as the text knows it', () => {
    expect(byId('ankuendigung').dateLabel).toBe('Dienstag, 11. Januar 2022, morgens');
    expect(byId('dementi').dateLabel).toBe('Dienstag, 11. Januar 2022, abends');
    expect(byId('flughafen').dateLabel).toBe('ca. 13.–19. Januar 2022');
  });

  it('links each event to its sentence, article, actors and places', () => {
    const start = byId('abzug-beginn');
    expect(start.anchor).toBe('ereignis-abzug-beginn');
    expect(start.actors).toEqual([{ id: 'tokajew', name: 'Kassym-Schomart Tokajew', href: '/akteure/tokajew/' }]);
    // A place opens the map at the event's day (its time control) and at the place.
    expect(start.places).toEqual([
      { id: 'kasachstan', name: 'Kasachstan', href: '/karte/?stand=2022-01-13#ort-kasachstan' },
    ]);
    expect(byId('ankuendigung').evidenceHref).toBe('/artikel/frueh/#beleg-ereignis-ankuendigung');
    expect(byId('patrouille').evidenceHref).toBe('/artikel/frueh/#foto');
    expect(byId('unruhen').dateSources).toEqual([{ id: TEST_SOURCE, title: 'Testquelle' }]);
  });

  it('sets competing claims side by side, from every article that reports the event', () => {
    const start = byId('abzug-beginn');
    expect(start.competing.map((c) => [c.id, c.speaker.name, c.stanceLabel, c.claimedDateLabel])).toEqual([
      ['tokajew-donnerstag', 'Kassym-Schomart Tokajew', 'behauptet', '13. Januar 2022'],
      ['serdjukow-spaeter', 'Andrej Serdjukow', 'widerspricht', undefined],
      ['tokajew-abzug-laeuft', 'Kassym-Schomart Tokajew', 'behauptet', undefined],
    ]);
    expect(start.competing[0]).toMatchObject({
      speaker: { href: '/akteure/tokajew/' },
      said: { datetime: '2022-01-11', label: '11. Januar 2022' },
      href: '/artikel/frueh/#beleg-aussage-tokajew-donnerstag',
    });
    expect(start.competing[1]!.href).toBeUndefined();
    const airport = byId('flughafen');
    expect(airport.competing.map((c) => c.claimedDateLabel)).toEqual([
      '13.–19. Januar 2022',
      'nicht vor dem 15. Januar 2022',
      '13. Januar 2022',
    ]);
    expect(airport.competing[1]!.sources).toEqual([
      { id: 'rbc', title: 'RBC-Meldung', publisher: 'RBC', locator: 'Absatz 3', quote: undefined },
    ]);
  });

  it('draws the overview strip from the first to the last day', () => {
    const strip = overviewStrip(events, groups);
    expect(strip.days[0]!.date).toBe('2022-01-02');
    expect(strip.days.at(-1)!.date).toBe('2022-01-19');
    expect(strip.days).toHaveLength(18);
    expect(strip.days.find((d) => d.date === '2022-01-11')).toMatchObject({
      count: 5,
      weekday: 'Di',
      dayLabel: '11.',
      anchor: 'tag-2022-01-11',
      label: 'Dienstag, 11. Januar 2022: 5 Ereignisse',
    });
    expect(strip.days.find((d) => d.date === '2022-01-13')).toMatchObject({
      count: 1,
      label: 'Donnerstag, 13. Januar 2022: 1 Ereignis',
    });
    expect(strip.days.find((d) => d.date === '2022-01-12')).toMatchObject({ count: 0, anchor: undefined });
    expect(strip.spans.find((s) => s.id === 'unruhen')).toMatchObject({
      startIndex: 0,
      endIndex: 5,
      approximate: true,
      href: '#ereignis-unruhen',
    });
    expect(strip.spans.find((s) => s.id === 'evakuierung')).toMatchObject({
      startIndex: 11,
      endIndex: 17,
      approximate: false,
      title: '13.–19. Januar 2022: Evakuierungsflüge',
    });
    expect(strip.label).toBe('Zeitachse vom 2. Januar 2022 bis 19. Januar 2022: 9 Ereignisse');
  });

  it('draws an empty strip without events', () => {
    expect(overviewStrip([], [])).toEqual({ days: [], spans: [], label: 'Keine Ereignisse' });
  });
});

describe('exports', () => {
  const site = 'https://lagebild.example.org/';

  it('writes a valid iCalendar file with all-day entries', () => {
    const ics = eventsIcs(calendarEntries(events, locate, site), '2022-01-19');
    expect(ics).toContain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(events.length);
    const announcement = vevents.find((v) => v.uid === 'ankuendigung@lagebild')!;
    expect(announcement.startDate.isDate).toBe(true);
    expect(announcement.startDate.toString()).toBe('2022-01-11');
    expect(announcement.endDate.toString()).toBe('2022-01-12');
    expect(announcement.summary).toBe('Tokajew kündigt den Abzug an');
    const airport = vevents.find((v) => v.uid === 'flughafen@lagebild')!;
    expect(airport.startDate.toString()).toBe('2022-01-13');
    expect(airport.endDate.toString()).toBe('2022-01-20');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2022-01-19T00:00:00Z',
    );
  });

  it('takes the calendar status and description from the latest report', () => {
    const ics = eventsIcs(calendarEntries(events, locate, site), '2022-01-19');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const start = calendar
      .getAllSubcomponents('vevent')
      .find((c) => c.getFirstPropertyValue('uid') === 'abzug-beginn@lagebild')!;
    expect(start.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(start.getFirstPropertyValue('description')).toBe(
      'Donnerstag, 13. Januar 2022 · berichtet\nBeleg: »Der Abzug hat am 13. Januar begonnen«\nArtikel: Später Artikel',
    );
    const planned = calendar
      .getAllSubcomponents('vevent')
      .find((c) => c.getFirstPropertyValue('uid') === 'evakuierung@lagebild')!;
    expect(planned.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('gives the same bytes twice (no build time inside)', () => {
    expect(eventsIcs(calendarEntries(events, locate, site), '2022-01-12')).toBe(
      eventsIcs(calendarEntries(events, locate, site), '2022-01-12'),
    );
    expect(contentStamp(['2022-01-12', undefined, '2022-02-01'])).toBe('2022-02-01');
    expect(contentStamp(['kein Datum', undefined])).toBe('2000-01-01');
  });

  it('writes the events as JSON with absolute links', () => {
    const json = eventsJson(events, locate, site);
    expect(json.events).toHaveLength(events.length);
    expect(json.events.find((e) => e.id === 'abzug-beginn')).toMatchObject({
      date: '2022-01-13',
      start: '2022-01-13',
      end: '2022-01-13',
      status: 'reported',
      dateExpression: 'am 13. Januar',
      url: 'https://lagebild.example.org/zeitleiste/2022-01/#ereignis-abzug-beginn',
      evidenceUrl: 'https://lagebild.example.org/artikel/spaet/#beleg-ereignis-abzug-beginn',
      article: { slug: 'spaet', title: 'Später Artikel', url: 'https://lagebild.example.org/artikel/spaet/' },
      actors: [{ id: 'tokajew', name: 'Kassym-Schomart Tokajew' }],
      places: [{ id: 'kasachstan', name: 'Kasachstan' }],
    });
    expect(json.events.find((e) => e.id === 'flughafen')!.claims[1]).toMatchObject({
      id: 'flughafen-15',
      speaker: 'Flughafenbetreiber',
      summary: 'Aussage flughafen-15',
      saidOn: null,
      claimedDate: '2022-01-15',
      claimedDateQualifier: 'notBefore',
      claimedDateLabel: 'nicht vor dem 15. Januar 2022',
    });
  });

  it('writes every report of an event into the JSON, oldest first', () => {
    const start = eventsJson(events, locate, site).events.find((e) => e.id === 'abzug-beginn')!;
    expect(start.reports.map((r) => [r.article.slug, r.reportedOn, r.status, r.dateExpression])).toEqual([
      ['frueh', '2022-01-12', 'disputed', 'diesen Donnerstag'],
      ['spaet', '2022-01-19', 'reported', 'am 13. Januar'],
    ]);
    expect(start.reports[0]!.evidenceUrl).toBe(
      'https://lagebild.example.org/artikel/frueh/#beleg-ereignis-abzug-beginn',
    );
  });
});

describe('a text that errs about a date', () => {
  const build = (factChecks: unknown[]) =>
    testCorpus({
      events: { ankuendigung: datedEvent('Ankündigung', '2022-01-10') },
      articles: [
        {
          slug: 'irrtum',
          data: {
            reports: [
              {
                event: 'ankuendigung',
                status: 'reported',
                evidence: 'Am Dienstag kündigte er den Abzug an.',
                dateExpression: 'am Dienstag',
                dateDiscrepancy: 'Die Ankündigung fiel am Montagabend.',
              },
            ],
            factChecks,
          },
          body: 'Am Dienstag kündigte er den Abzug an.\n',
        },
      ],
    });
  const check = {
    id: 'montag',
    evidence: 'Am Dienstag kündigte er den Abzug an.',
    note: 'Die Ankündigung fiel am Montag, dem 10. Januar.',
    checked: '2022-02-01',
    sources: [TEST_SOURCE],
  };

  it('needs a fact check on the passage', () => {
    const { problems } = build([]);
    expect(problems.get('irrtum')!.map((p) => p.path)).toEqual([['reports', 0, 'dateDiscrepancy']]);
  });

  it('shows the date the text states beside the event’s', () => {
    const { articles, problems } = build([check]);
    expect(problems.get('irrtum')).toBeUndefined();
    const [event] = timelineEvents(articles);
    expect(event).toMatchObject({
      dateExpression: 'am Dienstag',
      statedDateLabel: '11. Januar 2022',
      dateLabel: 'Montag, 10. Januar 2022',
    });
  });
});

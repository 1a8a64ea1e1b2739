/**
 * The guarded sites in time, from the events that change the guard and the
 * reports that list the sites: each site's status on each day, the steps of
 * the story, and the words a screen reader announces.
 */
import { describe, expect, it } from 'vitest';
import { eventsSoFarSentence, guardStory } from '../../src/lib/views/guard-story.ts';
import { datedEvent, GUARDED, place, testCorpus, TEST_SOURCE } from './helpers.ts';

const article = (slug: string, date: string, reports: { event: string; status: string; evidence: string }[]) => ({
  slug,
  data: {
    title: `Bericht vom ${date}`,
    published: date,
    referenceDate: { date, note: 'Tag der Veröffentlichung' },
    places: [
      { id: 'flughafen', ...GUARDED, evidence: 'den Flughafen' },
      { id: 'bahnhof', ...GUARDED, evidence: 'den Bahnhof' },
      'markt',
    ],
    reports,
  },
  body: `Die Truppe bewacht den Flughafen und den Bahnhof. Am Markt ist es ruhig. ${reports.map((r) => `${r.evidence}.`).join(' ')}\n`,
});

function story(handoverStatus: string, takenStatus?: string, handoverConfirmed = false) {
  const { articles, problems } = testCorpus({
    places: { flughafen: place('Flughafen'), bahnhof: place('Bahnhof'), markt: place('Markt') },
    events: {
      ...(takenStatus && {
        bewachung: datedEvent('Die Truppe bewacht den Flughafen', '2022-01-07', { guard: 'taken' }),
      }),
      mehr: datedEvent('Fünf weitere Objekte', '2022-01-11', { guard: 'added' }),
      rueckgabe: datedEvent('Die Rückgabe beginnt', '2022-01-13', {
        guard: 'handover',
        ...(handoverConfirmed && {
          confidence: { level: 'high', reason: 'Zwei Agenturen melden den Tag.', sources: [TEST_SOURCE] },
        }),
      }),
      abzug: datedEvent('Der Abzug ist abgeschlossen', '2022-01-15', { guard: 'withdrawn' }),
      anderes: datedEvent('Etwas anderes', '2022-01-14'),
    },
    articles: [
      article('erster', '2022-01-12', [
        { event: 'mehr', status: 'reported', evidence: 'Fünf weitere kamen hinzu' },
        ...(takenStatus ? [{ event: 'bewachung', status: takenStatus, evidence: 'Seit Tagen bewacht sie' }] : []),
      ]),
      article('zweiter', '2022-01-16', [
        { event: 'rueckgabe', status: handoverStatus, evidence: 'Die Rückgabe begann' },
        { event: 'abzug', status: 'reported', evidence: 'Der Abzug ist beendet' },
        { event: 'anderes', status: 'reported', evidence: 'Anderes geschah' },
      ]),
    ],
  });
  expect(problems).toEqual(new Map());
  return guardStory(articles);
}

const stateOn = (s: ReturnType<typeof guardStory>, date: string) =>
  Object.fromEntries(s.days.find((d) => d.date === date)!.sites.map((x) => [x.id, x.label]));

describe('the events so far, in words', () => {
  it('counts them in correct German for none, one, some, all, and a timeline of one', () => {
    expect(eventsSoFarSentence(0, 19)).toBe(
      'Noch keines der 19 Ereignisse der Zeitleiste ist bis zu diesem Tag geschehen.',
    );
    expect(eventsSoFarSentence(1, 19)).toBe('1 von 19 Ereignissen der Zeitleiste ist bis zu diesem Tag geschehen.');
    expect(eventsSoFarSentence(9, 19)).toBe('9 von 19 Ereignissen der Zeitleiste sind bis zu diesem Tag geschehen.');
    expect(eventsSoFarSentence(19, 19)).toBe('Alle 19 Ereignisse der Zeitleiste sind bis zu diesem Tag geschehen.');
    expect(eventsSoFarSentence(1200, 1500)).toBe(
      '1.200 von 1.500 Ereignissen der Zeitleiste sind bis zu diesem Tag geschehen.',
    );
    expect(eventsSoFarSentence(0, 1)).toBe('Das Ereignis der Zeitleiste ist an diesem Tag noch nicht geschehen.');
    expect(eventsSoFarSentence(1, 1)).toBe('Das Ereignis der Zeitleiste ist bis zu diesem Tag geschehen.');
  });
});

describe('the guarded sites in time', () => {
  it('gives each guarded site its status on every day, as the reports give it', () => {
    const s = story('reported');
    expect(s.sites.map((x) => x.id).sort()).toEqual(['bahnhof', 'flughafen']);
    expect(s.days.map((d) => d.date)).toEqual(['2022-01-11', '2022-01-12', '2022-01-13', '2022-01-14', '2022-01-15']);
    expect(stateOn(s, '2022-01-11')).toEqual({
      flughafen: 'noch von keinem Bericht als bewacht genannt',
      bahnhof: 'noch von keinem Bericht als bewacht genannt',
    });
    expect(stateOn(s, '2022-01-12').flughafen).toBe('bewacht (laut Bericht vom 12. Januar 2022)');
    // The guard itself rests on one newspaper's list (GUARDED: low): the day says so.
    expect(s.days.find((d) => d.date === '2022-01-12')!.sites[0]!.uncertain).toBe(
      'Bewachung unsicher: Gewissheit niedrig',
    );
    expect(stateOn(s, '2022-01-14').bahnhof).toBe('in der Rückgabe seit 13. Januar 2022');
    expect(stateOn(s, '2022-01-15').bahnhof).toBe('zurückgegeben, Abzug abgeschlossen am 15. Januar 2022');
  });

  it('has a step for each day a status changes or the guard changes, not for other events', () => {
    expect(story('reported').stepDays).toEqual(['2022-01-11', '2022-01-12', '2022-01-13', '2022-01-15']);
  });

  it('links each step to its event where it lives: an event one article reports, in that article', () => {
    const steps = story('reported').days.flatMap((d) => d.steps);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.find((step) => step.event.id === 'abzug')?.event.href).toBe('/artikel/zweiter/#ereignis-abzug');
  });

  it('says where the date of a change is not sure, and announces each day in words', () => {
    const s = story('disputed');
    const day = s.days.find((d) => d.date === '2022-01-13')!;
    expect(day.sites[0]!.uncertain).toBe('Datum unsicher: laut letztem Bericht umstritten');
    // Two of the four events (the five more sites, the handover) have begun by the 13th.
    expect(day.summary).toBe(
      'Stand am Donnerstag, 13. Januar 2022: 2\u00a0Objekte in der Rückgabe. ' +
        '2 von 4 Ereignissen der Zeitleiste sind bis zu diesem Tag geschehen. ' +
        'An diesem Tag: Die Rückgabe beginnt (Datum unsicher: laut letztem Bericht umstritten).',
    );
    const summaries = s.days.map((d) => d.summary);
    expect(summaries[0]).toContain(' 1 von 4 Ereignissen der Zeitleiste ist bis zu diesem Tag geschehen. ');
    expect(summaries.at(-1)).toContain(' Alle 4 Ereignisse der Zeitleiste sind bis zu diesem Tag geschehen. ');
    expect(story('reported').days.find((d) => d.date === '2022-01-13')!.sites[0]!.uncertain).toBeUndefined();
  });

  it('keeps a day the text disputed but the analysis confirms, and says both', () => {
    const day = story('disputed', undefined, true).days.find((d) => d.date === '2022-01-13')!;
    expect(day.sites[0]!.uncertain).toBe('laut letztem Bericht umstritten, nach den Quellen der Analyse belegt');
    expect(day.summary).not.toContain('Datum unsicher');
  });

  it('counts every guarded site as guarded from the day the troops take sites under guard, and keeps its doubt', () => {
    const s = story('reported', 'reported');
    expect(s.days[0]!.date).toBe('2022-01-07');
    expect(stateOn(s, '2022-01-07')).toEqual({
      flughafen: 'bewacht seit 7. Januar 2022',
      bahnhof: 'bewacht seit 7. Januar 2022',
    });
    // The guard of each site rests on one newspaper's list (GUARDED: low), before and after the report names it.
    for (const date of ['2022-01-07', '2022-01-12']) {
      expect(s.days.find((d) => d.date === date)!.sites[0]!.uncertain).toBe('Bewachung unsicher: Gewissheit niedrig');
    }
    // Where the day of the step is unsure too, the day says both.
    expect(story('reported', 'disputed').days[0]!.sites[0]!.uncertain).toBe(
      'Datum unsicher: laut letztem Bericht umstritten; Bewachung unsicher: Gewissheit niedrig',
    );
  });
});

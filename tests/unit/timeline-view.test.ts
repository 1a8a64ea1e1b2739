/**
 * Date labels and order of events, the article page's view and the article
 * card's figures, on small synthetic articles; URLs and navigation.
 */
import { parseDateOrRange } from '../../src/lib/format/dates.ts';
import { describe, expect, it } from 'vitest';
import { articleFigures, articleView, formatCoordinates } from '../../src/lib/views/article.ts';
import { contradictions } from '../../src/lib/views/entity-model.ts';
import { countLabel } from '../../src/lib/format/labels.ts';
import { isCurrent, navItems } from '../../src/lib/views/nav.ts';
import { dateOrRangeLabel, eventDateLabel, sortEvents } from '../../src/lib/views/timeline.ts';
import { articleUrl, withBase } from '../../src/lib/format/urls.ts';
import { actor, locatorFor, place, testCorpus, TEST_SOURCE, GUARDED } from './helpers.ts';

type Raw = Record<string, unknown>;

describe('event date labels', () => {
  it('say exactly as much as the text knows', () => {
    expect(eventDateLabel({ range: parseDateOrRange('2022-01-11')!, timePrecision: 'day' })).toBe(
      'Dienstag, 11. Januar 2022',
    );
    expect(
      eventDateLabel({ range: parseDateOrRange('2022-01-11')!, timePrecision: 'part-of-day', timeOfDay: 'abends' }),
    ).toBe('Dienstag, 11. Januar 2022, abends');
    expect(eventDateLabel({ range: parseDateOrRange('2022-01-02/2022-01-07')!, timePrecision: 'approximate' })).toBe(
      'ca. 2.–7. Januar 2022',
    );
    expect(eventDateLabel({ range: parseDateOrRange('2022-01-13/2022-01-19')!, timePrecision: 'day' })).toBe(
      '13.–19. Januar 2022',
    );
    expect(eventDateLabel({ range: parseDateOrRange('2022-01-01/2022-01-31')!, timePrecision: 'month' })).toBe(
      'Januar 2022',
    );
    expect(eventDateLabel({ range: parseDateOrRange('2022-01-10/2022-01-16')!, timePrecision: 'week' })).toBe(
      'Woche vom 10.–16. Januar 2022',
    );
  });

  it('label claimed dates with their qualifier', () => {
    expect(dateOrRangeLabel('2022-01-13')).toBe('13. Januar 2022');
    expect(dateOrRangeLabel('2022-01-15', 'notBefore')).toBe('nicht vor dem 15. Januar 2022');
    expect(dateOrRangeLabel('2022-01-19', 'notAfter')).toBe('spätestens am 19. Januar 2022');
    expect(dateOrRangeLabel('2022-01-13/2022-01-19')).toBe('13.–19. Januar 2022');
  });

  it('sorts by start, shorter spans first, morning before evening', () => {
    const sorted = sortEvents([
      { id: 'abend', range: parseDateOrRange('2022-01-11')!, timeOfDay: 'abends' as const },
      { id: 'spanne', range: parseDateOrRange('2022-01-11/2022-01-12')! },
      { id: 'morgen', range: parseDateOrRange('2022-01-11')!, timeOfDay: 'morgens' as const },
      { id: 'ganzer-tag', range: parseDateOrRange('2022-01-11')! },
      { id: 'frueher', range: parseDateOrRange('2022-01-07')! },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['frueher', 'ganzer-tag', 'morgen', 'abend', 'spanne']);
  });
});

describe('article view', () => {
  const { articles, problems } = testCorpus({
    actors: {
      tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'], wikidata: 'Q123' }),
      serdjukow: actor('Andrej Serdjukow', {
        aliases: ['Serdjukow'],
        names: [{ lang: 'ru', name: 'Андрей Сердюков' }],
      }),
    },
    places: {
      almaty: place('Almaty'),
      'nur-sultan': place('Nur-Sultan', { geoPrecision: 2, radiusKm: 15, aliases: ['Astana'] }),
      akorda: place('Akorda', { kind: 'government', within: 'nur-sultan' }),
    },
    events: {
      unruhen: {
        title: 'Unruhen',
        date: '2022-01-02/2022-01-07',
        timePrecision: 'approximate',
        dateSources: [TEST_SOURCE],
      },
      ankuendigung: {
        title: 'Tokajew kündigt den Abzug an',
        date: '2022-01-11',
        timePrecision: 'part-of-day',
        timeOfDay: 'morgens',
        actors: ['tokajew'],
        places: ['nur-sultan'],
      },
      patrouille: { title: 'Patrouille', date: '2022-01-11', places: ['almaty'], dateSources: [TEST_SOURCE] },
      'abzug-beginn': { title: 'Der Abzug beginnt', date: '2022-01-13', actors: ['tokajew'] },
    },
    articles: [
      {
        slug: 'artikel',
        data: {
          title: 'Ein Artikel',
          published: '2022-01',
          referenceDate: { date: '2022-01-12', note: 'Mittwoch' },
          photo: { caption: 'Soldaten auf Patrouille in Almaty.', credit: 'Agentur', place: 'almaty' },
          actors: ['tokajew', 'serdjukow'],
          places: ['almaty', 'nur-sultan', { id: 'akorda', ...GUARDED, evidence: 'die Akorda' }],
          reports: [
            {
              event: 'abzug-beginn',
              status: 'disputed',
              evidence: 'diesen Donnerstag',
              dateExpression: 'diesen Donnerstag',
            },
            { event: 'patrouille', status: 'reported', evidence: 'Soldaten auf Patrouille', evidenceIn: 'caption' },
            {
              event: 'ankuendigung',
              status: 'reported',
              evidence: 'am Dienstag morgen',
              dateExpression: 'am Dienstag morgen',
            },
            { event: 'unruhen', status: 'reported', evidence: 'Nach den Unruhen' },
          ],
          claims: [
            {
              id: 'tokajew-donnerstag',
              speaker: 'tokajew',
              quote: 'diesen Donnerstag',
              summary: 'Der Abzug beginnt am Donnerstag.',
              stance: 'announces',
              date: '2022-01-11',
              claimedDate: '2022-01-13',
              about: { events: ['abzug-beginn'], places: ['nur-sultan'] },
              contradicts: ['serdjukow-spaeter'],
            },
            {
              id: 'serdjukow-spaeter',
              speaker: 'serdjukow',
              summary: 'Der Abzug beginnt später.',
              stance: 'denies',
              sources: [TEST_SOURCE],
              about: { claims: ['tokajew-donnerstag'] },
            },
          ],
          factChecks: [
            {
              id: 'akorda-lage',
              about: { places: ['akorda'] },
              evidence: 'die Akorda',
              note: 'Die Akorda liegt am linken Ufer.',
              checked: '2022-02-01',
              sources: [TEST_SOURCE],
            },
          ],
        },
        body: [
          'Nach den Unruhen sprach Tokajew am Dienstag morgen.',
          '',
          'Der Abzug beginne diesen Donnerstag.',
          '',
          'Serdjukow sieht das anders.',
          '',
          'In Nur-Sultan bewachen Soldaten die Akorda.',
          '',
        ].join('\n'),
      },
    ],
  });
  const input = articles[0]!;
  const pairs = contradictions(articles, 'artikel');
  const view = articleView(input, locatorFor(articles), pairs);

  it('is built from valid content', () => {
    expect(problems).toEqual(new Map());
  });

  it('shows the publication date at its real precision', () => {
    expect(view.published).toEqual({ datetime: '2022-01', label: 'Januar 2022', precision: 'month' });
    expect(view.referenceDate).toMatchObject({ date: '2022-01-12', label: 'Mittwoch, 12. Januar 2022' });
  });

  it('lists events in time order with German labels and evidence anchors', () => {
    expect(view.events.map((e) => e.id)).toEqual(['unruhen', 'patrouille', 'ankuendigung', 'abzug-beginn']);
    const announcement = view.events.find((e) => e.id === 'ankuendigung')!;
    expect(announcement).toMatchObject({
      anchor: 'ereignis-ankuendigung',
      dateLabel: 'Dienstag, 11. Januar 2022, morgens',
      datetime: '2022-01-11',
      dateExpression: 'am Dienstag morgen',
      evidenceHref: '#beleg-ereignis-ankuendigung',
      timelineHref: '/zeitleiste/2022-01/#ereignis-ankuendigung',
      actors: [{ id: 'tokajew', name: 'Kassym-Schomart Tokajew', href: '#akteur-tokajew' }],
      places: [{ id: 'nur-sultan', name: 'Nur-Sultan', href: '#ort-nur-sultan' }],
    });
    expect(view.events.find((e) => e.id === 'patrouille')!.evidenceHref).toBe('#foto');
    expect(view.events.find((e) => e.id === 'abzug-beginn')!.statusLabel).toBe('umstritten');
    expect(view.events.find((e) => e.id === 'unruhen')!.sources).toEqual([{ id: TEST_SOURCE, title: 'Testquelle' }]);
  });

  it('knows in which paragraphs an entity is mentioned', () => {
    expect(view.actors.find((a) => a.id === 'serdjukow')!.mentions).toEqual([
      { id: 'absatz-3', name: 'Absatz 3', href: '#absatz-3' },
    ]);
    expect(view.actors.find((a) => a.id === 'tokajew')!.mentions.map((m) => m.href)).toEqual(['#absatz-1']);
    expect(view.places.find((p) => p.id === 'nur-sultan')!.mentions.map((m) => m.href)).toEqual(['#absatz-4']);
    expect(view.places.find((p) => p.id === 'almaty')!.mentions).toEqual([]);
  });

  it('labels actors and places in German', () => {
    expect(view.actors.find((a) => a.id === 'serdjukow')).toMatchObject({
      anchor: 'akteur-serdjukow',
      kindLabel: 'Person',
      aliases: ['Serdjukow'],
      pageHref: '/akteure/serdjukow/',
      otherNames: [{ lang: 'ru', langLabel: 'russisch', name: 'Андрей Сердюков' }],
    });
    expect(view.actors.find((a) => a.id === 'tokajew')!.wikidataUrl).toBe('https://www.wikidata.org/wiki/Q123');
    expect(view.places.find((p) => p.id === 'nur-sultan')).toMatchObject({
      precisionLabel: 'ungefähre Lage',
      areaLabel: 'Umkreis ca. 15\u00a0km',
      coordinatesLabel: '43,2000° N, 76,9000° O',
      aliases: ['Astana'],
    });
    expect(view.places.find((p) => p.id === 'akorda')).toMatchObject({
      kindLabel: 'Regierung',
      within: { id: 'nur-sultan', name: 'Nur-Sultan', href: '#ort-nur-sultan' },
      evidenceHref: '#beleg-ort-akorda',
      guarded: true,
    });
    expect(view.guardedCount).toBe(1);
    expect(view.photo?.place).toEqual({ id: 'almaty', name: 'Almaty', href: '#ort-almaty' });
  });

  it('links claims to their sentence, speaker, subjects and contradicted claims', () => {
    const [said, denied] = view.claims;
    expect(said).toMatchObject({
      anchor: 'aussage-tokajew-donnerstag',
      stanceLabel: 'kündigt an',
      said: { datetime: '2022-01-11', label: '11. Januar 2022' },
      claimedDateLabel: '13. Januar 2022',
      href: '#beleg-aussage-tokajew-donnerstag',
      speaker: { id: 'tokajew', name: 'Kassym-Schomart Tokajew', href: '#akteur-tokajew' },
      aboutRefs: [
        { id: 'nur-sultan', name: 'Nur-Sultan', href: '#ort-nur-sultan' },
        { id: 'abzug-beginn', name: 'Der Abzug beginnt', href: '#ereignis-abzug-beginn' },
      ],
      relationGroups: [
        {
          label: 'Widerspricht',
          refs: [
            {
              id: 'serdjukow-spaeter',
              name: 'Andrej Serdjukow: Der Abzug beginnt später.',
              href: '#aussage-serdjukow-spaeter',
            },
          ],
        },
      ],
    });
    expect(denied!.href).toBeUndefined();
    expect(denied!.aboutRefs.map((r) => r.name)).toEqual(['Kassym-Schomart Tokajew: Der Abzug beginnt am Donnerstag.']);
  });

  it('gives the notes of the analysis with their anchors', () => {
    expect(view.factChecks).toEqual([
      expect.objectContaining({
        anchor: 'anmerkung-akorda-lage',
        checkedLabel: '1. Februar 2022',
        evidenceHref: '#beleg-anmerkung-akorda-lage',
        aboutRefs: [{ id: 'akorda', name: 'Akorda', href: '#ort-akorda' }],
      }),
    ]);
  });

  it('passes the contradictions of the corpus through', () => {
    expect(view.contradictions).toEqual(pairs);
    expect(view.contradictions.map((p) => p.id)).toEqual(['serdjukow-spaeter--tokajew-donnerstag']);
    expect(articleView(input, locatorFor(articles)).contradictions).toEqual([]);
  });

  it('formats coordinates in German', () => {
    expect(formatCoordinates([43.2381, 76.9453])).toBe('43,2381° N, 76,9453° O');
    expect(formatCoordinates([38.9072, -77.0369])).toBe('38,9072° N, 77,0369° W');
    expect(formatCoordinates([-33.8688, 151.2093])).toBe('33,8688° S, 151,2093° O');
  });
});

describe('article figures', () => {
  const report = (event: string): Raw => ({ event, status: 'reported', evidence: 'Text' });
  const claim = (id: string, speaker: string): Raw => ({
    id,
    speaker,
    summary: 'Zusammenfassung',
    stance: 'asserts',
    sources: [TEST_SOURCE],
  });
  const { articles, problems } = testCorpus({
    actors: { a: actor('Anna'), b: actor('Boris') },
    places: { p: place('Pavlodar'), q: place('Qostanai') },
    events: {
      e1: { title: 'Eins', date: '2022-01-11', dateSources: [TEST_SOURCE] },
      e2: { title: 'Zwei', date: '2022-01-12', dateSources: [TEST_SOURCE] },
    },
    articles: [
      {
        slug: 'eins',
        data: {
          actors: ['a'],
          places: [{ id: 'p', ...GUARDED }, 'q'],
          reports: [report('e1')],
          claims: [claim('c1', 'a')],
        },
        body: 'Text.\n',
      },
      {
        slug: 'zwei',
        data: {
          actors: ['a', 'b'],
          places: [
            { id: 'p', ...GUARDED },
            { id: 'q', ...GUARDED },
          ],
          reports: [report('e1'), report('e2')],
          claims: [claim('c2', 'a'), claim('c3', 'b')],
        },
        body: 'Text.\n',
      },
      { slug: 'leer', body: 'Text.\n' },
    ],
  });
  const figures = (slug: string) => articleFigures(articles.find((a) => a.slug === slug)!.data);

  it('are built from valid content', () => {
    expect(problems).toEqual(new Map());
  });

  it('use the singular for one: "1 Ereignis"', () => {
    expect(figures('eins')).toEqual([
      { value: 1, label: 'Ereignis' },
      { value: 1, label: 'bewachtes Objekt' },
      { value: 1, label: 'Akteur' },
      { value: 1, label: 'Aussage' },
    ]);
  });

  it('use the plural for two: "2 Ereignisse"', () => {
    expect(figures('zwei')).toEqual([
      { value: 2, label: 'Ereignisse' },
      { value: 2, label: 'bewachte Objekte' },
      { value: 2, label: 'Akteure' },
      { value: 2, label: 'Aussagen' },
    ]);
  });

  it('use the plural for none: "0 Ereignisse"', () => {
    expect(figures('leer').map((f) => `${f.value} ${f.label}`)).toEqual([
      '0 Ereignisse',
      '0 bewachte Objekte',
      '0 Akteure',
      '0 Aussagen',
    ]);
  });

  it('count labels join number and word with a no-break space, in German number format', () => {
    expect(countLabel(1, 'Ereignis', 'Ereignisse')).toBe('1\u00a0Ereignis');
    expect(countLabel(2, 'Ereignis', 'Ereignisse')).toBe('2\u00a0Ereignisse');
    expect(countLabel(0, 'Ereignis', 'Ereignisse')).toBe('0\u00a0Ereignisse');
    expect(countLabel(1700, 'Person', 'Personen')).toBe('1.700\u00a0Personen');
  });
});

describe('urls and navigation', () => {
  it('builds paths under the base', () => {
    expect(withBase('artikel/x/', '/lagebild/')).toBe('/lagebild/artikel/x/');
    expect(withBase('', '/lagebild')).toBe('/lagebild/');
    expect(articleUrl('x')).toBe('/artikel/x/');
  });

  it('marks the current section', () => {
    const [artikel] = navItems();
    expect(isCurrent(artikel!, 'artikel/kasachstan/')).toBe(true);
    expect(isCurrent(artikel!, '/artikel/')).toBe(true);
    expect(isCurrent(artikel!, '')).toBe(false);
  });
});

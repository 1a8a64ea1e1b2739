/**
 * analyseArticle() on small synthetic articles: paragraphs and sentences,
 * evidence ranges, mention ranges, report dates, and the problems it finds.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseArticle,
  crosses,
  findQuote,
  nameForms,
  namePattern,
  sentences,
} from '../../src/lib/analysis/analyse.ts';
import { mentionParagraphs } from '../../src/lib/views/entities.ts';
import { actor, articleData, datedEvent, place, testCorpus, TEST_SOURCE, type TestCorpusInput } from './helpers.ts';

type Raw = Record<string, unknown>;

const event = datedEvent;

/** The one article of a corpus with its analysis and its problems. */
function analyseOne(input: TestCorpusInput) {
  const { articles, problems } = testCorpus(input);
  const [article] = articles;
  return { article: article!, problems: problems.get(article!.slug) ?? [] };
}

/** The words a range covers, for readable expectations. */
const cut = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('evidence quotes', () => {
  it('finds a quote regardless of line breaks and runs of spaces', () => {
    expect(findQuote('rund 4.000\nOVKS-Soldaten', 'rund 4.000 OVKS-Soldaten')).toEqual({ start: 0, end: 24 });
    expect(findQuote('rund  4.000 Soldaten', 'rund 4.000')).toEqual({ start: 0, end: 11 });
    expect(findQuote('Text ohne das Zitat', 'anderes Zitat')).toBeUndefined();
  });

  it('treats regular-expression characters in quotes literally', () => {
    expect(findQuote('Öskemen (Ust-Kamenogorsk).', 'Öskemen (Ust-Kamenogorsk)')).toEqual({ start: 0, end: 25 });
    expect(findQuote('Öskemen Ust-Kamenogorsk', 'Öskemen (Ust-Kamenogorsk)')).toBeUndefined();
  });

  it('tells crossing ranges from nested and separate ones', () => {
    expect(crosses({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true);
    expect(crosses({ start: 5, end: 15 }, { start: 0, end: 10 })).toBe(true);
    expect(crosses({ start: 0, end: 10 }, { start: 2, end: 8 })).toBe(false);
    expect(crosses({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
    expect(crosses({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(false);
  });
});

describe('name patterns', () => {
  it('match whole words only', () => {
    const pattern = namePattern('Russland');
    expect('Russland handelt'.match(pattern)).toEqual(['Russland']);
    expect('Russlands Nachbarn'.match(pattern)).toBeNull();
    expect('Westrussland'.match(pattern)).toBeNull();
    expect('US-Soldaten'.match(namePattern('US'))).toEqual(['US']);
    expect('USA'.match(namePattern('US'))).toBeNull();
  });

  it('match a name with a line break where it has a space', () => {
    expect('Jewgeni\nPrimakow sagte'.match(namePattern('Jewgeni Primakow'))).toEqual(['Jewgeni\nPrimakow']);
  });
});

describe('name forms of an article', () => {
  it('are ordered longest first, then alphabetically, with the article’s own forms', () => {
    const { registries } = testCorpus({
      actors: { primakow: actor('Jewgeni Primakow', { aliases: ['Primakow'] }) },
      places: {
        almaty: place('Almaty'),
        'flughafen-almaty': place('Flughafen Almaty', { aliases: ['Flughafen von Almaty'] }),
      },
      articles: [],
    });
    const data = articleData('a', {
      actors: [{ id: 'primakow', forms: ['Primakows'] }],
      places: ['almaty', 'flughafen-almaty'],
    });
    expect(nameForms(data, registries).map((f) => f.form)).toEqual([
      'Flughafen von Almaty',
      'Flughafen Almaty',
      'Jewgeni Primakow',
      'Primakows',
      'Primakow',
      'Almaty',
    ]);
  });
});

describe('sentences', () => {
  it('are not cut after a German ordinal date', () => {
    const text = 'Tokajew hat den Abzug angekündigt, am 13. Januar soll er beginnen.';
    expect(sentences(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('are not cut after an ordinal followed by a lowercase word', () => {
    const text = 'Der 2. größere Verband folgt. Dann ist Schluss.';
    expect(sentences(text).map((s) => cut(text, s).trim())).toEqual([
      'Der 2. größere Verband folgt.',
      'Dann ist Schluss.',
    ]);
  });

  it('still end at a full stop before a new sentence', () => {
    const text = 'Er kam am 11. Januar. Dann lehnte Umarow ab, rund 1.700 Personen u. a. m. Ende.';
    const parts = sentences(text).map((s) => cut(text, s).trim());
    expect(parts[0]).toBe('Er kam am 11. Januar.');
    expect(parts[1]!.startsWith('Dann lehnte Umarow ab, rund 1.700 Personen u. a. m.')).toBe(true);
  });
});

describe('analyseArticle', () => {
  const corpus: TestCorpusInput = {
    actors: { tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }) },
    places: { almaty: place('Almaty'), 'flughafen-almaty': place('Flughafen Almaty', { kind: 'transport' }) },
    events: {
      'abzug-angekuendigt': { title: 'Tokajew kündigt den Abzug an', date: '2022-01-11', actors: ['tokajew'] },
      'rede-gesendet': { title: 'Die Rede wird gesendet', date: '2022-01-11', timeOfDay: 'abends' },
    },
    articles: [
      {
        slug: 'a',
        data: {
          referenceDate: { date: '2022-01-12', note: 'Mittwoch' },
          actors: [{ id: 'tokajew', forms: ['Tokajews'] }],
          places: ['almaty', { id: 'flughafen-almaty', evidence: 'Der Flughafen Almaty bleibt geschlossen' }],
          reports: [
            {
              event: 'abzug-angekuendigt',
              status: 'reported',
              evidence: 'hat den Abzug am Dienstag angekündigt',
              dateExpression: 'am Dienstag',
            },
            {
              event: 'rede-gesendet',
              status: 'reported',
              evidence: 'Tokajews Rede wurde am Abend des Tages gesendet',
              dateExpression: 'am Abend des Tages',
              dateAnchor: 'abzug-angekuendigt',
            },
          ],
          claims: [
            {
              id: 'abzug-ab-13',
              speaker: 'tokajew',
              quote: 'am 13. Januar soll er beginnen',
              summary: 'Der Abzug beginnt am 13. Januar.',
              stance: 'announces',
            },
          ],
        },
        body: [
          'Präsident Tokajew hat den Abzug am Dienstag angekündigt, am 13. Januar soll er beginnen.',
          '',
          'Der Flughafen Almaty bleibt geschlossen. In Almaty und in [Almaty](https://example.org/almaty) patrouillieren Soldaten.',
          '',
          'Tokajews Rede wurde am Abend des Tages gesendet. Die Almatyner hörten zu.',
          '',
        ].join('\n'),
      },
    ],
  };
  const { article, problems } = analyseOne(corpus);
  const { analysis } = article;
  const text = (n: number) => analysis.paragraphs[n - 1]!.text;

  it('finds no problem in valid content', () => {
    expect(problems).toEqual([]);
  });

  it('numbers the paragraphs from 1 and keeps their plain text', () => {
    expect(analysis.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(text(2)).toBe('Der Flughafen Almaty bleibt geschlossen. In Almaty und in Almaty patrouillieren Soldaten.');
  });

  it('keeps a sentence with an ordinal date whole', () => {
    expect(analysis.paragraphs[0]!.sentences).toEqual([{ start: 0, end: text(1).length }]);
    expect(analysis.paragraphs[1]!.sentences).toHaveLength(2);
  });

  it('gives every quote as a range in its paragraph, with its anchor', () => {
    const byAnchor = new Map(analysis.evidence.map((e) => [e.anchor, e]));
    const report = byAnchor.get('beleg-ereignis-abzug-angekuendigt')!;
    expect(report).toMatchObject({ kind: 'event', id: 'abzug-angekuendigt', paragraph: 1 });
    expect(cut(text(1), report)).toBe('hat den Abzug am Dienstag angekündigt');
    const claim = byAnchor.get('beleg-aussage-abzug-ab-13')!;
    expect(claim).toMatchObject({ kind: 'claim', id: 'abzug-ab-13', paragraph: 1 });
    expect(cut(text(1), claim)).toBe('am 13. Januar soll er beginnen');
    const site = byAnchor.get('beleg-ort-flughafen-almaty')!;
    expect(site).toMatchObject({ kind: 'place', paragraph: 2, start: 0 });
    expect(cut(text(2), site)).toBe('Der Flughafen Almaty bleibt geschlossen');
    expect(byAnchor.get('beleg-ereignis-rede-gesendet')).toMatchObject({ paragraph: 3, start: 0 });
    expect(analysis.evidence).toHaveLength(4);
  });

  it('finds mentions as ranges: the longest form wins, whole words only, none inside a link', () => {
    const found = analysis.mentions.map((m) => [m.paragraph, m.kind, m.id, cut(text(m.paragraph), m)]);
    expect(found).toEqual([
      [1, 'actor', 'tokajew', 'Tokajew'],
      [2, 'place', 'flughafen-almaty', 'Flughafen Almaty'],
      [2, 'place', 'almaty', 'Almaty'],
      // "Tokajews" is the article's own form; "Almatyner" is another word, the linked "Almaty" stays a link.
      [3, 'actor', 'tokajew', 'Tokajews'],
    ]);
  });

  it('does not find an inflected form the article does not list', () => {
    const without = structuredClone(corpus);
    const data = without.articles[0]!.data!;
    data.actors = ['tokajew'];
    const { article: plain } = analyseOne(without);
    expect(plain.analysis.mentions.filter((m) => m.id === 'tokajew').map((m) => m.paragraph)).toEqual([1]);
  });

  it('lists the paragraphs of each entity once, for the longest form', () => {
    const paragraphs = mentionParagraphs(analysis);
    expect(paragraphs.get('place:flughafen-almaty')).toEqual([2]);
    expect(paragraphs.get('place:almaty')).toEqual([2]);
    expect(paragraphs.get('actor:tokajew')).toEqual([1, 3]);
  });

  it('resolves a weekday against the week of the reference date', () => {
    expect(analysis.dates[0]).toEqual({
      event: 'abzug-angekuendigt',
      resolved: '2022-01-11',
      precision: 'day',
      rule: 'Dienstag der Woche des Bezugsdatums',
    });
  });

  it('resolves "am Abend des Tages" to the day of the dateAnchor event', () => {
    expect(analysis.dates[1]).toEqual({
      event: 'rede-gesendet',
      resolved: '2022-01-11',
      precision: 'day',
      rule: 'der Tag des Ereignisses »Tokajew kündigt den Abzug an«',
    });
  });

  it('keeps the evidence of a photo caption apart from the paragraphs (paragraph 0)', () => {
    const { article: withPhoto, problems: none } = analyseOne({
      events: { patrouille: event('Patrouille', '2022-01-11') },
      articles: [
        {
          slug: 'foto',
          data: {
            photo: { caption: 'Soldaten patrouillieren in Almaty.', credit: 'Agentur' },
            reports: [
              { event: 'patrouille', status: 'reported', evidence: 'Soldaten patrouillieren', evidenceIn: 'caption' },
            ],
          },
          body: 'Kein Wort über die Patrouille.\n',
        },
      ],
    });
    expect(none).toEqual([]);
    expect(withPhoto.analysis.evidence).toEqual([
      { start: 0, end: 23, kind: 'event', id: 'patrouille', anchor: 'beleg-ereignis-patrouille', paragraph: 0 },
    ]);
  });
});

describe('analyseArticle problems', () => {
  const registries = {
    actors: { tokajew: actor('Tokajew'), umarow: actor('Umarow') },
    places: { almaty: place('Almaty') },
    events: {
      abzug: { title: 'Abzug beginnt', date: '2022-01-13' },
      rede: { title: 'Rede', date: '2022-01-11' },
      spanne: event('Flughafen öffnet', '2022-01-13/2022-01-19'),
    },
  };
  const problemsOf = (data: Raw, body = 'Tokajew sprach in Almaty. Alpha Beta Gamma Delta.\n') =>
    analyseOne({ ...registries, articles: [{ slug: 'x', data, body }] }).problems;
  const claim = (id: string, quote: string, extra: Raw = {}): Raw => ({
    id,
    speaker: 'tokajew',
    quote,
    summary: 'Zusammenfassung',
    stance: 'asserts',
    ...extra,
  });

  it('names an unknown actor, place, event or source with its field', () => {
    const problems = problemsOf({
      actors: ['tokajew', 'nasarbajew'],
      places: ['astana'],
      reports: [{ event: 'putsch', status: 'reported', evidence: 'Tokajew sprach' }],
      claims: [claim('c', 'Alpha Beta', { sources: ['gibt-es-nicht'] })],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['actors', 1], message: expect.stringContaining('unknown actor "nasarbajew"'), line: undefined },
        { path: ['places', 0], message: expect.stringContaining('unknown place "astana"'), line: undefined },
        { path: ['reports', 0, 'event'], message: expect.stringContaining('unknown event "putsch"'), line: undefined },
        {
          path: ['claims', 0, 'sources', 0],
          message: expect.stringContaining('unknown source "gibt-es-nicht"'),
          line: undefined,
        },
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('answers an unknown id with the nearest registered ids', () => {
    const [problem] = problemsOf({ actors: ['nasarbajew'] });
    expect(problem!.message).toContain('(the nearest: tokajew, umarow)');
  });

  it('reports a quote that is not in the text', () => {
    const problems = problemsOf({ claims: [claim('c', 'Tokajew schwieg')] });
    expect(problems).toEqual([
      {
        path: ['claims', 0, 'quote'],
        message: expect.stringContaining('quote not found in the article text: "Tokajew schwieg"'),
        line: undefined,
      },
    ]);
  });

  it('reports a quote that spans two paragraphs', () => {
    const problems = problemsOf(
      { claims: [claim('c', 'Erster Absatz. Zweiter')] },
      'Erster Absatz.\n\nZweiter Absatz.\n',
    );
    expect(problems.map((p) => p.path)).toEqual([['claims', 0, 'quote']]);
  });

  it('reports quotes that cross, but not quotes that nest or stay apart', () => {
    const crossing = problemsOf({ claims: [claim('a', 'Alpha Beta Gamma'), claim('b', 'Gamma Delta')] });
    expect(crossing).toEqual([
      {
        path: ['claims', 1, 'quote'],
        message: expect.stringContaining('quote overlaps the quote of claims.0.quote'),
        line: undefined,
      },
    ]);
    expect(problemsOf({ claims: [claim('a', 'Alpha Beta Gamma'), claim('b', 'Beta')] })).toEqual([]);
    expect(problemsOf({ claims: [claim('a', 'Alpha Beta'), claim('b', 'Gamma Delta')] })).toEqual([]);
  });

  it('reports a form that names two entities', () => {
    const problems = problemsOf({ actors: [{ id: 'tokajew', forms: ['Almaty'] }], places: ['almaty'] });
    expect(problems).toEqual([
      {
        path: ['actors'],
        message: expect.stringContaining('"Almaty" names more than one entity (actor tokajew, place almaty)'),
        line: undefined,
      },
    ]);
  });

  it('reports an id listed twice', () => {
    expect(problemsOf({ actors: ['tokajew', 'tokajew'] })).toEqual([
      { path: ['actors', 1], message: expect.stringContaining('"tokajew" is listed twice'), line: undefined },
    ]);
  });

  it('reports a date expression that resolves to another day than the event’s', () => {
    const report = { event: 'abzug', status: 'announced', evidence: 'Tokajew sprach', dateExpression: 'am Dienstag' };
    const problems = problemsOf({ reports: [report] }, 'Tokajew sprach am Dienstag.\n');
    expect(problems).toEqual([
      {
        path: ['reports', 0, 'dateExpression'],
        message: expect.stringContaining(
          '"am Dienstag" resolves to 2022-01-11 (Dienstag der Woche des Bezugsdatums, reference date 2022-01-12), but event "abzug" is dated "2022-01-13"',
        ),
        line: undefined,
      },
    ]);
  });

  it('accepts a date expression that disagrees when dateDiscrepancy says why and a fact check says what is right', () => {
    const report = {
      event: 'abzug',
      status: 'announced',
      evidence: 'Tokajew sprach',
      dateExpression: 'am Dienstag',
      dateDiscrepancy: 'Der Text nennt den Tag der Ankündigung.',
    };
    const factCheck = {
      id: 'tag',
      evidence: 'Tokajew sprach',
      note: 'Der Abzug begann am Donnerstag.',
      checked: '2022-02-01',
      sources: [TEST_SOURCE],
    };
    const { article, problems } = analyseOne({
      ...registries,
      articles: [
        { slug: 'x', data: { reports: [report], factChecks: [factCheck] }, body: 'Tokajew sprach am Dienstag.\n' },
      ],
    });
    expect(problems).toEqual([]);
    expect(article.analysis.dates).toEqual([
      {
        event: 'abzug',
        resolved: '2022-01-11',
        precision: 'day',
        rule: 'Dienstag der Woche des Bezugsdatums',
        differs: true,
      },
    ]);
  });

  it('accepts a date expression for the start or the end of a range', () => {
    const report = (dateExpression: string) => ({
      event: 'spanne',
      status: 'announced',
      evidence: 'Tokajew sprach',
      dateExpression,
    });
    const check = (expression: string) =>
      problemsOf({ reports: [report(expression)] }, `Tokajew sprach ${expression}.\n`);
    expect(check('diesen Donnerstag')).toEqual([]);
    expect(check('bis zum 19. Januar')).toEqual([]);
    expect(check('am 15. Januar').map((p) => p.path)).toEqual([['reports', 0, 'dateExpression']]);
  });

  it('matches a range expression that contains the event: the text may date it less precisely than it is known', () => {
    const events = {
      woche: event('Woche', '2022-01-03/2022-01-09', { timePrecision: 'week' }),
      ungefaehr: event('Ungefähr', '2022-01-05', { timePrecision: 'approximate' }),
      spanne: event('Spanne', '2022-01-04/2022-01-06', { timePrecision: 'approximate' }),
      genau: event('Genau', '2022-01-05'),
    };
    const problemsFor = (id: string, dateExpression: string) =>
      analyseOne({
        events,
        articles: [
          {
            slug: 'x',
            data: { reports: [{ event: id, status: 'reported', evidence: 'Es geschah', dateExpression }] },
            body: `Es geschah ${dateExpression}.\n`,
          },
        ],
      }).problems;
    expect(problemsFor('woche', 'vergangene Woche')).toEqual([]);
    expect(problemsFor('ungefaehr', 'vergangene Woche')).toEqual([]);
    expect(problemsFor('spanne', 'in der vergangenen Woche')).toEqual([]);
    expect(problemsFor('ungefaehr', 'Anfang Januar')).toEqual([]);
    // »vergangene Woche« for an event known to the day: less precise, not wrong.
    expect(problemsFor('genau', 'vergangene Woche')).toEqual([]);
    // A range that does not contain the event does not match.
    expect(problemsFor('woche', 'Mitte Januar')).toHaveLength(1);
    expect(problemsFor('genau', 'diese Woche')).toEqual([
      {
        path: ['reports', 0, 'dateExpression'],
        message:
          '"diese Woche" resolves to 2022-01-10/2022-01-16 (a week, Montag bis Sonntag der Woche des Bezugsdatums, reference date 2022-01-12), ' +
          'but event "genau" is dated "2022-01-05" in test/genau.yaml; ' +
          'expected a range that contains the event\'s date, or dateDiscrepancy: "…" saying why the text states another date',
        line: undefined,
      },
    ]);
  });

  it('asks for a dateAnchor where the expression names another event’s day', () => {
    const report = {
      event: 'rede',
      status: 'reported',
      evidence: 'Tokajew sprach',
      dateExpression: 'am Abend des Tages',
    };
    expect(problemsOf({ reports: [report] }, 'Tokajew sprach am Abend des Tages.\n')).toEqual([
      { path: ['reports', 0, 'dateAnchor'], message: expect.stringContaining('expected dateAnchor'), line: undefined },
    ]);
  });

  it('asks for a date where neither the report nor the event gives one', () => {
    const report = { event: 'rede', status: 'reported', evidence: 'Tokajew sprach' };
    expect(problemsOf({ reports: [report] }).map((p) => p.path)).toEqual([['reports', 0, 'dateExpression']]);
  });

  it('reports caption evidence in an article without a photo', () => {
    const report = { event: 'spanne', status: 'announced', evidence: 'Tokajew sprach', evidenceIn: 'caption' };
    expect(problemsOf({ reports: [report] }).map((p) => p.path)).toEqual([['reports', 0, 'evidenceIn']]);
  });

  it('reports raw HTML in the body with its line', () => {
    const problems = problemsOf({}, 'Erster Absatz.\n\n<div>roh</div>\n\nDritter <b>Absatz</b>.\n');
    expect(problems).toEqual([
      { path: ['body'], message: expect.stringContaining('raw HTML is not allowed: "<div>roh</div>"'), line: 3 },
      { path: ['body'], message: expect.stringContaining('raw HTML is not allowed: "<b>"'), line: 5 },
      { path: ['body'], message: expect.stringContaining('raw HTML is not allowed: "</b>"'), line: 5 },
    ]);
  });

  it('counts the line of raw HTML from the line where the body starts in the file', () => {
    const { registries: built } = testCorpus({ articles: [] });
    const { problems } = analyseArticle(
      { slug: 'x', data: articleData('x'), body: 'Absatz.\n\n<div>roh</div>\n', bodyLine: 10 },
      built,
    );
    expect(problems.map((p) => p.line)).toEqual([12]);
  });
});

describe('reports in time', () => {
  it('refuses a report that an event happened after the article was written', () => {
    const { problems } = analyseOne({
      events: { spaeter: datedEvent('Später', '2022-01-20') },
      articles: [
        {
          slug: 'a',
          data: { reports: [{ event: 'spaeter', status: 'reported', evidence: 'Es geschah.' }] },
          body: 'Es geschah.\n',
        },
      ],
    });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        ['reports', 0, 'status'],
        'event "spaeter" begins on 2022-01-20, after the article\'s reference date 2022-01-12, but the report says it happened (reported); expected announced, planned or disputed',
      ],
    ]);
  });

  it('accepts an announced event after the article’s date', () => {
    const { problems } = analyseOne({
      events: { spaeter: datedEvent('Später', '2022-01-20') },
      articles: [
        {
          slug: 'a',
          data: { reports: [{ event: 'spaeter', status: 'announced', evidence: 'Es soll geschehen.' }] },
          body: 'Es soll geschehen.\n',
        },
      ],
    });
    expect(problems).toEqual([]);
  });
});

describe('text offsets as the rendered HTML has them', () => {
  const registry = { places: { almaty: place('Almaty'), aktau: place('Aktau') } };

  it('counts a hard line break as one character, so later mentions land on their words', () => {
    const { article, problems } = analyseOne({
      ...registry,
      articles: [{ slug: 'a', data: { places: ['almaty'] }, body: 'Erste Zeile\\\nmit Almaty.\n' }],
    });
    expect(problems).toEqual([]);
    const [paragraph] = article.analysis.paragraphs;
    expect(paragraph!.text).toBe('Erste Zeile\nmit Almaty.');
    expect(cut(paragraph!.text, article.analysis.mentions[0]!)).toBe('Almaty');
  });

  it('does not count an image’s alt text, and finds no mention inside it', () => {
    const { article } = analyseOne({
      ...registry,
      articles: [{ slug: 'a', data: { places: ['almaty', 'aktau'] }, body: 'Bild ![Almaty](x.png) danach Aktau.\n' }],
    });
    const [paragraph] = article.analysis.paragraphs;
    expect(paragraph!.text).toBe('Bild  danach Aktau.');
    expect(article.analysis.mentions.map((m) => [m.id, cut(paragraph!.text, m)])).toEqual([['aktau', 'Aktau']]);
  });

  it('links no mention inside inline code', () => {
    const { article } = analyseOne({
      ...registry,
      articles: [{ slug: 'a', data: { places: ['almaty'] }, body: 'Der Code `Almaty` und Almaty.\n' }],
    });
    expect(article.analysis.mentions).toHaveLength(1);
    expect(article.analysis.mentions[0]!.start).toBe('Der Code Almaty und '.length);
  });

  it('refuses footnotes, with the line', () => {
    const { problems } = analyseOne({
      ...registry,
      articles: [{ slug: 'a', body: 'Text mit Fußnote.[^1]\n\n[^1]: Die Fußnote.\n' }],
    });
    expect(problems.map((p) => p.message)).toContain(
      'footnotes are not supported in article text; expected the note as a fact check (factChecks) or in the text itself',
    );
    expect(problems.map((p) => p.line)).toContain(1);
  });
});

/**
 * The corpus on small synthetic articles: roles at a date, the newest-first
 * order, resolved articles, and the checks across articles.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/lib/analysis/analyse.ts';
import { checkCorpus, compareNewestFirst, publicationDay, roleOn } from '../../src/lib/analysis/corpus.ts';
import { actor, articleData, place, testCorpus, TEST_SOURCE, GUARDED } from './helpers.ts';

type Raw = Record<string, unknown>;

const MINISTER = [
  { role: 'Botschafter in Minsk', until: '2022-01-10' },
  { role: 'Außenminister', from: '2022-01-11' },
];

describe('roleOn', () => {
  it('gives the role held on the day (a minister appointed on 2022-01-11)', () => {
    expect(roleOn(MINISTER, '2022-01-10')).toBe('Botschafter in Minsk');
    expect(roleOn(MINISTER, '2022-01-11')).toBe('Außenminister');
    expect(roleOn(MINISTER, '2023-06-01')).toBe('Außenminister');
  });

  it('gives the latest role without a day, and where no role fits the day', () => {
    expect(roleOn(MINISTER, undefined)).toBe('Außenminister');
    const gap = [
      { role: 'Abgeordneter', until: '2020-12-31' },
      { role: 'Minister', from: '2022-01-11' },
    ];
    expect(roleOn(gap, '2021-06-01')).toBe('Minister');
  });

  it('prefers the later of two roles that both fit the day', () => {
    const overlapping = [{ role: 'Abgeordneter' }, { role: 'Parteichef', from: '2022-01-01' }];
    expect(roleOn(overlapping, '2022-02-01')).toBe('Parteichef');
    expect(roleOn(overlapping, '2021-02-01')).toBe('Abgeordneter');
  });
});

describe('newest first', () => {
  const article = (title: string, published: string, reference: string) => ({
    title,
    published,
    referenceDate: { date: reference, note: 'Test' },
  });
  const order = (...list: ReturnType<typeof article>[]) => [...list].sort(compareNewestFirst).map((a) => a.title);

  it('a month-only date stands for the reference day when that falls in the month: "2022-01" written on the 12th comes after "2022-01-13"', () => {
    const month = article('Monat', '2022-01', '2022-01-12');
    const day = article('Tag', '2022-01-13', '2022-01-12');
    expect(publicationDay(month)).toBe('2022-01-12');
    expect(order(month, day)).toEqual(['Tag', 'Monat']);
    expect(order(day, month)).toEqual(['Tag', 'Monat']);
  });

  it('a month-only date written on the 20th ("2022-01") comes before "2022-01-13"', () => {
    expect(order(article('Tag', '2022-01-13', '2022-01-12'), article('Monat', '2022-01', '2022-01-20'))).toEqual([
      'Monat',
      'Tag',
    ]);
  });

  it('a month-only date whose reference day lies outside the month stands for the first of the month', () => {
    expect(publicationDay(article('Monat', '2022-01', '2021-12-30'))).toBe('2022-01-01');
    expect(publicationDay(article('Jahr', '2022', '2021-12-30'))).toBe('2022-01-01');
    expect(publicationDay(article('Jahr', '2022', '2022-03-04'))).toBe('2022-03-04');
  });

  it('on the same day the more precise date comes first ("2022-01-13" before "2022-01" written on the 13th)', () => {
    expect(order(article('Monat', '2022-01', '2022-01-13'), article('Tag', '2022-01-13', '2022-01-12'))).toEqual([
      'Tag',
      'Monat',
    ]);
  });

  it('on the same date and precision, by title in German order', () => {
    expect(order(article('Zug', '2022-01-13', '2022-01-12'), article('Ärger', '2022-01-13', '2022-01-12'))).toEqual([
      'Ärger',
      'Zug',
    ]);
  });

  it('orders the corpus the same way', () => {
    const { articles } = testCorpus({
      articles: [
        {
          slug: 'alt',
          data: { published: '2022-01-05', referenceDate: { date: '2022-01-04', note: 'x' } },
          body: 'A.',
        },
        { slug: 'monat', data: { published: '2022-01', referenceDate: { date: '2022-01-20', note: 'x' } }, body: 'B.' },
        { slug: 'tag', data: { published: '2022-01-13' }, body: 'C.' },
      ],
    });
    expect(articles.map((a) => a.slug)).toEqual(['monat', 'tag', 'alt']);
  });
});

describe('resolved articles', () => {
  const { articles, problems } = testCorpus({
    actors: {
      lawrow: actor('Sergej Lawrow', { roles: MINISTER, sources: [TEST_SOURCE] }),
      sprecher: actor('Sprecher'),
    },
    places: { almaty: place('Almaty', { aliases: ['Alma-Ata'] }), minsk: place('Minsk') },
    sources: { tass: { title: 'TASS-Meldung', publisher: 'TASS' } },
    events: {
      treffen: { title: 'Treffen in Minsk', date: '2022-01-10', actors: ['lawrow'], places: ['minsk'] },
    },
    articles: [
      {
        slug: 'vorher',
        data: {
          published: '2022-01-11',
          referenceDate: { date: '2022-01-10', note: 'Montag' },
          actors: ['lawrow'],
          places: [{ id: 'almaty', forms: ['Almatys'], ...GUARDED, evidence: 'Almatys Flughafen' }],
          reports: [
            {
              event: 'treffen',
              status: 'reported',
              evidence: 'traf sich heute',
              dateExpression: 'heute',
              notes: 'Eigene Notiz',
            },
          ],
          claims: [
            {
              id: 'sprecher-sagt',
              speaker: 'sprecher',
              summary: 'Der Sprecher sagt etwas.',
              stance: 'asserts',
              sources: [{ source: 'tass', locator: 'Absatz 2' }],
            },
          ],
        },
        body: 'Lawrow traf sich heute. Almatys Flughafen ist bewacht.\n',
      },
      {
        slug: 'nachher',
        data: {
          published: '2022-01-13',
          referenceDate: { date: '2022-01-12', note: 'Mittwoch' },
          actors: ['lawrow'],
        },
        body: 'Lawrow reiste ab.\n',
      },
    ],
  });
  const bySlug = new Map(articles.map((a) => [a.slug, a.data]));
  const before = bySlug.get('vorher')!;

  it('is valid content', () => {
    expect(problems).toEqual(new Map());
  });

  it('gives each actor the role held on the article’s reference date', () => {
    expect(before.actors.find((a) => a.id === 'lawrow')!.role).toBe('Botschafter in Minsk');
    expect(bySlug.get('nachher')!.actors.find((a) => a.id === 'lawrow')!.role).toBe('Außenminister');
  });

  it('lists the mentioned actors first, then those the analysis refers to', () => {
    expect(before.actors.map((a) => a.id)).toEqual(['lawrow', 'sprecher']);
    expect(before.places.map((p) => p.id)).toEqual(['almaty', 'minsk']);
  });

  it('joins the place with what the article says of it', () => {
    const almaty = before.places.find((p) => p.id === 'almaty')!;
    expect(almaty).toMatchObject({ guarded: true, evidence: 'Almatys Flughafen', aliases: ['Alma-Ata', 'Almatys'] });
    expect(almaty.sources).toEqual([{ id: TEST_SOURCE, title: 'Testquelle' }]);
    expect(before.places.find((p) => p.id === 'minsk')).toMatchObject({ guarded: false, evidence: undefined });
  });

  it('joins the registry event with this article’s report', () => {
    expect(before.events).toEqual([
      expect.objectContaining({
        id: 'treffen',
        title: 'Treffen in Minsk',
        date: '2022-01-10',
        status: 'reported',
        evidence: 'traf sich heute',
        evidenceIn: 'body',
        dateExpression: 'heute',
        reportNotes: 'Eigene Notiz',
      }),
    ]);
  });

  it('resolves citations to their sources, with the locator', () => {
    expect(before.claims[0]!.sources).toEqual([
      { id: 'tass', title: 'TASS-Meldung', publisher: 'TASS', locator: 'Absatz 2', quote: undefined },
    ]);
    expect(before.actors[0]!.sources).toEqual([{ id: TEST_SOURCE, title: 'Testquelle' }]);
  });
});

describe('checks across articles', () => {
  const empty: ArticleAnalysis = { paragraphs: [], subheadings: [], evidence: [], mentions: [], dates: [] };
  const claim = (id: string, extra: Raw = {}): Raw => ({
    id,
    speaker: 'tokajew',
    summary: 'Zusammenfassung',
    stance: 'asserts',
    sources: [TEST_SOURCE],
    ...extra,
  });
  const input = (slug: string, data: Raw) => ({
    slug,
    file: `content/articles/${slug}.md`,
    data: articleData(slug, data),
    analysis: empty,
  });

  it('accepts relations to claims of other articles', () => {
    const problems = checkCorpus([
      input('a', { claims: [claim('a1', { about: { events: ['abzug'] } })] }),
      input('b', {
        claims: [
          claim('b1', { about: { events: ['abzug'] }, contradicts: ['a1'], qualifies: ['a1'], answers: ['a1'] }),
        ],
      }),
    ]);
    expect(problems).toEqual(new Map());
  });

  it('refuses a contradiction between claims that share no subject', () => {
    const problems = checkCorpus([
      input('a', { claims: [claim('a1', { about: { events: ['abzug'] } })] }),
      input('b', { claims: [claim('b1', { about: { places: ['almaty'] }, contradicts: ['a1'], answers: ['a1'] })] }),
    ]);
    expect(problems.get('content/articles/b.md')).toEqual([
      {
        path: ['claims', 0, 'contradicts', 0],
        message:
          'claims "b1" and "a1" share no subject; expected a contradiction about the same event, place or actor (about)',
      },
    ]);
  });

  it('reports a claim id used in two articles, at the later file', () => {
    const problems = checkCorpus([
      input('a', { claims: [claim('doppelt')] }),
      input('b', { claims: [claim('doppelt')] }),
    ]);
    expect([...problems.keys()]).toEqual(['content/articles/b.md']);
    expect(problems.get('content/articles/b.md')).toEqual([
      {
        path: ['claims', 0, 'id'],
        message: 'claim id "doppelt" is also used in content/articles/a.md; expected each claim id once on the site',
      },
    ]);
  });

  it('reports a fact check id used in two articles', () => {
    const check = { id: 'notiz', evidence: 'x', note: 'Anmerkung', checked: '2022-02-01', sources: [TEST_SOURCE] };
    const problems = checkCorpus([input('a', { factChecks: [check] }), input('b', { factChecks: [check] })]);
    expect(problems.get('content/articles/b.md')!.map((p) => p.path)).toEqual([['factChecks', 0, 'id']]);
  });

  it('reports an unknown claim in contradicts, naming the known ones', () => {
    const problems = checkCorpus([
      input('a', { claims: [claim('a1')] }),
      input('b', { claims: [claim('b1', { contradicts: ['gibt-es-nicht'] })] }),
    ]);
    expect(problems.get('content/articles/b.md')).toEqual([
      {
        path: ['claims', 0, 'contradicts', 0],
        message: 'unknown claim "gibt-es-nicht"; expected the id of a claim in any article (the nearest: b1, a1)',
      },
    ]);
  });

  it('reports unknown claims in about, and a claim that contradicts itself', () => {
    const problems = checkCorpus([
      input('a', {
        claims: [claim('a1', { contradicts: ['a1'], about: { claims: ['fehlt'] } })],
        factChecks: [
          {
            id: 'n',
            evidence: 'x',
            note: 'Anmerkung',
            checked: '2022-02-01',
            sources: [TEST_SOURCE],
            about: { claims: ['fehlt-auch'] },
          },
        ],
      }),
    ]);
    expect(problems.get('content/articles/a.md')).toEqual([
      { path: ['claims', 0, 'contradicts', 0], message: 'a claim cannot contradict itself' },
      { path: ['claims', 0, 'about', 'claims', 0], message: expect.stringContaining('unknown claim "fehlt"') },
      { path: ['factChecks', 0, 'about', 'claims', 0], message: expect.stringContaining('unknown claim "fehlt-auch"') },
    ]);
  });
});

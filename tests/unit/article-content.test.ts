/**
 * The first article: its text is the seed's, complete, and its analysis
 * passes the schema and every cross-check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/lib/integrity.ts';
import { bodyParagraphs, normalizeWhitespace } from '../../src/lib/text.ts';
import { ROOT, loadArticle, variant } from './helpers.ts';

// The seed text as the newsroom delivered it (first line: date, credit, caption).
const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000.txt'), 'utf8');
const [seedMeta, ...seedLines] = seed.split('\n');
const seedParagraphs = seedLines
  .join('\n')
  .split(/\n\s*\n/)
  .map(normalizeWhitespace)
  .filter(Boolean);

describe('the seed article', () => {
  const { data, body } = loadArticle();

  it('holds the seed text word for word, every paragraph, nothing added', () => {
    expect(bodyParagraphs(body).map(normalizeWhitespace)).toEqual(seedParagraphs);
  });

  it('keeps the seed metadata in the frontmatter: date, credit, caption', () => {
    expect(seedMeta).toContain(data.published);
    expect(seedMeta).toContain(data.photo!.credit);
    expect(seedMeta).toContain(data.photo!.caption);
    expect(seedMeta).toContain('11.1.2022');
    expect(data.photo!.date).toBe('2022-01-11');
    expect(data.photo!.available).toBe(false);
  });

  it('passes every cross-check', () => {
    expect(checkArticle(data, body)).toEqual([]);
  });

  it('names the actors the text names', () => {
    const ids = data.actors.map((a) => a.id);
    for (const id of [
      'tokajew',
      'serdjukow',
      'blinken',
      'sacharowa',
      'primakow',
      'primakow-senior',
      'umarow',
      'putin',
      'ovks',
      'friedenstruppe',
      'innenministerium-kasachstan',
      'verteidigungsministerium-russland',
      'aussenministerium-russland',
      'luftwaffe-russland',
      'komsomolskaja-prawda',
      'rossotrudnitschestwo',
    ]) {
      expect(ids).toContain(id);
    }
    expect(data.actors.find((a) => a.id === 'putin')!.aliases).toContain('Wladimir Putins');
  });

  it('has every guarded site of the list, each with a source and an honest precision', () => {
    const guarded = data.places.filter((p) => p.guarded);
    expect(guarded.map((p) => p.id).sort()).toEqual(
      [
        'regierungsviertel-nur-sultan',
        'bahnhof-nur-sultan-1',
        'bahnhof-nurly-zhol',
        'flughafen-nur-sultan',
        'bahnhof-almaty-1',
        'bahnhof-almaty-2',
        'flughafen-almaty',
        'zentralbank',
        'staatsfernsehen',
        'fruehwarnstation',
        'militaerflugplatz-sueden',
        'hafen-aktau',
        'ulba-werk',
        'zentralmarkt-almaty',
        'baikonur',
      ].sort(),
    );
    for (const place of guarded) {
      expect(place.sources.length, place.id).toBeGreaterThan(0);
      expect(place.evidence, place.id).toBeDefined();
    }
    // The text does not say which airfield in the south is meant: only a region.
    expect(data.places.find((p) => p.id === 'militaerflugplatz-sueden')!.geoPrecision).toBe(3);
  });

  it('dates the relative expressions against the reference date', () => {
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(data.referenceDate.date).toBe('2022-01-12');
    expect(byId.get('festnahmen-almaty')).toMatchObject({ dateExpression: 'am Dienstag', date: '2022-01-11' });
    expect(byId.get('evakuierungsfluege-mittwoch')).toMatchObject({
      dateExpression: 'für Mittwoch',
      date: '2022-01-12',
    });
    expect(byId.get('abzug-beginn')).toMatchObject({
      dateExpression: 'diesen Donnerstag',
      date: '2022-01-13',
      status: 'disputed',
    });
    expect(byId.get('ausnahmezustand-ende')).toMatchObject({
      dateExpression: 'bis zum 19. Januar',
      date: '2022-01-19',
    });
    expect(byId.get('patrouille-almaty')).toMatchObject({ dateExpression: '11.1.2022', date: '2022-01-11' });
    expect(byId.get('serdjukow-dementi')).toMatchObject({ timeOfDay: 'abends', date: '2022-01-11' });
  });

  it('sets the withdrawal claims against each other', () => {
    const tokajew = data.claims.find((c) => c.id === 'tokajew-abzug-donnerstag')!;
    const serdjukow = data.claims.find((c) => c.id === 'serdjukow-abzug-wenn-erfuellt')!;
    expect(tokajew.contradicts).toContain(serdjukow.id);
    expect(serdjukow.contradicts).toContain(tokajew.id);
    expect(
      data.claims
        .filter((c) => c.speaker === 'sacharowa')
        .every((c) => c.contradicts.includes('blinken-russen-im-haus')),
    ).toBe(true);
  });
});

describe('the schema rejects what the checks promise to reject', () => {
  it('latitude 123', () => {
    const { result } = variant((raw) => (raw.places[0].coordinates = [123, 68]));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['places', 0, 'coordinates', 0],
      message: 'expected a latitude between -90 and 90',
    });
  });

  it('a place of precision 2 without a radius', () => {
    const { result } = variant((raw) => delete raw.places[1].radiusKm);
    expect(result.error!.issues[0]).toMatchObject({ path: ['places', 1, 'radiusKm'] });
  });

  it('an unknown status', () => {
    const { result } = variant((raw) => (raw.events[0].status = 'gerüchteweise'));
    expect(result.error!.issues[0]!.message).toBe('expected one of: reported, announced, planned, disputed, denied');
  });

  it('a date that is not a calendar date', () => {
    const { result } = variant((raw) => (raw.events[0].date = '2022-01-32'));
    expect(result.error!.issues[0]!.path).toEqual(['events', 0, 'date']);
  });
});

describe('the cross-checks find', () => {
  it('a dateExpression that resolves to another day', () => {
    const { data, body } = loadArticle();
    const changed = {
      ...data,
      events: data.events.map((e) => (e.id === 'abzug-beginn' ? { ...e, date: '2022-01-14' } : e)),
    };
    const problems = checkArticle(changed, body);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('"diesen Donnerstag" resolves to 2022-01-13');
  });

  it('quotes that overlap without nesting', () => {
    const { data, body } = loadArticle();
    const changed = {
      ...data,
      claims: [
        ...data.claims,
        { ...data.claims[0]!, id: 'quer', quote: 'abgewehrt worden. Dies ist auch', contradicts: [] },
      ],
    };
    expect(
      checkArticle(changed, body)
        .map((p) => p.message)
        .join('\n'),
    ).toContain('overlaps the quote of');
  });
});

describe('links from content are web addresses only', () => {
  it('refuses a javascript: source URL', () => {
    const { result } = variant((raw) => (raw.places[0].sources[0].url = 'javascript:alert(1)'));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('expected the source URL as an http(s) address (https://…)');
  });
});

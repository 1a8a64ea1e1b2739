/**
 * The entity index, the contradictions and the claims export across two
 * small synthetic articles.
 */
import { describe, expect, it } from 'vitest';
import { articleView } from '../../src/lib/views/article.ts';
import { claimRelations, contradictions, entityIndex, groupByKind } from '../../src/lib/views/entity-model.ts';
import { mentionsInContext } from '../../src/lib/views/entities.ts';
import { claimsExport, claimsParts, claimsPartsIndex } from '../../src/lib/publish/exports.ts';
import { actorKindLabel, kindGroupLabel } from '../../src/lib/format/labels.ts';
import { actor, locatorFor, place, testCorpus, TEST_SOURCE, GUARDED } from './helpers.ts';

type Raw = Record<string, unknown>;

const claim = (id: string, speaker: string, extra: Raw = {}): Raw => ({
  id,
  speaker,
  summary: `Aussage ${id}`,
  stance: 'asserts',
  ...extra,
});

/**
 * "erster" (published 2022-01-12, written 2022-01-11) and "zweiter"
 * (published 2022-01-20, written 2022-01-19). Both report the start of the
 * withdrawal: the first as announced, the second as reported.
 */
const { articles, registries, problems } = testCorpus({
  actors: {
    tokajew: actor('Kassym-Schomart Tokajew', {
      roles: [{ role: 'Präsident' }],
      aliases: ['Tokajew'],
      names: [
        { lang: 'en', name: 'Kassym-Jomart Tokayev' },
        { lang: 'ru', name: 'Касым-Жомарт Токаев' },
      ],
    }),
    serdjukow: actor('Andrej Serdjukow', { aliases: ['Serdjukow'] }),
    umarow: actor('Askar Umarow', {
      roles: [
        { role: 'Botschafter', until: '2022-01-11' },
        { role: 'Informationsminister', from: '2022-01-12' },
      ],
    }),
    blinken: actor('Antony Blinken'),
    sacharowa: actor('Maria Sacharowa'),
    ovks: actor('OVKS', { kind: 'organisation' }),
    ministerium: actor('Innenministerium', { kind: 'state-body' }),
    zeitung: actor('Komsomolskaja Prawda', { kind: 'media' }),
    russland: actor('Russland', { kind: 'state' }),
  },
  places: {
    oeskemen: place('Öskemen', { aliases: ['Ust-Kamenogorsk'] }),
    werk: place('Ulba-Werk', { kind: 'industry', within: 'oeskemen' }),
    almaty: place('Almaty'),
  },
  events: {
    unruhen: {
      title: 'Unruhen',
      date: '2022-01-02/2022-01-07',
      timePrecision: 'approximate',
      actors: ['tokajew'],
      dateSources: [TEST_SOURCE],
    },
    ankuendigung: {
      title: 'Tokajew kündigt den Abzug an',
      date: '2022-01-11',
      timePrecision: 'part-of-day',
      timeOfDay: 'morgens',
      actors: ['tokajew'],
      dateSources: [TEST_SOURCE],
    },
    'abzug-beginn': {
      title: 'Der Abzug beginnt',
      date: '2022-01-13',
      actors: ['tokajew'],
      places: ['almaty'],
      dateSources: [TEST_SOURCE],
    },
  },
  articles: [
    {
      slug: 'erster',
      data: {
        title: 'Erster Artikel',
        published: '2022-01-12',
        referenceDate: { date: '2022-01-11', note: 'Dienstag' },
        actors: ['tokajew', 'serdjukow', 'umarow', 'blinken', 'ovks', 'ministerium', 'zeitung', 'russland'],
        places: ['oeskemen', { id: 'werk', ...GUARDED, evidence: 'das Ulba-Werk wird bewacht' }],
        reports: [
          { event: 'ankuendigung', status: 'reported', evidence: 'Tokajew kündigte den Abzug an' },
          { event: 'abzug-beginn', status: 'announced', evidence: 'ab Donnerstag' },
        ],
        claims: [
          claim('tokajew-abzug', 'tokajew', {
            quote: 'ab Donnerstag',
            date: '2022-01-11',
            about: { events: ['ankuendigung'] },
            contradicts: ['serdjukow-abzug'],
          }),
          claim('serdjukow-abzug', 'serdjukow', {
            quote: 'den Zeitpunkt für einen Rückzug wohl noch nicht für gegeben hält',
            date: '2022-01-11',
            about: { events: ['ankuendigung'] },
            contradicts: ['tokajew-abzug'],
          }),
          claim('blinken-warnung', 'blinken', {
            date: '2022-01-07',
            sources: [TEST_SOURCE],
            confidence: { level: 'medium', reason: 'Nur eine Quelle.', sources: [TEST_SOURCE] },
          }),
        ],
        factChecks: [
          {
            id: 'uranmine',
            about: { places: ['werk'] },
            evidence: 'das Ulba-Werk wird bewacht',
            note: 'Das Werk verarbeitet Uran, es ist keine Mine.',
            checked: '2022-02-01',
            sources: [TEST_SOURCE],
          },
        ],
      },
      body: [
        'Tokajew kündigte den Abzug an, ab Donnerstag.',
        '',
        'Auch das Ulba-Werk wird bewacht, es liegt bei Öskemen.',
        '',
        'General Andrej Serdjukow widerspricht. Dafür, dass Serdjukow den Zeitpunkt für einen Rückzug wohl noch nicht für gegeben hält, gibt es Gründe.',
        '',
      ].join('\n'),
    },
    {
      slug: 'zweiter',
      data: {
        title: 'Zweiter Artikel',
        published: '2022-01-20',
        referenceDate: { date: '2022-01-19', note: 'Mittwoch' },
        actors: [{ id: 'tokajew', forms: ['Tokajews'] }, 'sacharowa', 'blinken'],
        places: ['almaty'],
        reports: [
          { event: 'unruhen', status: 'reported', evidence: 'nach den Unruhen' },
          { event: 'abzug-beginn', status: 'reported', evidence: 'der Abzug hat begonnen' },
        ],
        claims: [
          claim('tokajew-bilanz', 'tokajew', { date: '2022-01-19', quote: 'der Abzug hat begonnen' }),
          claim('tokajew-undatiert', 'tokajew', { sources: [TEST_SOURCE] }),
          claim('tokajew-frueh', 'tokajew', { date: '2022-01-05', sources: [TEST_SOURCE] }),
          claim('sacharowa-antwort', 'sacharowa', {
            date: '2022-01-08',
            quote: 'Sacharowa antwortete',
            about: { actors: ['blinken'] },
            contradicts: ['blinken-warnung'],
          }),
        ],
      },
      body: [
        'In Almaty ist es ruhig nach den Unruhen.',
        '',
        'Laut Tokajews Sprecher: der Abzug hat begonnen.',
        '',
        'Sacharowa antwortete Blinken.',
        '',
      ].join('\n'),
    },
  ],
});
const { actors, places } = entityIndex(articles, registries, locatorFor(articles));
const actorById = (id: string) => actors.find((a) => a.id === id)!;
const placeById = (id: string) => places.find((p) => p.id === id)!;

describe('the fixture', () => {
  it('is valid content, newest article first', () => {
    expect(problems).toEqual(new Map());
    expect(articles.map((a) => a.slug)).toEqual(['zweiter', 'erster']);
  });
});

describe('entity index', () => {
  it('has one entity for every actor and place any article names or refers to', () => {
    expect(actors.map((a) => a.id).sort()).toEqual([...registries.actors.keys()].sort());
    expect(places.map((p) => p.id).sort()).toEqual(['almaty', 'oeskemen', 'werk']);
    expect(actorById('tokajew').href).toBe('/akteure/tokajew/');
    expect(placeById('almaty').href).toBe('/orte/almaty/');
  });

  it('sorts entities by name in German order', () => {
    expect(places.map((p) => p.name)).toEqual(['Almaty', 'Öskemen', 'Ulba-Werk']);
  });

  it('lists every article of an entity', () => {
    expect(actorById('tokajew').articles).toEqual([
      { slug: 'zweiter', title: 'Zweiter Artikel', href: '/artikel/zweiter/' },
      { slug: 'erster', title: 'Erster Artikel', href: '/artikel/erster/' },
    ]);
    expect(actorById('serdjukow').articles.map((a) => a.slug)).toEqual(['erster']);
  });

  it('gives every mention with its sentence as context and its article', () => {
    const serdjukow = actorById('serdjukow');
    expect(serdjukow.mentions.map((m) => m.match)).toEqual(['Andrej Serdjukow', 'Serdjukow']);
    const second = serdjukow.mentions[1]!;
    expect(second.before).toBe('Dafür, dass ');
    expect(second.after).toBe(' den Zeitpunkt für einen Rückzug wohl noch nicht für gegeben hält, gibt es Gründe.');
    expect(second.href).toBe('/artikel/erster/#absatz-3');
    expect(second.article).toEqual({ slug: 'erster', title: 'Erster Artikel', href: '/artikel/erster/' });
  });

  it('collects the mentions of all articles, each naming its article', () => {
    const found = actorById('tokajew').mentions.map((m) => [m.article.slug, m.paragraph, m.match, m.href]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['erster', 1, 'Tokajew', '/artikel/erster/#absatz-1'],
        ['zweiter', 2, 'Tokajews', '/artikel/zweiter/#absatz-2'],
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('joins the aliases and forms of all articles', () => {
    expect(actorById('tokajew').aliases).toEqual(['Tokajew', 'Tokajews']);
  });

  it('gives an actor its latest role (the article shows the role at its time)', () => {
    expect(actorById('umarow').role).toBe('Informationsminister');
    const erster = articles.find((a) => a.slug === 'erster')!;
    expect(erster.data.actors.find((a) => a.id === 'umarow')!.role).toBe('Botschafter');
  });

  it('keeps the names in other languages, with German language labels', () => {
    expect(actorById('tokajew').otherNames).toEqual([
      { lang: 'en', langLabel: 'englisch', name: 'Kassym-Jomart Tokayev' },
      { lang: 'ru', langLabel: 'russisch', name: 'Касым-Жомарт Токаев' },
    ]);
  });

  it('collects claims by an entity in date order across articles, undated last', () => {
    const claims = actorById('tokajew').claimsBy;
    expect(claims.map((c) => [c.id, c.article.slug])).toEqual([
      ['tokajew-frueh', 'zweiter'],
      ['tokajew-abzug', 'erster'],
      ['tokajew-bilanz', 'zweiter'],
      ['tokajew-undatiert', 'zweiter'],
    ]);
    expect(claims[1]).toMatchObject({
      said: { datetime: '2022-01-11', label: '11. Januar 2022' },
      stanceLabel: 'behauptet',
      href: '/artikel/erster/#beleg-aussage-tokajew-abzug',
      speaker: { id: 'tokajew', name: 'Kassym-Schomart Tokajew', href: '/akteure/tokajew/' },
    });
    expect(claims[0]!.href).toBeUndefined();
  });

  it('says how sure the analysis is of a claim where it judges it, and nothing where it does not', () => {
    const [warning] = actorById('blinken').claimsBy;
    expect(warning!.confidence).toMatchObject({ level: 'medium', reason: 'Nur eine Quelle.' });
    expect(warning!.confidence!.sources.map((s) => s.title)).toEqual(['Testquelle']);
    expect(actorById('tokajew').claimsBy[0]!.confidence).toBeUndefined();
  });

  it('collects claims about an entity from other articles', () => {
    expect(actorById('blinken').claimsBy.map((c) => c.id)).toEqual(['blinken-warnung']);
    expect(actorById('blinken').claimsAbout.map((c) => [c.id, c.article.slug])).toEqual([
      ['sacharowa-antwort', 'zweiter'],
    ]);
  });

  it('lists the events of an entity in date order across articles, each naming its article', () => {
    const events = actorById('tokajew').events;
    expect(events.map((e) => e.id)).toEqual(['unruhen', 'ankuendigung', 'abzug-beginn']);
    expect(events[0]).toMatchObject({
      dateLabel: 'ca. 2.–7. Januar 2022',
      datetime: '2022-01-02',
      statusLabel: 'berichtet',
      href: '/zeitleiste/2022-01/#ereignis-unruhen',
      article: { slug: 'zweiter', title: 'Zweiter Artikel', href: '/artikel/zweiter/' },
    });
    expect(events[1]).toMatchObject({
      dateLabel: 'Dienstag, 11. Januar 2022, morgens',
      article: { slug: 'erster' },
    });
    expect(placeById('almaty').events.map((e) => e.id)).toEqual(['abzug-beginn']);
  });

  it('an event reported by two articles appears once, with the latest report', () => {
    const starts = actorById('tokajew').events.filter((e) => e.id === 'abzug-beginn');
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({ status: 'reported', statusLabel: 'berichtet', article: { slug: 'zweiter' } });
  });

  it('collects the notes about a place, where it lies, and whether it is guarded', () => {
    const werk = placeById('werk');
    expect(werk.factChecks).toEqual([
      {
        id: 'uranmine',
        note: 'Das Werk verarbeitet Uran, es ist keine Mine.',
        checked: { datetime: '2022-02-01', label: '1. Februar 2022' },
        sources: [{ id: TEST_SOURCE, title: 'Testquelle' }],
        href: '/artikel/erster/#anmerkung-uranmine',
        article: { slug: 'erster', title: 'Erster Artikel', href: '/artikel/erster/' },
      },
    ]);
    expect(werk.within).toEqual({ id: 'oeskemen', name: 'Öskemen', href: '/orte/oeskemen/' });
    expect(werk).toMatchObject({
      guarded: true,
      evidenceHref: '/artikel/erster/#beleg-ort-werk',
      kindLabel: 'Industrie',
      coordinatesLabel: '43,2000° N, 76,9000° O',
      precisionLabel: 'genauer Ort',
    });
    expect(placeById('oeskemen')).toMatchObject({ guarded: false, evidenceHref: undefined, within: undefined });
    // How sure the analysis is that the site was guarded, with its sources resolved; none for an unguarded place.
    expect(werk.guardedConfidence).toEqual({
      level: 'low',
      reason: 'Nur eine Zeitungsliste nennt den Ort.',
      sources: [expect.objectContaining({ id: TEST_SOURCE, title: 'Testquelle' })],
    });
    expect(placeById('oeskemen').guardedConfidence).toBeUndefined();
    expect(placeById('oeskemen').aliases).toEqual(['Ust-Kamenogorsk']);
  });

  it('groups entities by kind in the order of the labels', () => {
    const groups = groupByKind(actors, Object.keys(actorKindLabel));
    expect(groups.map((g) => g.kind)).toEqual(['person', 'organisation', 'state-body', 'media', 'state']);
    expect(groups.find((g) => g.kind === 'person')!.label).toBe('Personen');
    expect(groups.reduce((n, g) => n + g.entities.length, 0)).toBe(actors.length);
  });

  it('names a group in the plural where it holds more than one entry', () => {
    expect(kindGroupLabel('actor', 'person', 1)).toBe('Person');
    expect(kindGroupLabel('actor', 'person', 8)).toBe('Personen');
    expect(kindGroupLabel('actor', 'state-body', 2)).toBe('Staatliche Stellen');
    expect(kindGroupLabel('place', 'city', 3)).toBe('Städte');
    expect(kindGroupLabel('place', 'country', 1)).toBe('Staat');
    // A field, not a count noun: the same for any count.
    expect(kindGroupLabel('place', 'transport', 6)).toBe('Verkehr');
  });

  it('leaves out kinds without entities', () => {
    const groups = groupByKind(
      actors.filter((a) => a.kind !== 'media'),
      Object.keys(actorKindLabel),
    );
    expect(groups.map((g) => g.kind)).toEqual(['person', 'organisation', 'state-body', 'state']);
  });
});

describe('sentences as mention context', () => {
  it('are split the German way (ordinal dates and abbreviations do not end a sentence)', () => {
    const {
      articles: [article],
    } = testCorpus({
      actors: { umarow: actor('Umarow') },
      articles: [
        {
          slug: 's',
          data: { actors: ['umarow'] },
          body: 'Er kam am 11. Januar. Dann lehnte Umarow ab, rund 1.700 Personen u. a. m. Ende.\n',
        },
      ],
    });
    const [mention] = mentionsInContext(article!.analysis).get('actor:umarow')!;
    expect(mention).toEqual({
      paragraph: 1,
      before: 'Dann lehnte ',
      match: 'Umarow',
      after: ' ab, rund 1.700 Personen u. a. m.',
    });
  });
});

describe('contradictions', () => {
  const pairs = contradictions(articles);
  const ids = (list: typeof pairs) => list.map((p) => p.claims.map((c) => c.id));

  it('sets each pair side by side once, even when both claims name the other', () => {
    expect(ids(pairs)).toEqual(
      expect.arrayContaining([
        ['tokajew-abzug', 'serdjukow-abzug'],
        ['blinken-warnung', 'sacharowa-antwort'],
      ]),
    );
    expect(pairs).toHaveLength(2);
    const keys = pairs.map((p) => p.id);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('pairs claims across articles, the earlier statement first, with both speakers', () => {
    const pair = pairs.find((p) => p.id === 'blinken-warnung--sacharowa-antwort')!;
    expect(pair.claims.map((c) => [c.speaker.name, c.article.slug, c.said?.datetime])).toEqual([
      ['Antony Blinken', 'erster', '2022-01-07'],
      ['Maria Sacharowa', 'zweiter', '2022-01-08'],
    ]);
  });

  it('names the events the pair is about', () => {
    const pair = pairs.find((p) => p.id === 'serdjukow-abzug--tokajew-abzug')!;
    expect(pair.about).toEqual(['Tokajew kündigt den Abzug an']);
    expect(pair.claims.map((c) => c.speaker.name)).toEqual(['Kassym-Schomart Tokajew', 'Andrej Serdjukow']);
  });

  it('with a slug, gives only the pairs that involve that article', () => {
    expect(ids(contradictions(articles, 'zweiter'))).toEqual([['blinken-warnung', 'sacharowa-antwort']]);
    expect(contradictions(articles, 'erster')).toHaveLength(2);
    expect(contradictions(articles, 'gibt-es-nicht')).toEqual([]);
  });
});

describe('claims export', () => {
  const site = 'https://lagebild.example.org/';
  const parts = claimsParts(articles);
  const claims = parts.flatMap((part) => claimsExport(part, site).claims);

  it('lists every claim of every article once, in parts by the month of their articles', () => {
    expect(claims.map((c) => c.id).sort()).toEqual(articles.flatMap((a) => a.data.claims.map((c) => c.id)).sort());
    expect(claims).toHaveLength(7);
    expect(claimsPartsIndex(parts, site).count).toBe(7);
    for (const part of parts) {
      for (const article of part.items) expect(article.data.published.slice(0, 7)).toBe(part.month);
    }
  });

  it('splits a long month into parts of bounded size, every article once', () => {
    const small = claimsParts(articles, 1);
    expect(small.every((p) => p.items.length === 1)).toBe(true);
    expect(small.flatMap((p) => p.items.map((a) => a.slug)).sort()).toEqual(articles.map((a) => a.slug).sort());
    expect(small.filter((p) => p.number > 1).every((p) => p.key === `${p.month}-${p.number}`)).toBe(true);
  });

  it('gives the speaker and a link to the sentence, or the sources of a researched claim', () => {
    const tokajew = claims.find((c) => c.id === 'tokajew-abzug')!;
    expect(tokajew.speaker).toEqual({ id: 'tokajew', name: 'Kassym-Schomart Tokajew' });
    expect(tokajew.evidenceUrl).toBe('https://lagebild.example.org/artikel/erster/#beleg-aussage-tokajew-abzug');
    expect(tokajew.contradicts).toEqual(['serdjukow-abzug']);
    expect(tokajew.article).toEqual({
      slug: 'erster',
      title: 'Erster Artikel',
      url: 'https://lagebild.example.org/artikel/erster/',
    });
    const researched = claims.find((c) => c.id === 'blinken-warnung')!;
    expect(researched.evidenceUrl).toBeNull();
    expect(researched.quote).toBeNull();
    expect(researched.sources).toEqual([{ id: TEST_SOURCE, title: 'Testquelle' }]);
  });
});

describe('one claim, one view', () => {
  it('says the same of a claim on its article page, on its speaker’s page, beside its event and in the export', () => {
    const site = 'https://lagebild.example.org/';
    const exported = claimsParts(articles)
      .flatMap((part) => claimsExport(part, site).claims)
      .find((c) => c.id === 'tokajew-abzug')!;
    const entry = articleView(
      articles.find((a) => a.slug === 'erster')!,
      locatorFor(articles),
    ).claims.find((c) => c.id === 'tokajew-abzug')!;
    const card = actors.find((a) => a.id === 'tokajew')!.claimsBy.find((c) => c.id === 'tokajew-abzug')!;
    const pair = contradictions(articles)
      .flatMap((p) => p.claims)
      .find((c) => c.id === 'tokajew-abzug')!;
    for (const shown of [entry, card, pair]) {
      expect([shown.speaker.name, shown.stanceLabel, shown.summary, shown.said?.datetime]).toEqual([
        exported.speaker.name,
        card.stanceLabel,
        exported.summary,
        exported.date,
      ]);
    }
    // The sentence: a link within the article page, the article's address elsewhere, absolute in the export.
    expect(new URL(entry.href!, exported.article.url).href).toBe(exported.evidenceUrl);
    expect(new URL(card.href!, site).href).toBe(exported.evidenceUrl);
    expect(entry.speaker.href).toBe('#akteur-tokajew');
    expect(card.speaker.href).toBe('/akteure/tokajew/');
  });
});

describe('relations between claims', () => {
  const { articles: related } = testCorpus({
    actors: { blinken: actor('Antony Blinken'), sacharowa: actor('Maria Sacharowa') },
    articles: [
      {
        slug: 'eins',
        data: {
          actors: ['blinken', 'sacharowa'],
          claims: [
            { id: 'warnung', speaker: 'blinken', quote: 'Blinken warnte.', summary: 'Warnung.', stance: 'warns' },
            {
              id: 'antwort',
              speaker: 'sacharowa',
              quote: 'Sacharowa antwortete.',
              summary: 'Antwort.',
              stance: 'rejects',
              answers: [{ claim: 'warnung', by: 'author' }],
              qualifies: ['warnung'],
            },
          ],
        },
        body: 'Blinken warnte. Sacharowa antwortete.\n',
      },
    ],
  });

  it('names the kind and who draws it, the claim referred to first', () => {
    const pairs = claimRelations(related);
    expect(pairs.map((p) => [p.kind, p.kindLabel, p.byLabel, p.claims.map((c) => c.id)])).toEqual([
      ['qualifies', 'schränkt ein', 'laut Analyse', ['warnung', 'antwort']],
      ['answers', 'antwortet auf', 'laut Autor', ['warnung', 'antwort']],
    ]);
  });

  it('keeps answers and qualifications out of the contradictions', () => {
    expect(contradictions(related)).toEqual([]);
  });

  it('tells each claim on the article page how it relates to the other', () => {
    const view = articleView(related[0]!, locatorFor(related), claimRelations(related));
    const labels = (id: string) => view.claims.find((c) => c.id === id)!.relationGroups.map((r) => r.label);
    expect(labels('antwort')).toEqual(['Schränkt ein', 'Antwortet auf']);
    expect(labels('warnung')).toEqual(['Eingeschränkt durch', 'Beantwortet durch']);
    expect(view.claims.find((c) => c.id === 'warnung')!.relationGroups[1]!.refs[0]!.name).toBe(
      'Maria Sacharowa: Antwort. (laut Autor)',
    );
  });
});

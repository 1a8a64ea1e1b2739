import { describe, expect, it } from 'vitest';
import { contradictions, entityIndex, groupByKind } from '../../src/lib/entity-model.ts';
import { claimsExport } from '../../src/lib/exports.ts';
import { mentionsInContext, mentionTable } from '../../src/lib/entities.ts';
import { actorKindLabel } from '../../src/lib/labels.ts';
import { loadArticle } from './helpers.ts';

const { data, body } = loadArticle();
const article = { slug: 'kasachstan-unklarer-als-gedacht', data, body };
const { actors, places } = entityIndex([article]);

describe('entity index', () => {
  it('has one entity for every actor and every place of the article', () => {
    expect(actors.map((a) => a.id).sort()).toEqual(data.actors.map((a) => a.id).sort());
    expect(places.map((p) => p.id).sort()).toEqual(data.places.map((p) => p.id).sort());
    expect(actors.find((a) => a.id === 'tokajew')!.href).toBe('/akteure/tokajew/');
    expect(places.find((p) => p.id === 'nur-sultan')!.href).toBe('/orte/nur-sultan/');
  });

  it('gives every mention with its sentence as context', () => {
    const serdjukow = actors.find((a) => a.id === 'serdjukow')!;
    expect(serdjukow.mentions.map((m) => m.match)).toEqual(['Andrej Serdjukow', 'Serdjukow']);
    const second = serdjukow.mentions[1]!;
    expect(second.before).toBe('Dafür, dass ');
    expect(second.after.startsWith(' den Zeitpunkt für einen Rückzug wohl noch nicht für gegeben hält')).toBe(true);
    expect(second.href).toBe('/artikel/kasachstan-unklarer-als-gedacht/#absatz-3');
  });

  it('collects claims by and about an entity, its events and notes', () => {
    const sacharowa = actors.find((a) => a.id === 'sacharowa')!;
    expect(sacharowa.claimsBy.map((c) => c.id)).toEqual(['sacharowa-retourkutsche', 'sacharowa-us-soldaten']);
    const blinken = actors.find((a) => a.id === 'blinken')!;
    expect(blinken.claimsAbout.map((c) => c.id)).toContain('sacharowa-retourkutsche');
    expect(blinken.events.map((e) => e.href)).toEqual(['/zeitleiste/#ereignis-blinken-aeusserung']);
    const ulba = places.find((p) => p.id === 'ulba-werk')!;
    expect(ulba.factChecks.map((f) => f.id)).toEqual(['uranmine-oeskemen']);
    expect(ulba.within).toEqual({ id: 'oeskemen', name: 'Öskemen', href: '/orte/oeskemen/' });
  });

  it('keeps the names in other languages', () => {
    const tokajew = actors.find((a) => a.id === 'tokajew')!;
    expect(tokajew.otherNames.map((n) => n.name)).toEqual([
      'Kassym-Jomart Tokayev',
      'Касым-Жомарт Токаев',
      'Қасым-Жомарт Тоқаев',
    ]);
  });

  it('groups entities by kind in the order of the labels', () => {
    const groups = groupByKind(actors, Object.keys(actorKindLabel));
    expect(groups.map((g) => g.label)).toEqual(['Person', 'Organisation', 'Staatliche Stelle', 'Medium', 'Staat']);
    expect(groups.reduce((n, g) => n + g.entities.length, 0)).toBe(actors.length);
  });
});

describe('contradictions', () => {
  const pairs = contradictions(article);
  const speakers = (ids: string[]) =>
    pairs
      .find(
        (p) =>
          p.claims
            .map((c) => c.id)
            .sort()
            .join() === [...ids].sort().join(),
      )
      ?.claims.map((c) => c.speaker.name);

  it('sets each pair side by side once, with both speakers', () => {
    expect(speakers(['tokajew-abzug-donnerstag', 'serdjukow-abzug-wenn-erfuellt'])).toEqual([
      'Kassym-Schomart Tokajew',
      'Andrej Serdjukow',
    ]);
    expect(speakers(['flughafen-nicht-vor-15-januar', 'flughafen-ab-13-januar'])).toHaveLength(2);
    expect(speakers(['staatsstreich-abgewehrt', 'festnahmen-gemeldet'])).toEqual([
      'Regierung der Republik Kasachstan',
      'Innenministerium der Republik Kasachstan',
    ]);
    expect(speakers(['blinken-russen-im-haus', 'sacharowa-us-soldaten'])).toEqual([
      'Antony Blinken',
      'Maria Sacharowa',
    ]);
    const keys = pairs.map((p) => p.id);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('sentences', () => {
  it('are split the German way (abbreviations and numbers do not end a sentence)', () => {
    const table = mentionTable([{ id: 'u', name: 'Umarow' }], []);
    const found = mentionsInContext(
      ['Er kam am 11. Januar. Dann lehnte Umarow ab, rund 1.700 Personen u. a. m. Ende.'],
      table,
    );
    expect(found.get('actor:u')![0]!.before).toBe('Dann lehnte ');
  });
});

describe('claims export', () => {
  it('lists every claim with its speaker and a link to its sentence or its sources', () => {
    const { claims } = claimsExport([article], 'https://lagebild.example.org/');
    expect(claims).toHaveLength(data.claims.length);
    const tokajew = claims.find((c) => c.id === 'tokajew-abzug-donnerstag')!;
    expect(tokajew.speaker.name).toBe('Kassym-Schomart Tokajew');
    expect(tokajew.evidenceUrl).toBe(
      'https://lagebild.example.org/artikel/kasachstan-unklarer-als-gedacht/#beleg-aussage-tokajew-abzug-donnerstag',
    );
    const researched = claims.find((c) => c.id === 'flughafen-ab-13-januar')!;
    expect(researched.evidenceUrl).toBeNull();
    expect(researched.sources.length).toBeGreaterThan(0);
  });
});

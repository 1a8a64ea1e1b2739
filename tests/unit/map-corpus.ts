/**
 * A small synthetic article with places of every precision, guarded sites
 * with quotes, a place within another, an event at a place and a fact check
 * about a place: the input of the map tests (geo, popup).
 */
import { expect } from 'vitest';
import { place, testCorpus, TEST_SOURCE, GUARDED } from './helpers.ts';

export const MAP_SLUG = 'lage';

const MAP_SOURCES = {
  nti: {
    title: 'Ulba Metallurgical Plant',
    publisher: 'NTI',
    url: 'https://www.nti.org/education-center/facilities/ulba-metallurgical-plant/',
  },
  radar: { title: 'Station radar de Balkhash', url: 'https://fr.wikipedia.org/wiki/Station_radar_de_Balkhash' },
};

export const MAP_PLACES = {
  kasachstan: place('Kasachstan', {
    kind: 'country',
    coordinates: [48, 68],
    geoPrecision: 3,
    radiusKm: 1000,
    country: '398',
  }),
  almaty: place('Almaty', { coordinates: [43.2381, 76.9453], geoPrecision: 2, radiusKm: 15, within: 'kasachstan' }),
  'nur-sultan': place('Nur-Sultan', {
    coordinates: [51.1667, 71.4333],
    geoPrecision: 2,
    radiusKm: 15,
    within: 'kasachstan',
  }),
  oeskemen: place('Öskemen', { coordinates: [49.95, 82.62], geoPrecision: 2, radiusKm: 10, within: 'kasachstan' }),
  'bahnhof-almaty-1': place('Bahnhof Almaty-1', {
    kind: 'transport',
    coordinates: [43.3411, 76.9489],
    geoPrecision: 1,
    within: 'almaty',
  }),
  'hafen-aktau': place('Hafen Aktau', {
    kind: 'port',
    aliases: ['Hafen von Aktau'],
    coordinates: [43.61, 51.2],
    geoPrecision: 2,
    radiusKm: 5,
    within: 'kasachstan',
  }),
  fruehwarnstation: place('Frühwarnstation Balchasch', {
    kind: 'military',
    coordinates: [46.6031, 74.5311],
    geoPrecision: 2,
    radiusKm: 50,
    within: 'kasachstan',
    sources: ['radar'],
  }),
  'militaerflugplatz-sueden': place('Militärflugplatz im Süden Kasachstans', {
    kind: 'military',
    coordinates: [43.6, 73.5],
    geoPrecision: 3,
    radiusKm: 450,
    within: 'kasachstan',
  }),
  'ulba-werk': place('Ulba-Metallurgiewerk', {
    kind: 'industry',
    coordinates: [49.983, 82.617],
    geoPrecision: 2,
    radiusKm: 6,
    within: 'oeskemen',
    sources: ['nti'],
    notes: 'Der Text spricht von einer Uranmine.',
  }),
};

const MAP_BODY = [
  'Die Friedenstruppe bewacht den Bahnhof Almaty-1, den Hafen von Aktau am Kaspischen Meer, eine Frühwarnstation und einen Militärflugplatz im Süden des Landes.',
  'Bewacht wird auch die weltgrößte Uranmine in der Stadt Öskemen (Ust-Kamenogorsk).',
  'In Almaty und Nur-Sultan blieb es ruhig, ganz Kasachstan wartete.',
].join('\n\n');

export const MAP_ARTICLE = {
  places: [
    'kasachstan',
    'almaty',
    'nur-sultan',
    'oeskemen',
    { id: 'bahnhof-almaty-1', evidence: 'den Bahnhof Almaty-1', ...GUARDED },
    { id: 'hafen-aktau', evidence: 'den Hafen von Aktau am Kaspischen Meer', ...GUARDED },
    { id: 'fruehwarnstation', forms: ['Frühwarnstation'], evidence: 'eine Frühwarnstation', ...GUARDED },
    {
      id: 'militaerflugplatz-sueden',
      forms: ['Militärflugplatz im Süden des Landes'],
      evidence: 'einen Militärflugplatz im Süden des Landes',
      ...GUARDED,
    },
    {
      id: 'ulba-werk',
      forms: ['weltgrößte Uranmine'],
      evidence: 'die weltgrößte Uranmine in der Stadt Öskemen (Ust-Kamenogorsk)',
      ...GUARDED,
    },
  ],
  reports: [{ event: 'ruhe', status: 'reported', evidence: 'In Almaty und Nur-Sultan blieb es ruhig' }],
  factChecks: [
    {
      id: 'uranmine-oeskemen',
      about: { places: ['ulba-werk'] },
      evidence: 'die weltgrößte Uranmine',
      note: 'In Öskemen gibt es keine Uranmine.',
      checked: '2026-11-25',
      sources: ['nti'],
    },
  ],
};

/** The map article's corpus: registries and the article as every view takes it (no problem reported). */
export function mapCorpus() {
  const corpus = testCorpus({
    sources: MAP_SOURCES,
    places: MAP_PLACES,
    events: {
      ruhe: { title: 'Ruhe in Almaty', date: '2022-01-12', places: ['almaty'], dateSources: [TEST_SOURCE] },
    },
    articles: [{ slug: MAP_SLUG, data: MAP_ARTICLE, body: MAP_BODY }],
  });
  expect(corpus.problems).toEqual(new Map());
  return corpus;
}

/** The map article as every view takes it. */
export function mapArticles() {
  return mapCorpus().articles;
}

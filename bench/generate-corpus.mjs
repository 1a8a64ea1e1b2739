// Generates N synthetic, schema-valid Lagebild articles for benchmarks and
// tests (never for the site): varied reference dates, shared entities (the
// same actor or place id in many articles, with the same facts) and new ones,
// events with relative dates that resolve, claims that contradict each other.
// Usage: node bench/generate-corpus.mjs <dir> <n>   (or import generateCorpus)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const CITIES = [
  ['almaty', 'Almaty', 43.2381, 76.9453],
  ['nur-sultan', 'Nur-Sultan', 51.1667, 71.4333],
  ['aktau', 'Aktau', 43.65, 51.15],
  ['schymkent', 'Schymkent', 42.3, 69.6],
  ['karaganda', 'Karaganda', 49.8, 73.1],
  ['taras', 'Taras', 42.9, 71.37],
  ['pawlodar', 'Pawlodar', 52.3, 76.95],
  ['semei', 'Semei', 50.41, 80.25],
  ['atyrau', 'Atyrau', 47.1, 51.9],
  ['kostanai', 'Kostanai', 53.2, 63.6],
];
const SURNAMES = [
  'Abenow',
  'Bekowa',
  'Dschaksybekow',
  'Ermekowa',
  'Ibraimow',
  'Kassymowa',
  'Nurlanow',
  'Ospanowa',
  'Sadykow',
  'Tulegenowa',
  'Utemisow',
  'Zhumabaewa',
];
const ROLES = [
  'Sprecher des Innenministeriums',
  'Bürgermeisterin',
  'Abgeordneter',
  'Gewerkschafterin',
  'Polizeichef',
  'Journalistin',
];

/** A small seeded random generator (mulberry32), so that a corpus is reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const yaml = (value) => JSON.stringify(value); // JSON strings are valid YAML scalars

/** The shared pool: the same id with the same facts in every article that uses it. */
export function sharedActor(i) {
  const surname = SURNAMES[i % SURNAMES.length];
  return { id: `person-${i}`, name: `Aida ${surname}-${i}`, alias: `${surname}-${i}`, role: ROLES[i % ROLES.length] };
}

function article(n, rand, options) {
  // Reference dates spread over 2022–2024, as a newsroom's archive would be.
  const reference = new Date(Date.UTC(2022, 0, 3) + Math.floor(rand() * 1000) * 86400000);
  const weekIndex = (reference.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(reference.getTime() - weekIndex * 86400000);
  const actors = [0, 1, 2].map((k) => sharedActor((n * 3 + k) % 30));
  const own = { id: `neu-${n}`, name: `Marat Neuer-${n}`, alias: `Neuer-${n}`, role: 'Augenzeuge' };
  const cities = [0, 1].map((k) => CITIES[(n + k * 3) % CITIES.length]);
  const ownPlace = [`ort-${n}`, `Dorf Nummer ${n}`, 42 + rand() * 10, 55 + rand() * 25];
  const places = [...cities, ownPlace];
  const events = [];
  const paragraphs = [];
  const claims = [];
  for (let k = 0; k < 4; k++) {
    const day = Math.floor(rand() * 7);
    const actor = k === 3 ? own : actors[k % actors.length];
    const place = places[k % places.length];
    const sentence = `Am ${WEEKDAYS[day]} traf ${actor.name} in ${place[1]} ein und sprach über die Lage Nummer ${k}.`;
    const date = iso(new Date(monday.getTime() + day * 86400000));
    events.push({
      id: `ereignis-${n}-${k}`,
      title: `Treffen ${k} in ${place[1]}`,
      date,
      dateExpression: `Am ${WEEKDAYS[day]}`,
      status: ['reported', 'announced', 'planned', 'disputed'][k],
      actors: [actor.id],
      places: [place[0]],
      evidence: sentence,
    });
    paragraphs.push(
      `${sentence} Danach sagte ${actor.alias}, man werde »alles Nötige« tun. Weitere Einzelheiten blieben offen.`,
    );
    claims.push({ id: `aussage-${n}-${k}`, speaker: actor.id, quote: `man werde »alles Nötige« tun`, k });
  }
  // Quotes must be unique per paragraph for the marks; give each claim its own paragraph index.
  const claimYaml = claims
    .slice(0, 2)
    .map(
      (c, i) =>
        `  - id: ${c.id}\n    speaker: ${c.speaker}\n    quote: ${yaml(`Danach sagte ${c.k === 3 ? own.alias : actors[c.k % 3].alias}, man werde »alles Nötige« tun.`)}\n    summary: "Man werde alles Nötige tun."\n    stance: announces\n    contradicts: [${claims[1 - i].id}]`,
    )
    .join('\n');
  const conflict = options.conflictIn === n;
  const front = [
    '---',
    `title: ${yaml(`Synthetischer Bericht ${n}`)}`,
    `dek: ${yaml(`Testartikel ${n} für Benchmarks und Tests.`)}`,
    `published: "${iso(reference)}"`,
    'referenceDate:',
    `  date: "${iso(reference)}"`,
    '  note: "Synthetisch: Erscheinungstag."',
    'source: { outlet: "Lagebild-Testkorpus" }',
    'language: de',
    'actors:',
    ...[...actors, own].map(
      (a) =>
        `  - { id: ${a.id}, name: ${yaml(a.name)}, kind: person, role: ${yaml(a.role)}, aliases: [${yaml(a.alias)}] }`,
    ),
    'places:',
    ...places.map(
      ([id, name, lat, lng], i) =>
        `  - { id: ${id}, name: ${yaml(name)}, kind: ${conflict && i === 0 ? 'region' : 'city'}, coordinates: [${lat.toFixed(4)}, ${lng.toFixed(4)}], geoPrecision: 2, radiusKm: 10, sources: [{ title: "Synthetische Koordinate" }] }`,
    ),
    'events:',
    ...events.map(
      (e) =>
        `  - { id: ${e.id}, title: ${yaml(e.title)}, date: "${e.date}", dateExpression: ${yaml(e.dateExpression)}, status: ${e.status}, actors: [${e.actors}], places: [${e.places}], evidence: ${yaml(e.evidence)} }`,
    ),
    'claims:',
    claimYaml,
    '---',
    '',
  ];
  return `${front.join('\n')}\n${paragraphs.join('\n\n')}\n`;
}

/**
 * Writes N articles to `dir` (emptied first). `conflictIn: k` gives article k
 * a shared place with a different kind, to provoke the cross-article error.
 */
export function generateCorpus(dir, n, options = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = random(options.seed ?? 42);
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `bericht-${String(i).padStart(4, '0')}.md`), article(i, rand, options));
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/generate-corpus.mjs <dir> <n>');
    process.exit(2);
  }
  generateCorpus(dir, Number(count));
  console.log(`${count} articles in ${dir}`);
}

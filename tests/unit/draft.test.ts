/**
 * The draft from a plain text (src/lib/analysis/draft.ts) on a synthetic
 * text and registries: what it finds and proposes, what it leaves as TODO,
 * that the loader's reader refuses exactly those TODOs, and that the draft
 * passes every check once an editor has done them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/lib/analysis/analyse.ts';
import { draftArticle } from '../../src/lib/analysis/draft.ts';
import { readArticleFile } from '../../src/lib/analysis/read-content.ts';
import { assertRegistries, readRegistries } from '../../src/lib/analysis/registries.ts';
import { isTodo, todoProblems } from '../../src/lib/analysis/todos.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { splitFrontmatter } from '../../src/lib/analysis/yaml.ts';
import { actor, place, ROOT, testCorpus, TEST_SOURCE } from './helpers.ts';

const TEXT = [
  ' date 2022-01 Max Muster/Testagentur Soldaten im Einsatz: Patrouille in Almaty (11.1.2022)',
  '',
  'Tokajew kündigte am Dienstag in Almaty den Abzug an. Die Truppe beginne morgen mit dem Abzug, hieß es.',
  '',
  'Karim Massimow wurde vergangene Woche festgenommen. Tokajews Sprecher sagte, die Lage in Almaty sei ruhig.',
  '',
  'Serdjukow schwieg am Abend des Tages.',
  '',
].join('\n');

const corpus = () =>
  testCorpus({
    actors: {
      tokajew: actor('Kassym-Schomart Tokajew', { aliases: ['Tokajew'] }),
      serdjukow: actor('Andrej Serdjukow', { aliases: ['Serdjukow'] }),
    },
    places: { almaty: place('Almaty') },
    events: {
      ankuendigung: {
        title: 'Tokajew kündigt den Abzug an',
        date: '2022-01-11',
        actors: ['tokajew'],
        places: ['almaty'],
      },
      abzug: { title: 'Beginn des Abzugs', date: '2022-01-13' },
      // What the editor registers for the draft's TODO-n (see below).
      festnahme: { title: 'Massimow festgenommen', date: '2022-01-06', timePrecision: 'approximate' },
      schweigen: { title: 'Serdjukow schweigt', date: '2022-01-11' },
      foto: { title: 'Patrouille (Foto)', date: '2022-01-11', dateSources: [TEST_SOURCE] },
    },
    articles: [],
  });

function draft() {
  const { registries } = corpus();
  // The draft knows only what was registered before it: not the editor's events.
  const before = {
    ...registries,
    events: new Map([...registries.events].filter(([id]) => ['ankuendigung', 'abzug'].includes(id))),
  };
  return draftArticle({ text: TEXT, referenceDate: '2022-01-12', registries: before });
}

const frontmatterOf = (markdown: string) =>
  splitFrontmatter(markdown, 'entwurf.md').frontmatter.value as Record<string, any>;

describe('a draft from a plain text', () => {
  const result = draft();
  const data = frontmatterOf(result.markdown);

  it('keeps the text untouched below the frontmatter, without the metadata line', () => {
    const { body } = splitFrontmatter(result.markdown, 'entwurf.md');
    expect(body.trim()).toBe(TEXT.split('\n').slice(1).join('\n').trim());
    expect(result.found.paragraphs).toBe(3);
    expect(result.warnings).toEqual([]);
  });

  it('reads the metadata line: publication date, credit, caption and the caption’s date', () => {
    expect(data['published']).toBe('2022-01');
    expect(data['photo']).toEqual({
      available: false,
      caption: 'Soldaten im Einsatz: Patrouille in Almaty',
      credit: 'Max Muster/Testagentur',
      date: '2022-01-11',
      place: 'almaty',
    });
  });

  it('lists registered actors and places by name, alias and inflected form', () => {
    expect(data['actors']).toEqual([{ id: 'tokajew', forms: ['Tokajews'] }, 'serdjukow']);
    expect(data['places']).toEqual(['almaty']);
  });

  it('makes every date expression a report whose evidence is its sentence', () => {
    expect(data['reports']).toEqual([
      {
        event: 'ankuendigung',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Tokajew kündigte am Dienstag in Almaty den Abzug an.',
        dateExpression: 'am Dienstag',
      },
      {
        event: 'TODO-1',
        status:
          'TODO: decide the status (reported, announced, planned, disputed, denied); the date lies after the reference date',
        evidence: 'Die Truppe beginne morgen mit dem Abzug, hieß es.',
        dateExpression: 'morgen',
      },
      {
        event: 'TODO-2',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Karim Massimow wurde vergangene Woche festgenommen.',
        dateExpression: 'vergangene Woche',
      },
      {
        event: 'TODO-3',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Serdjukow schwieg am Abend des Tages.',
        dateExpression: 'am Abend des Tages',
        dateAnchor: 'TODO: the id of the event whose day »am Abend des Tages« means',
      },
      {
        event: 'TODO-4',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Soldaten im Einsatz: Patrouille in Almaty',
        evidenceIn: 'caption',
        dateExpression: '11.1.2022',
      },
    ]);
  });

  it('marks a registered event as a proposal, and proposes a new event file for the others', () => {
    expect(result.markdown).toMatch(/- event: ankuendigung # proposal\n/);
    expect(result.markdown).toContain('# Proposal: ankuendigung »Tokajew kündigt den Abzug an« (2022-01-11)');
    // »morgen«: the only registered event of that day names nothing of the sentence.
    expect(result.markdown).toContain('#   abzug »Beginn des Abzugs« (2022-01-13)\n');
    // »vergangene Woche«: a range with its precision.
    expect(result.markdown).toContain('#   date: 2022-01-03/2022-01-09\n  #   timePrecision: week\n');
    // The caption's date agrees with »ankuendigung«, but that event is reported above.
    expect(result.markdown).toContain('(ankuendigung fits too, but is reported above: one report per event.)');
  });

  it('suggests capitalised names that no registry knows, as comments only', () => {
    expect(result.found.unknownNames).toEqual(['Karim Massimow']);
    expect(result.markdown).toContain('#   Karim Massimow (Absatz 2)');
    expect(result.markdown).not.toContain('Sprecher (');
  });

  it('writes a TODO wherever only a person can decide, and the reader refuses exactly those', () => {
    const read = readArticleFile(result.markdown, 'content/articles/entwurf.md');
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems).toHaveLength(todoProblems(data).length);
    expect(problems.every((p) => /^line \d+, [^:]+: TODO/.test(p))).toBe(true);
    // The file line of »- event: TODO-1« (1-based); its status is on the next line.
    const eventLine = result.markdown.split('\n').indexOf('  - event: TODO-1') + 1;
    const statusLine = eventLine + 1;
    expect(problems).toContain(
      `line ${statusLine}, reports[TODO-1].status: TODO: decide the status (reported, announced, planned, disputed, denied); the date lies after the reference date`,
    );
    expect(problems).toContain(
      `line ${statusLine - 1}, reports[TODO-1].event: TODO-1: a placeholder; expected a registered id (the comment above it proposes one)`,
    );
    for (const field of ['title', 'dek', 'referenceDate.note', 'source.outlet', 'source.author', 'source.url'])
      expect(problems.some((p) => p.includes(`, ${field}: TODO`))).toBe(true);
  });

  it('passes every check once the TODOs are done', () => {
    const done = result.markdown
      .replace('"TODO: write the title"', 'Ein Titel')
      .replace(/"TODO: write the dek[^"]*"/, 'Ein Vorspann.')
      .replace(/"TODO: why this day[^"]*"/, 'Geschrieben am Mittwoch.')
      .replace(/"TODO: the (?:outlet|author|address)[^"]*"/g, 'null')
      .replace(/"TODO: decide the status[^"]*"/g, 'reported')
      .replace('event: TODO-1', 'event: abzug')
      .replace('event: TODO-2', 'event: festnahme')
      .replace('event: TODO-3', 'event: schweigen')
      .replace(/dateAnchor: "TODO[^"]*"/, 'dateAnchor: ankuendigung')
      .replace('event: TODO-4', 'event: foto')
      // The withdrawal lies after the text's day: the editor decides it was announced, not reported.
      .replace(/(event: abzug\n(?:[ \t]+.*\n)*?[ \t]+status: )reported/, '$1announced');
    const read = readArticleFile(done, 'content/articles/entwurf.md');
    expect(read.ok && read.data.title).toBe('Ein Titel');
    if (!read.ok) return;
    const { problems } = analyseArticle({ slug: 'entwurf', data: read.data, body: read.body }, corpus().registries);
    expect(problems).toEqual([]);
  });

  it('proposes nothing where the text names nothing it knows', () => {
    const { registries } = corpus();
    const plain = draftArticle({ text: 'Es war ruhig.\n', referenceDate: '2022-01-12', registries });
    const fields = frontmatterOf(plain.markdown);
    expect(fields['published']).toMatch(/^TODO/);
    expect(fields['photo']).toBeUndefined();
    expect(fields).toMatchObject({ actors: [], places: [], reports: [], claims: [] });
    expect(plain.markdown).toContain('# The text has no date expression Lagebild understands.');
  });
});

/**
 * The entries of the real registries the expectations below were written
 * against. Editors register more (an event of the same days would rightly be
 * proposed as well, a newly registered person is no longer an unknown name):
 * the draft is made against these entries only, as they stand in content/.
 */
const WRITTEN_AGAINST: Record<'actors' | 'places' | 'events', string[]> = {
  actors: [
    'aussenministerium-russland',
    'blinken',
    'friedenstruppe',
    'innenministerium-kasachstan',
    'kasachische-dienststellen',
    'kasachische-regierung',
    'komsomolskaja-prawda',
    'luftwaffe-russland',
    'ovks',
    'primakow-senior',
    'primakow',
    'putin',
    'rossotrudnitschestwo',
    'russische-medien',
    'russland',
    'sacharowa',
    'serdjukow',
    'tokajew',
    'umarow',
    'usa',
    'verteidigungsministerium-russland',
  ],
  places: [
    'afghanistan',
    'almaty',
    'bahnhof-almaty-1',
    'bahnhof-almaty-2',
    'bahnhof-nur-sultan-1',
    'bahnhof-nurly-zhol',
    'baikonur',
    'flughafen-almaty',
    'flughafen-nur-sultan',
    'fruehwarnstation',
    'hafen-aktau',
    'kasachstan',
    'kaspisches-meer',
    'militaerflugplatz-sueden',
    'nur-sultan',
    'oeskemen',
    'regierungsviertel-nur-sultan',
    'staatsfernsehen',
    'ulba-werk',
    'zentralbank',
    'zentralmarkt-almaty',
  ],
  events: [
    'abzug-beginn',
    'ausnahmezustand-ende',
    'blinken-aeusserung',
    'evakuierungsfluege-mittwoch',
    'festnahmen-almaty',
    'flughafen-termine',
    'flughafen-wiedereroeffnung',
    'fuenf-objekte',
    'patrouille-almaty',
    'primakow-absage',
    'sacharowa-antwort',
    'serdjukow-dementi',
    'tokajew-kuendigt-abzug-an',
    'umarow-ernennung',
    'unruhen-januar',
  ],
};

describe('a draft of the workflow text against the real registries', () => {
  // tests/fixtures/kasachstan-bilanz.txt: a test text (not published content) about the January 2022 crisis.
  const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'kasachstan-bilanz.txt'), 'utf8');
  const real = assertRegistries(readRegistries(join(ROOT, 'content'), ROOT));
  const only = <T>(entries: Map<string, T>, ids: string[]) => new Map(ids.map((id) => [id, entries.get(id)!] as const));
  const registries = {
    ...real,
    actors: only(real.actors, WRITTEN_AGAINST.actors),
    places: only(real.places, WRITTEN_AGAINST.places),
    events: only(real.events, WRITTEN_AGAINST.events),
  };

  it('finds every entry it was written against in the real registries', () => {
    for (const kind of ['actors', 'places', 'events'] as const) {
      expect(
        WRITTEN_AGAINST[kind].filter((id) => !real[kind].has(id)),
        kind,
      ).toEqual([]);
    }
  });
  const result = draftArticle({ text, referenceDate: '2022-01-19', registries });
  const data = frontmatterOf(result.markdown);

  it('proposes registered events only where date and names agree', () => {
    expect(result.found.reports).toEqual([
      { expression: 'Anfang Januar', event: 'TODO-1', proposed: false },
      { expression: 'Heute', event: 'ausnahmezustand-ende', proposed: true },
      { expression: 'am 11. Januar', event: 'festnahmen-almaty', proposed: true },
      { expression: 'Am Donnerstag vergangener Woche', event: 'abzug-beginn', proposed: true },
      { expression: 'bis morgen', event: 'TODO-2', proposed: false },
      { expression: 'seit vergangenem Donnerstag', event: 'flughafen-wiedereroeffnung', proposed: true },
      { expression: 'vor knapp zwei Wochen', event: 'sacharowa-antwort', proposed: true },
      { expression: 'in zwei Wochen', event: 'TODO-3', proposed: false },
      { expression: '13.1.2022', event: 'TODO-4', proposed: false },
    ]);
    expect(result.found.unknownNames).toEqual(['Karim Massimow', 'Alichan Smailow']);
  });

  it('passes the analysis with every proposal kept, once the TODOs are decided', () => {
    const decided = JSON.parse(JSON.stringify(data), (_key, value: unknown) => (isTodo(value) ? null : value));
    const filled = {
      ...decided,
      title: 'Titel',
      dek: 'Vorspann.',
      referenceDate: { ...decided.referenceDate, note: 'Geschrieben am 19. Januar 2022.' },
      // The reports of events no file registers yet are the editor's to register; the proposals stay.
      reports: decided.reports
        .filter((r: { event: string | null }) => r.event !== null)
        .map((r: object) => ({ ...r, status: 'reported' })),
    };
    const { body } = splitFrontmatter(result.markdown, 'entwurf.md');
    const { problems } = analyseArticle({ slug: 'entwurf', data: articleSchema.parse(filled), body }, registries);
    expect(problems).toEqual([]);
  });
});

describe('a draft of an agency text', () => {
  const draftOf = (text: string) =>
    draftArticle({ text, referenceDate: '2022-01-13', registries: corpus().registries });

  it('reads a credit that names the agency first and then the photographer', () => {
    for (const [credit, caption] of [
      ['REUTERS/Pavel Mikheyev', 'Abschiedszeremonie in Almaty.'],
      ['dpa/Michael Kappeler', 'Demonstranten in Almaty'],
      ['Valery Sharifulin/imago images/ITAR-TASS', 'Friedenstruppe im Einsatz'],
    ]) {
      const data = frontmatterOf(draftOf(`date 2022-01 ${credit} ${caption}\n\nTokajew sprach.\n`).markdown);
      expect(data['photo']).toMatchObject({ credit, caption });
    }
  });

  it('suggests unknown names, not nouns after an article nor the first name of a registered person', () => {
    const result = draftOf(
      [
        'Der Präsident Kassym-Jomart Tokajew hatte die Partner um Hilfe gebeten.',
        '',
        'Eine Erhöhung der Treibstoffpreise Proteste ausgelöst. Viele werfen der Elite Bereicherung vor.',
        '',
        'Der Vizeminister Muchamedschan Talasow sprach mit der Moskauer Zeitung Kommersant und der Moskauer Tageszeitung.',
        '',
      ].join('\n'),
    );
    expect(result.found.unknownNames).toEqual(['Muchamedschan Talasow', 'Zeitung Kommersant', 'Moskauer Tageszeitung']);
  });

  it('warns where a date resolves after the reference date, as »am Wochenende« in a past sentence can', () => {
    const { markdown } = draftOf('Am Wochenende ebbten die Proteste in Almaty ab.\n');
    expect(markdown).toContain('# »Am Wochenende« → 2022-01-15/2022-01-16');
    expect(markdown).toContain('# This lies after the reference date. If the sentence tells of something past');
    expect(frontmatterOf(markdown)['reports'][0].status).toContain('the date lies after the reference date');
  });
});

describe('TODO values', () => {
  it('are found at any depth, with their path; placeholders say what they stand for', () => {
    expect(
      todoProblems({
        title: 'TODO: write the title',
        reports: [{ event: 'TODO-1', status: 'reported', notes: 'Kein TODO hier' }],
        source: { outlet: null, author: 'TODOROVA' },
      }),
    ).toEqual([
      { path: ['title'], message: 'TODO: write the title' },
      {
        path: ['reports', 0, 'event'],
        message: 'TODO-1: a placeholder; expected a registered id (the comment above it proposes one)',
      },
    ]);
  });
});

/**
 * The draft from a plain text (src/lib/editor/draft.ts) on a synthetic
 * text and registries: what it finds and proposes, what it leaves as TODO,
 * that the loader's reader refuses exactly those TODOs, and that the draft
 * passes every check once an editor has done them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseArticle } from '../../src/lib/analysis/analyse.ts';
import { draftArticle } from '../../src/lib/editor/draft.ts';
import { bestCandidate, type Candidate } from '../../src/lib/editor/draft-events.ts';
import { readArticleFile } from '../../src/lib/analysis/read-content.ts';
import { assertRegistries, readRegistries } from '../../src/lib/analysis/registries.ts';
import { isTodo, todoProblems } from '../../src/lib/analysis/todos.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
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

  it('lists registered actors and places by name, alias and inflected form, then the new ones', () => {
    expect(data['actors']).toEqual([{ id: 'tokajew', forms: ['Tokajews'] }, 'serdjukow', 'massimow']);
    expect(data['places']).toEqual(['almaty']);
    expect(result.markdown).toContain('  - massimow # new: actors/massimow.yaml, for »Karim Massimow« (Absatz 2)\n');
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
        event: 'abzug',
        status:
          'TODO: decide the status (reported, announced, planned, disputed, denied); the date lies after the reference date',
        evidence: 'Die Truppe beginne morgen mit dem Abzug, hieß es.',
        dateExpression: 'morgen',
      },
      {
        event: 'massimow-2022-01-03',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Karim Massimow wurde vergangene Woche festgenommen.',
        dateExpression: 'vergangene Woche',
      },
      {
        event: 'TODO-1',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Serdjukow schwieg am Abend des Tages.',
        dateExpression: 'am Abend des Tages',
        dateAnchor: 'TODO: the id of the event whose day »am Abend des Tages« counts from',
      },
      {
        event: 'almaty-2022-01-11',
        status: 'TODO: decide the status (reported, announced, planned, disputed, denied)',
        evidence: 'Soldaten im Einsatz: Patrouille in Almaty',
        evidenceIn: 'caption',
        dateExpression: '11.1.2022',
      },
    ]);
  });

  it('proposes the registered event that fits best: date, shared actors and places, shared words', () => {
    expect(result.markdown).toMatch(/- event: ankuendigung # proposal\n/);
    expect(result.markdown).toContain(
      '# Proposal: ankuendigung »Tokajew kündigt den Abzug an« (2022-01-11; names tokajew, almaty; shares »tokaj…«, »kündi…«, »abzug…«). Check that the sentence reports it.',
    );
    // »morgen«: the event of that day names nothing of the sentence, but says what it says (»Abzug«).
    expect(result.markdown).toContain('# Proposal: abzug »Beginn des Abzugs« (2022-01-13; shares »begin…«, »abzug…«).');
    expect(result.markdown).toContain(
      '#   ankuendigung »Tokajew kündigt den Abzug an« (2022-01-11; names almaty), reported above',
    );
    // »am Abend des Tages« counts from another event's day: probably the one reported just before.
    expect(result.markdown).toContain('# (probably the one of the report before it: massimow-2022-01-03).');
    // The caption's date fits »ankuendigung« too, but that event is reported above: one report per event.
    expect(result.found.reports.map((r) => r.event).filter((e) => e === 'ankuendigung')).toHaveLength(1);
  });

  it('writes a new event file where no registered event fits, with the date, precision, actors and places', () => {
    const file = result.files.find((f) => f.path === 'events/massimow-2022-01-03.yaml')!;
    expect(parse(file.text)).toEqual({
      title: 'TODO: what happened, as a short German heading (»Beginn des Abzugs der Friedenstruppe«)',
      date: '2022-01-03/2022-01-09',
      timePrecision: 'week',
      actors: ['massimow'],
      places: [],
    });
    expect(file.text).toContain('# »vergangene Woche« resolves to 2022-01-03/2022-01-09 (Montag bis Sonntag');
    expect(result.markdown).toContain('# New: content/events/massimow-2022-01-03.yaml, proposed for this sentence');
  });

  it('writes a file for each name no registry knows, with TODOs for what only a person can say', () => {
    expect(result.found.newNames).toEqual([{ name: 'Karim Massimow', kind: 'actor', id: 'massimow' }]);
    const file = result.files.find((f) => f.path === 'actors/massimow.yaml')!;
    expect(parse(file.text)).toEqual({
      name: 'Karim Massimow',
      kind: 'TODO: the kind of actor (person, organisation, state-body, media, state); the name looks like a person’s',
      roles: [{ role: 'TODO: the role, in German (»Präsident Kasachstans«)' }],
      aliases: ['Massimow'],
    });
    expect(result.markdown).not.toContain('Sprecher (');
  });

  it('writes a TODO wherever only a person can decide, and the reader refuses exactly those', () => {
    const read = readArticleFile(result.markdown, 'content/articles/entwurf.md');
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems).toHaveLength(todoProblems(data).length);
    expect(problems.every((p) => /^line \d+, [^:]+: TODO/.test(p))).toBe(true);
    const lineOf = (text: string) => result.markdown.split('\n').indexOf(text) + 1;
    expect(problems).toContain(
      `line ${lineOf('  - event: abzug # proposal') + 1}, reports[abzug].status: TODO: decide the status (reported, announced, planned, disputed, denied); the date lies after the reference date`,
    );
    expect(problems).toContain(
      `line ${lineOf('  - event: TODO-1')}, reports[TODO-1].event: TODO-1: a placeholder; expected a registered id (the comment above it proposes one)`,
    );
    for (const field of ['title', 'dek', 'referenceDate.note', 'source.outlet', 'source.author', 'source.url'])
      expect(problems.some((p) => p.includes(`, ${field}: TODO`))).toBe(true);
    // Every stub file has TODOs, which the registries refuse in the same way.
    for (const file of result.files) expect(todoProblems(parse(file.text)).length, file.path).toBeGreaterThan(0);
  });

  it('passes every check once the TODOs are done, in the article and in the new files', () => {
    const filled = (text: string, values: Record<string, string>) =>
      Object.entries(values).reduce(
        (t, [key, value]) => t.replace(new RegExp(`${key}: "TODO[^"]*"`), `${key}: ${value}`),
        text,
      );
    const stubs = Object.fromEntries(result.files.map((f) => [f.path, f.text]));
    const { registries } = corpus();
    const actorStub = parse(filled(stubs['actors/massimow.yaml']!, { kind: 'person', role: 'Geheimdienstchef' }));
    registries.actors.set('massimow', {
      id: 'massimow',
      file: 'actors/massimow.yaml',
      data: actorSchema.parse(actorStub),
    });
    for (const id of ['massimow-2022-01-03', 'almaty-2022-01-11']) {
      const event = parse(filled(stubs[`events/${id}.yaml`]!, { title: 'Ein Ereignis' }));
      registries.events.set(id, {
        id,
        file: `events/${id}.yaml`,
        data: eventSchema.parse({ ...event, dateSources: [TEST_SOURCE] }),
      });
    }
    const done = filled(result.markdown, {
      title: 'Ein Titel',
      dek: 'Ein Vorspann.',
      note: 'Geschrieben am Mittwoch.',
      outlet: 'null',
      author: 'null',
      url: 'null',
    })
      .replace(/"TODO: decide the status[^"]*"/g, 'reported')
      .replace('event: TODO-1', 'event: schweigen')
      .replace(/dateAnchor: "TODO[^"]*"/, 'dateAnchor: ankuendigung')
      // The withdrawal lies after the text's day: the editor decides it was announced, not reported.
      .replace(/(event: abzug # proposal\n(?:[ \t]+.*\n)*?[ \t]+status: )reported/, '$1announced');
    const read = readArticleFile(done, 'content/articles/entwurf.md');
    expect(read.ok && read.data.title).toBe('Ein Titel');
    if (!read.ok) return;
    const { problems } = analyseArticle({ slug: 'entwurf', data: read.data, body: read.body }, registries);
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

describe('a draft against registered events (tests/fixtures/draft)', () => {
  // tests/fixtures/draft/text.txt: a test text (not published content) about the January 2022 crisis.
  const fixture = join(ROOT, 'tests', 'fixtures', 'draft');
  const registries = assertRegistries(readRegistries(fixture, ROOT));
  const result = draftArticle({
    text: readFileSync(join(fixture, 'text.txt'), 'utf8'),
    referenceDate: '2022-01-19',
    registries,
  });

  it('proposes for each dated sentence the registered event that fits best, each event once', () => {
    expect(result.found.reports).toEqual([
      // »vergangene Woche« for an event known to the day: the week contains it, and Tokajew and »Rede« fit.
      { expression: 'vergangene Woche', event: 'tokajew-rede', proposed: true },
      { expression: 'Am Donnerstag vergangener Woche', event: 'abzug-beginn', proposed: true },
      // The same day again: the withdrawal is reported above, the airport fits by place and words.
      { expression: 'am Donnerstag vergangener Woche', event: 'flughafen-oeffnung', proposed: true },
      { expression: 'am Dienstag', event: 'parlament-2022-01-18', proposed: false },
    ]);
  });

  it('lists the runners-up beside each proposal', () => {
    expect(result.markdown).toContain(
      [
        "  # Proposal: tokajew-rede »Tokajew kündigt in seiner Rede vor dem Parlament den Abzug an« (2022-01-11, inside the expression's range; names tokajew; shares »tokaj…«, »rede…«, »parla…«). Check that the sentence reports it.",
        '  # Other registered events whose date agrees:',
        "  #   abzug-beginn »Beginn des Abzugs der Friedenstruppe« (2022-01-13, inside the expression's range; shares »abzug…«, »fried…«)",
        "  #   flughafen-oeffnung »Der Flughafen Almaty öffnet wieder« (2022-01-13, inside the expression's range)",
      ].join('\n'),
    );
  });

  it('proposes new actors and places by how German names them, not every capitalised word', () => {
    expect(result.found.newNames).toEqual([
      { name: 'Staatsfernsehen', kind: 'actor', id: 'staatsfernsehen' },
      { name: 'Parlament', kind: 'actor', id: 'parlament' },
      { name: 'Alichan Smailow', kind: 'actor', id: 'smailow' },
      { name: 'Armenien', kind: 'place', id: 'armenien' },
      { name: 'Belarus', kind: 'place', id: 'belarus' },
    ]);
    expect(result.files.map((f) => f.path)).toEqual([
      'actors/staatsfernsehen.yaml',
      'actors/parlament.yaml',
      'actors/smailow.yaml',
      'places/armenien.yaml',
      'places/belarus.yaml',
      'events/parlament-2022-01-18.yaml',
    ]);
    expect(parse(result.files.find((f) => f.path === 'events/parlament-2022-01-18.yaml')!.text)).toMatchObject({
      date: '2022-01-18',
      timePrecision: 'day',
      actors: ['parlament', 'smailow'],
    });
  });

  it('passes the analysis with every proposal kept, once the TODOs are decided', () => {
    const data = frontmatterOf(result.markdown);
    const decided = JSON.parse(JSON.stringify(data), (_key, value: unknown) => (isTodo(value) ? null : value));
    const stubIds = new Set(result.files.map((f) => f.path.replace(/^\w+\/|\.yaml$/g, '')));
    const filled = {
      ...decided,
      title: 'Titel',
      dek: 'Vorspann.',
      referenceDate: { ...decided.referenceDate, note: 'Geschrieben am 19. Januar 2022.' },
      // The new actors, places and events are the editor's to register; the proposals stay.
      actors: decided.actors.filter((a: string) => !stubIds.has(a)),
      places: decided.places.filter((p: string) => !stubIds.has(p)),
      reports: decided.reports
        .filter((r: { event: string }) => !stubIds.has(r.event))
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
    expect(result.found.newNames.map((n) => n.name)).toEqual([
      'Muchamedschan Talasow',
      'Zeitung Kommersant',
      'Moskauer Tageszeitung',
    ]);
  });

  it('proposes new names by how German names them, not every capitalised word', () => {
    const names = (text: string) => draftOf(`${text}\n`).found.newNames.map((n) => `${n.name} (${n.kind})`);
    // A word without article after a preposition of place, also in a coordination.
    expect(names('Die Delegation reiste nach Georgien und Armenien.')).toEqual([
      'Georgien (place)',
      'Armenien (place)',
    ]);
    // The definite subject of a verb of saying; not of any verb.
    expect(names('Die Sitzung war kurz. Das Parlament bestätigte den Minister.')).toEqual(['Parlament (actor)']);
    expect(names('Die Delegation reiste ab.')).toEqual([]);
    // Given name and surname after a title; the title is no part of the name.
    expect(names('US-Außenminister Antony Blinken warnte.')).toEqual(['Antony Blinken (actor)']);
    // Not: nouns after a preposition that go with many nouns, numerals, nouns after a contraction,
    // a compound with a prefix, a noun at the start of a sentence, a reflexive verb.
    expect(
      names(
        'Er bleibt in Haft. Wer Soldaten hat, kann von Glück reden. Tausende Soldaten kamen, im Westen Besorgnis über die Ex-Sowjetrepublik. Russische Medien berichteten. Die Lage beruhigte sich.',
      ),
    ).toEqual([]);
  });

  it('warns where a date resolves after the reference date, as »am Wochenende« in a past sentence can', () => {
    const { markdown } = draftOf('Am Wochenende ebbten die Proteste in Almaty ab.\n');
    expect(markdown).toContain('# »Am Wochenende« → 2022-01-15/2022-01-16');
    expect(markdown).toContain('# This lies after the reference date. If the sentence tells of something past');
    expect(frontmatterOf(markdown)['reports'][0].status).toContain('the date lies after the reference date');
  });
});

describe('a draft never loses a word of the text', () => {
  const draftOf = (text: string) =>
    draftArticle({ text, referenceDate: '2022-01-13', registries: corpus().registries });
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.sort() ?? [];
  const bodyOf = (markdown: string) => splitFrontmatter(markdown, 'entwurf.md').body;

  const LEDE = [
    'date 2022-01 Tokajew hat am Mittwoch in Almaty den Abzug angekündigt. Die Truppe geht.',
    '',
    'Serdjukow schwieg.',
    '',
    'Neuer Regierungschef',
    '',
    'Alichan Smailow übernimmt.',
    '',
  ].join('\n');

  it('keeps the words after the date of a metadata line without a photo credit as the first paragraph', () => {
    const result = draftOf(LEDE);
    const body = bodyOf(result.markdown);
    expect(body.trim().split('\n\n')[0]).toBe(
      'Tokajew hat am Mittwoch in Almaty den Abzug angekündigt. Die Truppe geht.',
    );
    expect(frontmatterOf(result.markdown)['published']).toBe('2022-01');
    expect(frontmatterOf(result.markdown)['photo']).toBeUndefined();
    // The lede's date is the event the article is about: it is a report.
    expect(result.found.reports[0]).toMatchObject({ expression: 'am Mittwoch' });
    expect(result.found.lede).toBe('Tokajew hat am Mittwoch in Almaty den Abzug angekündigt. Die Truppe geht.');
    expect(result.warnings).toContain(
      'The metadata line names no photo credit (no word like »Name/Agentur«): its words after the date are the first paragraph (»Tokajew hat am Mittwoch in Almaty den Abzug angekündigt. …«); the draft has no photo.',
    );
    expect(words(body)).toEqual(words(LEDE.replace('date 2022-01', '')));
  });

  it('makes a short line without final punctuation between paragraphs a subheading, numbered as none', () => {
    const result = draftOf(LEDE);
    const body = bodyOf(result.markdown);
    expect(body).toContain('\n\n## Neuer Regierungschef\n\n');
    expect(result.found.subheadings).toEqual(['Neuer Regierungschef']);
    expect(result.found.paragraphs).toBe(3);
    expect(result.warnings).toContain(
      'A short line without final punctuation between paragraphs became a subheading: »## Neuer Regierungschef«.',
    );
    // The paragraph after the subheading is the third: #absatz-3, as the page numbers it.
    const { analysis } = analyseArticle(
      {
        slug: 'entwurf',
        data: articleSchema.parse({
          title: 'T',
          dek: 'D',
          published: '2022-01',
          referenceDate: { date: '2022-01-13', note: 'N' },
          source: {},
          language: 'de',
        }),
        body,
      },
      corpus().registries,
    );
    expect(analysis.paragraphs.map((p) => [p.n, p.text])).toEqual([
      [1, 'Tokajew hat am Mittwoch in Almaty den Abzug angekündigt. Die Truppe geht.'],
      [2, 'Serdjukow schwieg.'],
      [3, 'Alichan Smailow übernimmt.'],
    ]);
    expect(analysis.subheadings).toEqual([{ id: 'zwischentitel-neuer-regierungschef', text: 'Neuer Regierungschef' }]);
  });

  it('leaves a line a paragraph where it is no subheading', () => {
    const text = [
      'Erste Zeile ohne Punkt',
      '',
      'Es war ruhig.',
      '',
      '- eine Aufzählung',
      '',
      'Tokajew sagte dazu am Mittwoch vor Journalisten in der Hauptstadt nichts weiter als das Nötigste',
      '',
      'Letzte Zeile ohne Punkt',
      '',
    ].join('\n');
    const result = draftOf(text);
    expect(result.found.subheadings).toEqual([]);
    expect(bodyOf(result.markdown)).not.toContain('## ');
    expect(words(bodyOf(result.markdown))).toEqual(words(text));
  });

  it('takes a surname after the full name for the same new actor, with one stub file', () => {
    const result = draftOf(
      'Der Präsident Alexander Lukaschenko schwieg lange.\n\nDann sagte Lukaschenko, die Truppe bleibe.\n',
    );
    const lukaschenko = result.found.newNames.filter((n) => n.name.includes('Lukaschenko'));
    expect(lukaschenko).toEqual([{ name: 'Alexander Lukaschenko', kind: 'actor', id: 'lukaschenko' }]);
    expect(result.files.map((f) => f.path).filter((path) => path.includes('lukaschenko'))).toEqual([
      'actors/lukaschenko.yaml',
    ]);
  });

  it('keeps a photo line a photo line, and a text without metadata line whole', () => {
    const photo = draftOf('date 2022-01 Max Muster/Testagentur Patrouille in Almaty\n\nTokajew sprach.\n');
    expect(photo.found.lede).toBeUndefined();
    expect(frontmatterOf(photo.markdown)['photo']).toMatchObject({ credit: 'Max Muster/Testagentur' });
    // A credit after the caption, as many sites write it.
    const last = draftOf(
      'date 2022-01 Die Niederschlagung der Proteste hat Spuren in Almaty hinterlassen. Foto: EPA\n\nTokajew sprach.\n',
    );
    expect(frontmatterOf(last.markdown)['photo']).toMatchObject({
      credit: 'EPA',
      caption: 'Die Niederschlagung der Proteste hat Spuren in Almaty hinterlassen.',
    });
    expect(last.found.lede).toBeUndefined();
    expect(bodyOf(last.markdown).trim()).toBe('Tokajew sprach.');
    const plain = draftOf('Tokajew sprach.\nSerdjukow schwieg.\n');
    expect(bodyOf(plain.markdown).trim()).toBe('Tokajew sprach.\n\nSerdjukow schwieg.');
    expect(plain.found.paragraphs).toBe(2);
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

describe('the registered event proposed for a dated sentence', () => {
  const candidate = (id: string, fit: Candidate['fit'], shared: string[] = [], words: string[] = []): Candidate => ({
    entry: { id, file: `events/${id}.yaml`, data: { title: id, date: '2022-01-13' } } as Candidate['entry'],
    score: (fit === 'exact' ? 3 : 2) + 2 * shared.length + words.length,
    fit,
    shared,
    words,
  });

  it('is the best fit that shares a name or a word, unless another fits as well', () => {
    const best = candidate('abzug', 'exact', ['actor:tokajew']);
    expect(bestCandidate([best, candidate('andere', 'contains')], new Set())).toBe(best);
    expect(bestCandidate([best, candidate('gleich', 'exact', ['actor:tokajew'])], new Set())).toBeUndefined();
    expect(bestCandidate([best], new Set(['abzug']))).toBeUndefined();
  });

  it('is the one event of exactly that day where the sentence shares nothing with any', () => {
    const day = candidate('abzug-beginn', 'exact');
    expect(bestCandidate([day, candidate('woche', 'contains')], new Set())).toBe(day);
    // Two events of that day, or only events the expression's range contains: the editor decides.
    expect(bestCandidate([day, candidate('zweites', 'exact')], new Set())).toBeUndefined();
    expect(bestCandidate([candidate('woche', 'contains')], new Set())).toBeUndefined();
  });
});

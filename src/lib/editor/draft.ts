/**
 * A first draft of an article from a plain German text: the text, every word
 * of it, below a frontmatter that proposes what can be found mechanically,
 * and the registry files for what the text names that no registry knows. It
 * never states a fact the text or the registries do not give; what only a
 * person can decide is a TODO:
 *
 * - the text itself (draft-text.ts): the metadata line of a delivered text
 *   (»date 2022-01 credit caption«: publication date, photo credit and
 *   caption, the caption's date; or the lede, where the line names no
 *   credit), paragraphs, and short lines as subheadings;
 * - title and dek: TODO, with candidates from the text as comments;
 * - every registered actor and place the text names by name, alias or a
 *   simple inflection (a form the registry lacks goes into `forms`), and
 *   every name no registry knows that looks like an actor or a place
 *   (draft-names.ts), with a stub file each;
 * - every date expression resolveDateExpression understands, resolved
 *   against the reference date, as a report whose evidence is its sentence:
 *   with the registered event that fits it best (draft-events.ts: date,
 *   shared actors and places, shared words), marked as a proposal with the
 *   runners-up beside it, or with a new event file proposed for it;
 * - status, titles, the article's source, the reference date's note: TODO.
 *
 * The content loader refuses every remaining TODO (src/lib/analysis/todos.ts),
 * in the article and in the stub files, so the draft fails the build with
 * exactly its TODOs until they are done.
 */
import { Document, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { findDateExpressions, resolveDateExpression, type ResolvedExpression } from '../format/dates.ts';
import { bodyParagraphs, type Paragraph } from '../analysis/analyse.ts';
import { bestCandidate, describeCandidate, eventStub, rankEvents, type DatedSentence } from './draft-events.ts';
import {
  findMentions,
  newNames,
  proposedId,
  SAYING,
  type EntityKind,
  type Mention,
  type NewName,
} from './draft-names.ts';
import { entityStub, eventStubFile, type StubFile } from './draft-stubs.ts';
import { draftText, type DraftText } from './draft-text.ts';
import { short } from '../analysis/problems.ts';
import type { Registries } from '../analysis/registries.ts';

export interface DraftInput {
  /** The plain text as delivered (its first line may be a metadata line). */
  text: string;
  /** The »today« of the text ("YYYY-MM-DD"), against which »am Dienstag« is resolved. */
  referenceDate: string;
  registries: Registries;
}

export interface Draft {
  /** The article file: frontmatter and the text. */
  markdown: string;
  /** Registry files for new actors, places and events, relative to the content folder. */
  files: StubFile[];
  /** What the draft found, for the report on the console. */
  found: {
    paragraphs: number;
    /** The subheadings the text's short lines became (»## …«). */
    subheadings: string[];
    /** The words of a metadata line that named no photo credit: now the first paragraph. */
    lede?: string | undefined;
    actors: string[];
    places: string[];
    reports: { expression: string; event: string; proposed: boolean }[];
    /** Names no registry knows, each with the id of its stub file. */
    newNames: { name: string; kind: EntityKind; id: string }[];
  };
  /** Things the editor should look at that are no TODO of the frontmatter. */
  warnings: string[];
}

const STATUSES = 'reported, announced, planned, disputed, denied';

/** The text as the analysis will read it: paragraphs with their sentences, and the registered names in them. */
interface ReadText extends DraftText {
  paragraphs: Paragraph[];
  mentions: Mention[];
  caption?: string | undefined;
  captionMentions: Mention[];
}

function readText(text: string, registries: Registries): ReadText {
  const drafted = draftText(text);
  const paragraphs = bodyParagraphs(drafted.body);
  const plain = drafted.body
    .trim()
    .split(/\n[ \t]*\n/)
    .filter((p) => !p.startsWith('## '))
    .map((p) => p.replace(/\s+/g, ' ').trim());
  const read = paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
  const warnings = [...drafted.warnings];
  if (plain.length !== read.length || plain.some((p, i) => p !== read[i])) {
    warnings.push(
      'Markdown does not read every paragraph as plain text (a line that starts with »1. «, »- «, »# « or »>«, or *, _, [ ] in the text): check the text below the frontmatter.',
    );
  }
  const caption = drafted.metadata?.photo?.caption;
  return {
    ...drafted,
    warnings,
    paragraphs,
    mentions: paragraphs.flatMap((p) => findMentions(p.text, p.n, registries)),
    caption,
    captionMentions: caption ? findMentions(caption, 0, registries) : [],
  };
}

type Listed = string | { id: string; forms: string[] };

/**
 * The registered actors and places the text names, in the order it names
 * them, with the inflected forms the registry lacks; a form shared by two
 * entities is left to the editor (`ambiguous`).
 */
function listEntities(mentions: readonly Mention[], registries: Registries) {
  const entities = new Map<string, { kind: EntityKind; id: string; forms: Set<string>; count: number }>();
  for (const m of mentions) {
    const key = `${m.kind}:${m.id}`;
    const entry = entities.get(key) ?? { kind: m.kind, id: m.id, forms: new Set(), count: 0 };
    if (m.inflected) entry.forms.add(m.text);
    entry.count += 1;
    entities.set(key, entry);
  }
  const formsOf = (kind: EntityKind, id: string): string[] => {
    const entry = kind === 'actor' ? registries.actors.get(id) : registries.places.get(id);
    return [entry!.data.name, ...entry!.data.aliases, ...(entities.get(`${kind}:${id}`)?.forms ?? [])];
  };
  const ambiguous: string[] = [];
  const owner = new Map<string, string>();
  for (const entry of [...entities.values()].sort((a, b) => b.count - a.count)) {
    const key = `${entry.kind}:${entry.id}`;
    const clash = formsOf(entry.kind, entry.id).find((f) => owner.has(f) && owner.get(f) !== key);
    if (clash) {
      ambiguous.push(`»${clash}« names ${owner.get(clash)!.replace(':', ' ')} and ${key.replace(':', ' ')}`);
      entities.delete(key);
      continue;
    }
    for (const f of formsOf(entry.kind, entry.id)) owner.set(f, key);
  }
  const listed = (kind: EntityKind): Listed[] =>
    [...entities.values()]
      .filter((e) => e.kind === kind)
      .map((e) => (e.forms.size ? { id: e.id, forms: [...e.forms] } : e.id));
  return { actors: listed('actor'), places: listed('place'), ambiguous };
}

type FoundName = NewName & { id: string };

/** Names no registry knows, once each, with an id no registry entry or other new name has. */
function findNewNames(read: ReadText, referenceDate: string, registries: Registries): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const p of read.paragraphs) {
    const ranges = [...read.mentions.filter((m) => m.paragraph === p.n), ...findDateExpressions(p.text, referenceDate)];
    for (const { name, kind } of newNames(p.text, p.sentences, ranges)) {
      // »Lukaschenko« after »Alexander Lukaschenko« (or before it) is the same new entity, not a second one.
      const known =
        found.get(name) ??
        [...found.values()].find(
          (f) => f.kind === kind && (f.name.endsWith(` ${name}`) || name.endsWith(` ${f.name}`)),
        );
      if (known) {
        if (name.length > known.name.length) {
          found.delete(known.name);
          known.name = name;
          found.set(name, known);
        }
        if (!known.paragraphs.includes(p.n)) known.paragraphs.push(p.n);
        continue;
      }
      const base = proposedId({ name, kind, paragraphs: [] }) || 'neu';
      const taken = (id: string) =>
        registries.actors.has(id) || registries.places.has(id) || [...found.values()].some((f) => f.id === id);
      let id = base;
      for (let i = 2; taken(id); i += 1) id = `${base}-${i}`;
      found.set(name, { name, kind, paragraphs: [p.n], id });
    }
  }
  return [...found.values()];
}

/** Every date expression of the text (and the caption's date) with its sentence: the reports to be. */
function datedSentences(read: ReadText, referenceDate: string, names: readonly FoundName[]): DatedSentence[] {
  const sentences: DatedSentence[] = [];
  for (const p of read.paragraphs) {
    for (const expression of findDateExpressions(p.text, referenceDate)) {
      const range = p.sentences.find((s) => s.start <= expression.start && expression.start < s.end)!;
      const sentence = p.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
      sentences.push({
        expression,
        sentence,
        evidenceIn: 'body',
        mentions: read.mentions.filter((m) => m.paragraph === p.n && m.start >= range.start && m.end <= range.end),
        newEntities: names.filter((n) => sentence.includes(n.name)).map((n) => `${n.kind}:${n.id}`),
      });
    }
  }
  const captionExpression = read.metadata?.photo?.captionDate;
  const resolved = captionExpression ? resolveDateExpression(captionExpression, referenceDate) : undefined;
  if (read.caption && resolved?.ok) {
    sentences.push({
      expression: { text: captionExpression!, start: 0, end: 0, resolution: resolved },
      sentence: read.caption,
      evidenceIn: 'caption',
      mentions: read.captionMentions,
      newEntities: [],
    });
  }
  return sentences;
}

interface DraftedReport {
  entry: Record<string, unknown>;
  notes: string[];
  expression: string;
  event: string;
  proposed: boolean;
}

/** A report whose expression names a day counted from another event (»am Vortag«): anchor and event are the editor's. */
function anaphoricReport(s: DatedSentence, placeholder: number, before: string | undefined): DraftedReport {
  const event = `TODO-${placeholder}`;
  return {
    entry: {
      event,
      status: `TODO: decide the status (${STATUSES})`,
      evidence: s.sentence,
      dateExpression: s.expression.text,
      dateAnchor: `TODO: the id of the event whose day »${s.expression.text}« counts from`,
    },
    notes: [
      `»${s.expression.text}« counts from the day of another event: dateAnchor is that event's id`,
      `(probably the one of the report before it${before ? `: ${before}` : ''}). Put the id of the event this`,
      'sentence reports here (npm run pruefen -- --ereignisse <days> lists the registered ones).',
    ],
    expression: s.expression.text,
    event,
    proposed: false,
  };
}

/**
 * The reports, one per dated sentence: the registered event that fits best
 * (one report per event), or a new event file; with the runners-up and the
 * resolution as comments.
 */
function draftReports(sentences: readonly DatedSentence[], registries: Registries, referenceDate: string) {
  const used = new Set<string>();
  const stubs: ReturnType<typeof eventStub>[] = [];
  let placeholder = 0;
  // The events of the reports so far, in text order: the last is the likely anchor of »am selben Tag«.
  const events: string[] = [];
  const reports = sentences.map((s): DraftedReport => {
    if (s.expression.resolution === 'anaphoric') return anaphoricReport(s, ++placeholder, events.at(-1));
    const resolution: ResolvedExpression = s.expression.resolution;
    const notes = [`»${s.expression.text}« → ${resolution.date} (${resolution.rule}; ${resolution.precision}).`];
    const candidates = rankEvents(s, resolution, registries.events.values());
    const best = bestCandidate(candidates, used);
    let event: string;
    if (best) {
      event = best.entry.id;
      used.add(event);
      notes.push(`Proposal: ${describeCandidate(best)}. Check that the sentence reports it.`);
    } else {
      const stub = eventStub(s, resolution, registries, new Set(stubs.map((e) => e.id)));
      stubs.push(stub);
      event = stub.id;
      notes.push(
        `New: content/events/${stub.id}.yaml, proposed for this sentence (date, precision, actors and places`,
        'from the text; its title is a TODO). If the sentence reports a registered event, put that id here',
        'and delete the file; if it reports none, delete both.',
      );
    }
    const others = candidates.filter((c) => c.entry.id !== event).slice(0, 3);
    if (others.length)
      notes.push(
        'Other registered events whose date agrees:',
        ...others.map((c) => `  ${describeCandidate(c)}${used.has(c.entry.id) ? ', reported above' : ''}`),
      );
    const future = resolution.range.start > referenceDate;
    if (future)
      notes.push(
        `This lies after the reference date. If the sentence tells of something past, it means an earlier`,
        `day than »${s.expression.text}« resolves to: delete dateExpression and date the event in its file (dateSources).`,
      );
    const entry = {
      event,
      status: `TODO: decide the status (${STATUSES})${future ? '; the date lies after the reference date' : ''}`,
      evidence: s.sentence,
      ...(s.evidenceIn === 'caption' ? { evidenceIn: 'caption' } : {}),
      dateExpression: s.expression.text,
    };
    events.push(event);
    return { entry, notes, expression: s.expression.text, event, proposed: !!best };
  });
  return { reports, stubs };
}

/** Builds the draft and the stub files; writes nothing. */
export function draftArticle({ text, referenceDate, registries }: DraftInput): Draft {
  const read = readText(text, registries);
  const entities = listEntities([...read.captionMentions, ...read.mentions], registries);
  const names = findNewNames(read, referenceDate, registries);
  const { reports, stubs } = draftReports(datedSentences(read, referenceDate, names), registries, referenceDate);
  const frontmatter = writeFrontmatter({ read, referenceDate, entities, names, reports });
  const files = [...names.map((n) => entityStub(n.id, n)), ...stubs.map(eventStubFile)];
  return {
    markdown: `---\n${frontmatter}---\n\n${read.body}`,
    files,
    found: {
      paragraphs: read.paragraphs.length,
      subheadings: read.subheadings,
      lede: read.metadata?.lede,
      actors: entities.actors.map((a) => (typeof a === 'string' ? a : a.id)),
      places: entities.places.map((p) => (typeof p === 'string' ? p : p.id)),
      reports: reports.map((r) => ({ expression: r.expression, event: r.event, proposed: r.proposed })),
      newNames: names.map(({ name, kind, id }) => ({ name, kind, id })),
    },
    warnings: read.warnings,
  };
}

interface FrontmatterInput {
  read: ReadText;
  referenceDate: string;
  entities: ReturnType<typeof listEntities>;
  names: readonly FoundName[];
  reports: readonly DraftedReport[];
}

const comment = (lines: readonly string[]) => lines.map((l) => ` ${l}`).join('\n');

/** A YAML mapping that gets its fields one by one, each with a comment before it or after its value. */
function fieldWriter(doc: Document) {
  const root = doc.contents as YAMLMap;
  return (key: string, value: unknown, commentBefore?: string, after?: string) => {
    root.add(doc.createPair(key, value));
    const pair = root.items.at(-1) as Pair<Scalar, Scalar>;
    if (commentBefore) (pair.key as Scalar).commentBefore = commentBefore;
    if (after && pair.value) pair.value.comment = after;
    return pair.value as unknown;
  };
}

/** The frontmatter: the article's own fields, then its actors, places, reports and claims. */
function writeFrontmatter(input: FrontmatterInput): string {
  const doc = new Document({});
  const set = fieldWriter(doc);
  writeHead(set, input);
  writePhoto(set, input.read, input.referenceDate);
  set('language', 'de');
  writeEntities(set, input);
  writeReports(set, input.reports);
  const claimSentences = input.read.paragraphs.flatMap((p) =>
    p.sentences
      .map((s) => p.text.slice(s.start, s.end).trim())
      .filter((s) => SAYING.test(s))
      .map((s) => `  Absatz ${p.n}: ${short(s, 100)}`),
  );
  set(
    'claims',
    [],
    comment([
      'Claims: who said what (see README). Sentences that report a statement:',
      ...(claimSentences.length ? claimSentences.slice(0, 10) : ['  (none found)']),
    ]),
  );
  return doc.toString({ lineWidth: 0 });
}

type SetField = ReturnType<typeof fieldWriter>;

/** Title, dek, publication and reference date, source: the text offers words, a person decides. */
function writeHead(set: SetField, { read, referenceDate }: FrontmatterInput): void {
  const first = read.paragraphs[0];
  const firstSentences = first ? first.sentences.map((s) => first.text.slice(s.start, s.end).trim()) : [];
  const titleCandidates = [read.caption?.split(':')[0]?.trim(), firstSentences[0]].filter(
    (c): c is string => !!c && c.length > 0,
  );
  set(
    'title',
    'TODO: write the title',
    comment([
      'A draft: every value that starts with TODO is for you to decide; the build refuses it until then.',
      'Comments (#) are proposals and notes; delete them when you like.',
      '',
      ...(titleCandidates.length
        ? ['Title: words of the text to start from:', ...titleCandidates.map((c) => `  ${short(c, 90)}`)]
        : []),
    ]),
  );
  set(
    'dek',
    'TODO: write the dek (one or two sentences)',
    firstSentences.length
      ? comment(['Dek: the text begins:', `  ${short(firstSentences.slice(0, 2).join(' '), 160)}`])
      : undefined,
  );
  if (read.metadata) set('published', read.metadata.published, undefined, ' from the metadata line');
  else set('published', 'TODO: the publication date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  set('referenceDate', {
    date: referenceDate,
    note: 'TODO: why this day is the text’s »today« (the day it was written, the issue it appeared in)',
  });
  set('source', {
    outlet: 'TODO: the outlet (or null if unknown)',
    author: 'TODO: the author (or null if unknown)',
    url: 'TODO: the address of the article (or null if unknown)',
  });
}

/** The photo of a metadata line that names a credit: caption, credit, the caption's date and place. */
function writePhoto(set: SetField, read: ReadText, referenceDate: string): void {
  const photoLine = read.metadata?.photo;
  if (!photoLine) return;
  const captionPlaces = [...new Set(read.captionMentions.filter((m) => m.kind === 'place').map((m) => m.id))];
  const resolved = photoLine.captionDate ? resolveDateExpression(photoLine.captionDate, referenceDate) : undefined;
  const captionDate = resolved?.ok && resolved.range.start === resolved.range.end ? resolved.date : undefined;
  const photo = set(
    'photo',
    {
      available: false,
      caption: read.caption || 'TODO: the caption (the metadata line names only the credit)',
      credit: photoLine.credit,
      ...(captionDate ? { date: captionDate } : {}),
      ...(captionPlaces.length === 1 ? { place: captionPlaces[0] } : {}),
    },
    comment([
      'From the metadata line: the credit ends with the last word that has a slash; check where the',
      'caption begins. available: false: the text came without the image file.',
    ]),
  ) as YAMLMap;
  const place = photo.get('place', true) as Scalar | undefined;
  if (place) place.comment = ' proposal: the place the caption names';
  const date = photo.get('date', true) as Scalar | undefined;
  if (date) date.comment = ` from »(${photoLine.captionDate})« at the end of the caption`;
}

/** Registered actors and places, then the new ones whose stub files the draft writes. */
function writeEntities(set: SetField, { entities, names }: FrontmatterInput): void {
  const added = (kind: EntityKind) => names.filter((n) => n.kind === kind).map((n) => n.id);
  const actors = set(
    'actors',
    [...entities.actors, ...added('actor')],
    comment([
      'Registered actors and places the text names, by name, alias or an inflected form (forms: the',
      'inflected forms the registry lacks), then the new ones (marked »new«) whose files the draft wrote',
      'with TODOs. Check them; a place the text lists as a guarded site gets',
      '{ id, evidence, guarded: true, guardedConfidence: { level, reason, sources } } (see README).',
      ...(entities.ambiguous.length
        ? ['Left out, a form names two entities (decide, or add forms):', ...entities.ambiguous.map((a) => `  ${a}`)]
        : []),
    ]),
  ) as YAMLSeq;
  const places = set('places', [...entities.places, ...added('place')]) as YAMLSeq;
  const mark = (list: YAMLSeq, kind: EntityKind) =>
    names
      .filter((n) => n.kind === kind)
      .forEach((n, i) => {
        const item = list.items[list.items.length - added(kind).length + i] as Scalar;
        item.comment = ` new: ${kind === 'actor' ? 'actors' : 'places'}/${n.id}.yaml, for »${n.name}« (Absatz ${n.paragraphs.join(', ')})`;
      });
  mark(actors, 'actor');
  mark(places, 'place');
}

/** The reports, each with its notes (resolution, proposal, runners-up) as the comment before it. */
function writeReports(set: SetField, reports: readonly DraftedReport[]): void {
  const list = set(
    'reports',
    reports.map((r) => r.entry),
    reports.length
      ? comment([
          'Every date expression of the text, resolved against the reference date, as a report whose',
          'evidence is its sentence. Delete the ones that report no event; shorten an evidence to the words',
          'that report it if you like (verbatim).',
        ])
      : comment(['The text has no date expression Lagebild understands.']),
  ) as YAMLSeq;
  reports.forEach((r, i) => {
    const item = list.items[i] as YAMLMap;
    item.commentBefore = comment(r.notes);
    if (r.proposed) (item.get('event', true) as Scalar).comment = ' proposal';
  });
}

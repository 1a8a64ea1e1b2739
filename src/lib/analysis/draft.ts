/**
 * A first draft of an article from a plain German text: the text untouched
 * below a frontmatter that proposes what can be found mechanically and marks
 * with a TODO what only a person can decide. It never states a fact the text
 * or the registries do not give:
 *
 * - the text itself, every word of it (draft-text.ts): the metadata line of
 *   a delivered text (»date 2022-01 credit caption«: publication date, photo
 *   credit and caption, the caption's date; or the lede, where the line names
 *   no credit), paragraphs, and short lines as subheadings;
 * - title and dek: TODO, with candidates from the text as comments;
 * - every registered actor and place the text names by name, alias or a
 *   simple inflection (-s, -n, -en, -es; a form the registry lacks goes into
 *   `forms`); capitalised names that match nothing, as comments;
 * - every date expression resolveDateExpression understands, resolved
 *   against the reference date, as a report whose evidence is its sentence:
 *   with the registered event whose date agrees (dateAgrees, the rule of the
 *   analysis) and that names what the sentence names, marked as a proposal,
 *   or `event: TODO-n` with a comment proposing a new event file;
 * - status, titles, the article's source, the reference date's note: TODO.
 *
 * The content loader refuses every remaining TODO (src/lib/analysis/todos.ts),
 * so the draft fails the build with exactly its TODOs until they are done.
 */
import { Document, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { dateAgrees, findDateExpressions, resolveDateExpression, type FoundExpression } from '../dates.ts';
import { bodyParagraphs, namePattern, type Range } from './analyse.ts';
import { draftText } from './draft-text.ts';
import { short } from './problems.ts';
import type { Entry, Registries } from './registries.ts';

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
    unknownNames: string[];
  };
  /** Things the editor should look at that are no TODO of the frontmatter. */
  warnings: string[];
}

type EntityKind = 'actor' | 'place';

interface Mention extends Range {
  kind: EntityKind;
  id: string;
  /** The words as they stand in the text. */
  text: string;
  /** Not a registered name or alias: an inflected form. */
  inflected: boolean;
  /** 1-based paragraph; 0 for the photo caption. */
  paragraph: number;
}

const STATUSES = 'reported, announced, planned, disputed, denied';
/** Endings a German text adds to a name: Tokajews, des Präsidenten, Kasachstans. */
const INFLECTION = '(?:es|en|s|n)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name with an optional German ending on its last word, as a whole word. */
function inflectedPattern(name: string): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?<ending>${INFLECTION})?(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every name, alias and (for names of four letters or more) inflected form of the registries in a text. */
function findMentions(text: string, paragraph: number, registries: Registries): Mention[] {
  const candidates: Mention[] = [];
  const search = (kind: EntityKind, entries: Map<string, Entry<{ name: string; aliases: string[] }>>) => {
    for (const { id, data } of entries.values()) {
      const names = [...new Set([data.name, ...data.aliases].map((n) => n.trim()).filter(Boolean))];
      for (const name of names) {
        const pattern = name.replace(/\s/g, '').length >= 4 ? inflectedPattern(name) : namePattern(name);
        for (const match of text.matchAll(pattern)) {
          const words = match[0].replace(/\s+/g, ' ');
          const inflected = !!match.groups?.['ending'] && !names.includes(words);
          const range = { start: match.index, end: match.index + match[0].length };
          candidates.push({ ...range, kind, id, text: words, inflected, paragraph });
        }
      }
    }
  };
  search('actor', registries.actors);
  search('place', registries.places);
  // The longest wins where two overlap (»Flughafen Almaty« over »Almaty«), as in the analysis.
  const chosen: Mention[] = [];
  for (const c of candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!chosen.some((o) => o.start < c.end && c.start < o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Capitalised words that start no name: articles, pronouns, conjunctions, adverbs, months, weekdays. */
const NOT_NAMES = new Set(
  (
    'Der Die Das Dem Den Des Ein Eine Einer Eines Einem Einen Im Am An Auf Aus Bei Mit Nach Von Vom Vor Zu Zum Zur ' +
    'Für Über Unter Um In Ins Es Er Sie Wir Ich Ihr Man Dies Diese Dieser Dieses Diesem Diesen Dass Doch Denn Aber ' +
    'Und Oder So Als Wie Wenn Wer Was Wo Noch Auch Nur Schon Dabei Dafür Dazu Damit Danach Dann Daher Deshalb Hinzu ' +
    'Insgesamt Gleichwohl Außerdem Zudem Allein Einmal Seit Bis Ab Laut Gegen Trotz Während Wegen Jedoch Hatte Hat ' +
    'Ist War Sind Waren Soll Sollte Wird Werden Kam Herr Frau Sein Seine Ihre Ihren Jede Jeder Alle Viele Kein Keine ' +
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August ' +
    'September Oktober November Dezember Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf'
  ).split(' '),
);
/** Endings of transliterated names (Massimow, Nasarbajewa, Taldykorgan no; Kasachstan, Almaty yes). */
const NAME_ENDING = /(?:ow|ew|owa|ewa|jew|jewa|ski|skij|sky|enko|stan|aty|grad|ogorsk|abad)s?$/u;
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;

/** A single word that looks like a name: an acronym, a hyphenated name, a transliterated ending. */
const nameShaped = (word: string) =>
  /^\p{Lu}{2,}[\p{Lu}\d-]*$/u.test(word) || /-[\p{Lu}\d]/u.test(word) || NAME_ENDING.test(word);

/** Lowercase articles: a run of capitalised words after one is a noun phrase (»der Elite Bereicherung«). */
const ARTICLES = /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s+$/u;

/**
 * Names the registries do not know: runs of capitalised words inside a
 * sentence (»Karim Massimow«, »Moskauer Zeitung«) and single words shaped
 * like a name. German capitalises every noun, so a single ordinary word
 * (»Regierung«) is not suggested, nor are nouns after an article (»der
 * Treibstoffpreise Proteste«) unless a word is shaped like a name or the
 * first is an adjective of a place (»der Moskauer Zeitung«). Words just
 * before a registered name belong to it (»Präsident Kassym-Jomart Tokajew«).
 */
function unknownNames(text: string, sentences: readonly Range[], taken: readonly Range[]): string[] {
  const names: string[] = [];
  for (const sentence of sentences) {
    const part = text.slice(sentence.start, sentence.end);
    const words = [...part.matchAll(CAPITALISED)].map((m) => ({
      word: m[0],
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    let run: typeof words = [];
    const flush = () => {
      // A title before a name (»Geheimdienstchef Karim Massimow«) is no part of it.
      while (run.length > 2 && !nameShaped(run[0]!.word)) run.shift();
      const shaped = run.some((w) => nameShaped(w.word));
      // Every sentence starts with a capital: there, only a word shaped like a name counts.
      const atStart = run.length > 0 && /^\P{L}*$/u.test(text.slice(sentence.start, run[0]!.start));
      const nounPhrase =
        run.length > 0 && ARTICLES.test(text.slice(sentence.start, run[0]!.start)) && !/er$/u.test(run[0]!.word);
      if (shaped || (run.length > 1 && !atStart && !nounPhrase)) names.push(run.map((w) => w.word).join(' '));
      run = [];
    };
    for (const w of words) {
      const registered = taken.some((t) => t.start < w.end && w.start < t.end);
      const free = !registered && !NOT_NAMES.has(w.word);
      const previous = run.at(-1);
      const adjacent = previous && /^ $/.test(text.slice(previous.end, w.start));
      if (registered && adjacent) run = [];
      else if (previous && (!free || !adjacent)) flush();
      if (free) run.push(w);
    }
    flush();
  }
  return names;
}

/** Sentences that say who said what: candidates for claims. */
const SAYING =
  /\b(?:sagte|sagten|erklärte|erklärten|kündigte|betonte|warnte|teilte|meldete|verkündete|forderte|bestätigte|dementierte|reagierte|nach Angaben|zufolge)\b/u;

interface ReportDraft {
  expression: FoundExpression;
  sentence: string;
  evidenceIn: 'body' | 'caption';
  mentions: Mention[];
}

/** Builds the draft; writes nothing. */
export function draftArticle({ text, referenceDate, registries }: DraftInput): Draft {
  const { body, metadata, subheadings, warnings } = draftText(text);

  // The text as the analysis will read it: paragraphs, sentences, mentions, dates.
  const paragraphs = bodyParagraphs(body);
  const plain = body
    .trim()
    .split(/\n[ \t]*\n/)
    .filter((p) => !p.startsWith('## '))
    .map((p) => p.replace(/\s+/g, ' ').trim());
  const read = paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
  if (plain.length !== read.length || plain.some((p, i) => p !== read[i])) {
    warnings.push(
      'Markdown does not read every paragraph as plain text (a line that starts with »1. «, »- «, »# « or »>«, or *, _, [ ] in the text): check the text below the frontmatter.',
    );
  }
  const mentions = paragraphs.flatMap((p) => findMentions(p.text, p.n, registries));
  const caption = metadata?.photo?.caption;
  const captionMentions = caption ? findMentions(caption, 0, registries) : [];

  // Actors and places, in the order the text names them; a form shared by two entities is left to the editor.
  const entities = new Map<string, { kind: EntityKind; id: string; forms: Set<string>; count: number }>();
  for (const m of [...captionMentions, ...mentions]) {
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
  const listed = (kind: EntityKind) =>
    [...entities.values()]
      .filter((e) => e.kind === kind)
      .map((e) => (e.forms.size ? { id: e.id, forms: [...e.forms] } : e.id));

  // Date expressions: each a report whose evidence is its sentence.
  const reportDrafts: ReportDraft[] = [];
  for (const p of paragraphs) {
    for (const expression of findDateExpressions(p.text, referenceDate)) {
      const sentence = p.sentences.find((s) => s.start <= expression.start && expression.start < s.end)!;
      reportDrafts.push({
        expression,
        // A line break inside the sentence is a space in YAML: quotes match across whitespace.
        sentence: p.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim(),
        evidenceIn: 'body',
        mentions: mentions.filter((m) => m.paragraph === p.n && m.start >= sentence.start && m.end <= sentence.end),
      });
    }
  }
  let captionDate: string | undefined;
  const captionExpression = metadata?.photo?.captionDate;
  if (captionExpression && caption) {
    const resolved = resolveDateExpression(captionExpression, referenceDate);
    if (resolved.ok && resolved.range.start === resolved.range.end) captionDate = resolved.date;
    if (resolved.ok) {
      reportDrafts.push({
        expression: { text: captionExpression, start: 0, end: 0, resolution: resolved },
        sentence: caption,
        evidenceIn: 'caption',
        mentions: captionMentions,
      });
    }
  }

  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  const set = (key: string, value: unknown, commentBefore?: string, comment?: string) => {
    root.add(doc.createPair(key, value));
    const pair = root.items.at(-1) as Pair<Scalar, Scalar>;
    if (commentBefore) (pair.key as Scalar).commentBefore = commentBefore;
    if (comment && pair.value) pair.value.comment = comment;
    return pair.value as unknown;
  };
  const comment = (lines: readonly string[]) => lines.map((l) => ` ${l}`).join('\n');

  // Title and dek: a person writes them; the text offers words.
  const firstSentences = paragraphs[0]
    ? paragraphs[0].sentences.map((s) => paragraphs[0]!.text.slice(s.start, s.end).trim())
    : [];
  const titleCandidates = [caption?.split(':')[0]?.trim(), firstSentences[0]].filter(
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
        ? ['Title: words of the text to start from:', ...titleCandidates.map((c) => `  ${short(c)}`)]
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
  if (metadata) set('published', metadata.published, undefined, ' from the metadata line');
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
  const photoLine = metadata?.photo;
  if (photoLine) {
    const captionPlaces = [...new Set(captionMentions.filter((m) => m.kind === 'place').map((m) => m.id))];
    const photo = set(
      'photo',
      {
        available: false,
        caption: caption || 'TODO: the caption (the metadata line names only the credit)',
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
  set('language', 'de');

  const actors = listed('actor');
  const places = listed('place');
  set(
    'actors',
    actors,
    comment([
      'Registered actors and places the text names, by name, alias or an inflected form (forms: the',
      'inflected forms the registry lacks). Check them; a place the text lists as a guarded site gets',
      '{ id, evidence, guarded: true, guardedConfidence: { level, reason, sources } } (see README).',
      ...(ambiguous.length
        ? ['Left out, a form names two entities (decide, or add forms):', ...ambiguous.map((a) => `  ${a}`)]
        : []),
    ]),
  );
  set('places', places);

  // Reports.
  const usedEvents = new Set<string>();
  let placeholder = 0;
  const reportNodes = reportDrafts.map((r) => {
    const resolution = r.expression.resolution;
    const names = new Set(r.mentions.map((m) => `${m.kind}:${m.id}`));
    const notes: string[] = [];
    let event: string;
    let proposed = false;
    const entry: Record<string, unknown> = {};
    if (resolution === 'anaphoric') {
      placeholder += 1;
      event = `TODO-${placeholder}`;
      notes.push(
        `»${r.expression.text}« names the day of another event: dateAnchor is that event's id`,
        '(probably the one of the date expression before it). Register this event in content/events/',
        'with the same date, or choose a registered one, and put its id here.',
      );
      Object.assign(entry, {
        event,
        status: `TODO: decide the status (${STATUSES})`,
        evidence: r.sentence,
        dateExpression: r.expression.text,
        dateAnchor: `TODO: the id of the event whose day »${r.expression.text}« means`,
      });
    } else {
      notes.push(`»${r.expression.text}« → ${resolution.date} (${resolution.rule}; ${resolution.precision}).`);
      const candidates = [...registries.events.values()]
        .filter((e) => dateAgrees(resolution, e.data))
        .map((e) => ({
          entry: e,
          shared: [...e.data.actors.map((id) => `actor:${id}`), ...e.data.places.map((id) => `place:${id}`)].filter(
            (k) => names.has(k),
          ),
        }))
        .sort((a, b) => b.shared.length - a.shared.length || a.entry.id.localeCompare(b.entry.id));
      const best = candidates[0];
      const unique = best && best.shared.length > 0 && candidates[1]?.shared.length !== best.shared.length;
      if (best && unique && !usedEvents.has(best.entry.id)) {
        event = best.entry.id;
        proposed = true;
        usedEvents.add(event);
        notes.push(
          `Proposal: ${event} »${best.entry.data.title}« (${best.entry.data.date}): its date agrees, and it names`,
          `what the sentence names (${best.shared.map((k) => k.split(':')[1]).join(', ')}). Check that the sentence reports it.`,
        );
      } else {
        placeholder += 1;
        event = `TODO-${placeholder}`;
        const actorsHere = [...new Set(r.mentions.filter((m) => m.kind === 'actor').map((m) => m.id))];
        const placesHere = [...new Set(r.mentions.filter((m) => m.kind === 'place').map((m) => m.id))];
        if (best && unique) notes.push(`(${best.entry.id} fits too, but is reported above: one report per event.)`);
        if (candidates.length)
          notes.push(
            'Registered events whose date agrees:',
            ...candidates
              .slice(0, 6)
              .map(
                (c) =>
                  `  ${c.entry.id} »${short(c.entry.data.title, 60)}« (${c.entry.data.date})` +
                  (c.shared.length ? `, names ${c.shared.map((k) => k.split(':')[1]).join(', ')}` : ''),
              ),
          );
        notes.push(
          `If the sentence reports ${candidates.length ? 'one of them, put its id here; if it reports ' : ''}an event no file registers, add`,
          'content/events/<id>.yaml, e.g.',
          '  title: TODO (German)',
          `  date: ${resolution.date}`,
          `  timePrecision: ${resolution.precision}`,
          ...(resolution.timeOfDay ? [`  timeOfDay: ${resolution.timeOfDay}`] : []),
          ...(actorsHere.length ? [`  actors: [${actorsHere.join(', ')}]`] : []),
          ...(placesHere.length ? [`  places: [${placesHere.join(', ')}]`] : []),
          'and put its id here. If it reports no event, delete this report.',
        );
      }
      const future = resolution.range.start > referenceDate;
      if (future)
        notes.push(
          `This lies after the reference date. If the sentence tells of something past, it means an earlier`,
          `day than »${r.expression.text}« resolves to: delete dateExpression and date the event in its file (dateSources).`,
        );
      Object.assign(entry, {
        event,
        status: `TODO: decide the status (${STATUSES})${future ? '; the date lies after the reference date' : ''}`,
        evidence: r.sentence,
        ...(r.evidenceIn === 'caption' ? { evidenceIn: 'caption' } : {}),
        dateExpression: r.expression.text,
      });
    }
    return { entry, notes, expression: r.expression.text, event, proposed };
  });
  const reports = set(
    'reports',
    reportNodes.map((r) => r.entry),
    reportNodes.length
      ? comment([
          'Every date expression of the text, resolved against the reference date, as a report whose',
          'evidence is its sentence. Delete the ones that report no event; shorten an evidence to the words',
          'that report it if you like (verbatim).',
        ])
      : comment(['The text has no date expression Lagebild understands.']),
  ) as YAMLSeq;
  reportNodes.forEach((r, i) => {
    const item = reports.items[i] as YAMLMap;
    item.commentBefore = comment(r.notes);
    if (r.proposed) (item.get('event', true) as Scalar).comment = ' proposal';
  });

  const claimSentences = paragraphs.flatMap((p) =>
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

  const unknown = new Map<string, number[]>();
  for (const p of paragraphs) {
    const ranges = [...mentions.filter((m) => m.paragraph === p.n), ...findDateExpressions(p.text, referenceDate)];
    for (const name of unknownNames(p.text, p.sentences, ranges))
      unknown.set(name, [...(unknown.get(name) ?? []), p.n]);
  }
  if (unknown.size) {
    doc.comment = comment([
      'Names no registry knows (capitalised words that match no actor or place): register those the',
      'analysis needs in content/actors/ or content/places/ and list them above.',
      ...[...unknown].map(([name, where]) => `  ${name} (Absatz ${[...new Set(where)].join(', ')})`),
    ]);
  }

  const frontmatter = doc.toString({ lineWidth: 0 });
  return {
    markdown: `---\n${frontmatter}---\n\n${body}`,
    found: {
      paragraphs: paragraphs.length,
      subheadings,
      lede: metadata?.lede,
      actors: actors.map((a) => (typeof a === 'string' ? a : a.id)),
      places: places.map((p) => (typeof p === 'string' ? p : p.id)),
      reports: reportNodes.map((r) => ({ expression: r.expression, event: r.event, proposed: r.proposed })),
      unknownNames: [...unknown.keys()],
    },
    warnings,
  };
}

/**
 * The events of a draft: for each dated sentence, the registered events
 * ranked by how well they fit (date, shared actors and places, shared
 * words), the best proposed and the runners-up listed; where none fits, a
 * new event file proposed with the date of the expression, its precision
 * and the actors and places of the sentence.
 */
import type { EventData } from '../../schemas/event.ts';
import { dateAgrees, type FoundExpression, type ResolvedExpression } from '../format/dates.ts';
import type { Mention } from './draft-names.ts';
import type { Entry, Registries } from '../analysis/registries.ts';

/** A sentence with a date expression: a report to be. */
export interface DatedSentence {
  expression: FoundExpression;
  /** The sentence, on one line (a quote matches across whitespace). */
  sentence: string;
  evidenceIn: 'body' | 'caption';
  /** Registered actors and places the sentence names. */
  mentions: Mention[];
  /** New actors and places (stub files of this draft) the sentence names: "actor:massimow". */
  newEntities: string[];
}

export interface Candidate {
  entry: Entry<EventData>;
  score: number;
  /** The event's date is the expression's (exact), or lies in its range (contains: the text is less precise). */
  fit: 'exact' | 'contains';
  /** Actors and places both name: "actor:tokajew". */
  shared: string[];
  /** Words of the sentence in the event's title (by their first five letters). */
  words: string[];
}

/** How much each kind of agreement weighs: the date first, then who and where, then words. */
const WEIGHT = { exact: 3, contains: 2, shared: 2, word: 1 } as const;
/** At most this many words count. */
const MAX_WORDS = 3;
/** A word that says what a sentence is about: a noun or name, or a long lowercase word. */
const CONTENT_WORD = /^(?:\p{Lu}[\p{L}-]{3,}|\p{Ll}{7,})$/u;

/**
 * The words that say what a sentence is about: nouns and names (capitalised,
 * four letters or more) and long lowercase words (participles such as
 * »festgenommen«), each by its first five letters so that »Abzugs« and
 * »Abzug« agree. A stem is no lemma, but a title and a sentence about the
 * same event share their nouns.
 */
function stems(text: string): Set<string> {
  return new Set(
    (text.match(/[\p{L}-]+/gu) ?? []).filter((w) => CONTENT_WORD.test(w)).map((w) => w.toLowerCase().slice(0, 5)),
  );
}

/** The registered events whose date agrees with the expression, best first. */
export function rankEvents(
  sentence: DatedSentence,
  resolution: ResolvedExpression,
  events: Iterable<Entry<EventData>>,
): Candidate[] {
  const named = new Set(sentence.mentions.map((m) => `${m.kind}:${m.id}`));
  const words = stems(sentence.sentence);
  const candidates: Candidate[] = [];
  for (const entry of events) {
    if (!dateAgrees(resolution, entry.data)) continue;
    const exact = entry.data.date === resolution.date;
    const shared = [...entry.data.actors.map((id) => `actor:${id}`), ...entry.data.places.map((id) => `place:${id}`)]
      .filter((k) => named.has(k))
      .sort();
    const common = [...stems(entry.data.title)].filter((w) => words.has(w)).slice(0, MAX_WORDS);
    const score =
      (exact ? WEIGHT.exact : WEIGHT.contains) + WEIGHT.shared * shared.length + WEIGHT.word * common.length;
    candidates.push({ entry, score, fit: exact ? 'exact' : 'contains', shared, words: common });
  }
  return candidates.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}

/**
 * The best candidate, where it names or says something the sentence does and
 * no other fits as well; or, where the sentence shares nothing with any, the
 * one registered event of exactly that day (»am Donnerstag« for the day the
 * withdrawal began), since a text rarely repeats an event's title.
 */
export function bestCandidate(candidates: readonly Candidate[], used: ReadonlySet<string>): Candidate | undefined {
  const open = candidates.filter((c) => !used.has(c.entry.id));
  const [best, next] = open;
  if (!best) return undefined;
  if (best.shared.length + best.words.length === 0) {
    const exact = candidates.filter((c) => c.fit === 'exact');
    return exact.length === 1 && exact[0] === best ? best : undefined;
  }
  return next && next.score === best.score ? undefined : best;
}

/** "Tokajew kündigt den Abzug an (2022-01-11; names tokajew, almaty; words abzug)": why a candidate fits. */
export function describeCandidate(c: Candidate): string {
  const why = [
    c.fit === 'exact' ? c.entry.data.date : `${c.entry.data.date}, inside the expression's range`,
    ...(c.shared.length ? [`names ${c.shared.map((k) => k.split(':')[1]).join(', ')}`] : []),
    ...(c.words.length ? [`shares ${c.words.map((w) => `»${w}…«`).join(', ')}`] : []),
  ];
  return `${c.entry.id} »${c.entry.data.title}« (${why.join('; ')})`;
}

export interface EventStub {
  id: string;
  date: string;
  timePrecision: ResolvedExpression['precision'];
  timeOfDay?: string | undefined;
  actors: string[];
  places: string[];
  /** Why: the expression and the sentence, for the file's comment. */
  expression: string;
  sentence: string;
  rule: string;
}

/**
 * A new event for a sentence no registered event fits: the expression's date
 * and precision, the actors and places the sentence names (registered or
 * new), and an id from the first of them and the day (»massimow-2022-01-03«)
 * that no registered event and no other stub has.
 */
export function eventStub(
  sentence: DatedSentence,
  resolution: ResolvedExpression,
  registries: Registries,
  taken: ReadonlySet<string>,
): EventStub {
  const of = (kind: 'actor' | 'place') => [
    ...new Set([
      ...sentence.mentions.filter((m) => m.kind === kind).map((m) => m.id),
      ...sentence.newEntities.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1)),
    ]),
  ];
  const actors = of('actor');
  const places = of('place');
  const base = `${actors[0] ?? places[0] ?? 'ereignis'}-${resolution.range.start}`;
  let id = base;
  for (let i = 2; registries.events.has(id) || taken.has(id); i += 1) id = `${base}-${i}`;
  return {
    id,
    date: resolution.date,
    timePrecision: resolution.precision,
    timeOfDay: resolution.timeOfDay,
    actors,
    places,
    expression: sentence.expression.text,
    sentence: sentence.sentence,
    rule: resolution.rule,
  };
}

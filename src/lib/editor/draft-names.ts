/**
 * Names in a draft's text: the registered actors and places it names (by
 * name, alias or a simple inflection), and the names no registry knows yet,
 * each with the kind of entity it most likely is.
 */
import { slugify } from '../format/urls.ts';
import { namePattern, type Range } from '../analysis/analyse.ts';
import type { Entry, Registries } from '../analysis/registries.ts';

export type EntityKind = 'actor' | 'place';

export interface Mention extends Range {
  kind: EntityKind;
  id: string;
  /** The words as they stand in the text. */
  text: string;
  /** Not a registered name or alias: an inflected form. */
  inflected: boolean;
  /** 1-based paragraph; 0 for the photo caption. */
  paragraph: number;
}

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
export function findMentions(text: string, paragraph: number, registries: Registries): Mention[] {
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

/**
 * Capitalised words of closed word classes, which start no name: articles,
 * pronouns, prepositions, conjunctions, adverbs, auxiliaries, numerals (also
 * the numeral nouns »Hunderte«, »Tausende«), months, weekdays.
 */
const NOT_NAMES = new Set(
  (
    'Der Die Das Dem Den Des Ein Eine Einer Eines Einem Einen Im Am An Auf Aus Bei Mit Nach Von Vom Vor Zu Zum Zur ' +
    'Für Über Unter Um In Ins Es Er Sie Wir Ich Ihr Man Dies Diese Dieser Dieses Diesem Diesen Dass Doch Denn Aber ' +
    'Und Oder So Als Wie Wenn Wer Was Wo Noch Auch Nur Schon Dabei Dafür Dazu Damit Danach Dann Daher Deshalb Hinzu ' +
    'Insgesamt Gleichwohl Außerdem Zudem Allein Einmal Seit Bis Ab Laut Gegen Trotz Während Wegen Jedoch Hatte Hat ' +
    'Ist War Sind Waren Soll Sollte Wird Werden Kam Herr Frau Sein Seine Ihre Ihren Jede Jeder Alle Viele Kein Keine ' +
    'Inzwischen Zunächst Zuvor Bereits Später Heute Gestern Morgen Zwischen Ohne Neben Hinter ' +
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August ' +
    'September Oktober November Dezember Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf ' +
    'Dutzend Dutzende Hunderte Tausende Zehntausende Hunderttausende Millionen Milliarden'
  ).split(' '),
);
/** Endings of transliterated names of people and of place names (Massimow, Nasarbajewa; Kasachstan, Almaty). */
const PERSON_ENDING = /(?:ow|ew|owa|ewa|jew|jewa|ski|skij|sky|enko)s?$/u;
const PLACE_ENDING = /(?:stan|aty|grad|ogorsk|abad)s?$/u;
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
/** Endings of German common nouns (Regierung, Freiheit, Botschaft, Region, Ergebnis, Truppen; not -ien: Armenien). */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|ion|tät|ismus|nis|tum|ment|ur|ik|e|(?<!i)en|er|el)$/u;

/**
 * An acronym (OVKS), or a hyphenated name whose parts are names (»Kassym-
 * Schomart«, »Ust-Kamenogorsk«). A compound whose first part is a short
 * prefix or an acronym is a noun (»Ex-Sowjetrepublik«, »US-Außenminister«):
 * a German compound's last part is its head.
 */
function shapedLikeName(word: string): boolean {
  if (/^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(word)) return true;
  const parts = word.split('-');
  if (parts.length > 1)
    return parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) && !/^\p{Lu}{2,}$/u.test(parts[0]!) && parts[0]!.length >= 3;
  return PERSON_ENDING.test(word) || PLACE_ENDING.test(word);
}

/** Lowercase articles and contractions: a run of capitalised words after one is a noun phrase (»im Westen Besorgnis«). */
const ARTICLE_BEFORE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|im|am|vom|zum|zur|beim|ins)\s+$/u;
/**
 * A preposition of place, direction or origin right before a word, or before
 * a name it is coordinated with: »in Belarus«, »aus Moskau«, »nach Armenien
 * und Belarus« (»von«, »bei«, »über« go with too many other nouns: »von Glück«).
 */
const PLACE_PREPOSITION = /(?:^|\s)(?:in|nach|aus)\s+(?:\p{Lu}[\p{L}-]*\s+(?:und|oder|sowie)\s+)?$/u;
/** Verbs that report a statement (»sagte«, »meldete«): who does so is an actor, and the sentence a claim to be. */
const SAYING_VERBS =
  'sagte sagten erklärte erklärten kündigte betonte warnte teilte meldete meldeten berichtete berichteten verkündete forderte bestätigte dementierte reagierte'.split(
    ' ',
  );
/** Sentences that say who said what: candidates for claims. */
export const SAYING = new RegExp(`\\b(?:${SAYING_VERBS.join('|')}|nach Angaben|zufolge)\\b`, 'u');
/** The subject of such a verb, right before it: »Das Staatsfernsehen meldete«, »das Parlament bestätigte«. */
const SPEAKING_SUBJECT = new RegExp(`^\\s+(?:${SAYING_VERBS.join('|')})(?![\\p{L}])`, 'u');

export interface NewName {
  name: string;
  kind: EntityKind;
  /** The paragraphs that name it. */
  paragraphs: number[];
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** The kind a run of capitalised words names, or undefined where it is no name (see newNames). */
function nameKind(text: string, sentence: Range, run: Word[]): EntityKind | undefined {
  const first = run[0]!;
  const last = run.at(-1)!;
  const before = text.slice(sentence.start, first.start);
  const atStart = /^\P{L}*$/u.test(before);
  const afterArticle = ARTICLE_BEFORE.test(before);
  if (run.length === 1) {
    if (shapedLikeName(first.word)) return PLACE_ENDING.test(first.word) ? 'place' : 'actor';
    // A word without article after a preposition of place: a place's name (»in Belarus«), unless shaped like a noun.
    if (PLACE_PREPOSITION.test(before) && !NOUN_ENDING.test(first.word) && first.word.length > 4) return 'place';
    // The definite subject of a verb of saying: an institution (»Das Staatsfernsehen meldete«).
    if (/(?:^|\s)[Dd](?:as|er|ie)\s+$/u.test(before) && SPEAKING_SUBJECT.test(text.slice(first.end, sentence.end)))
      return 'actor';
    return undefined;
  }
  // Two nouns in a row are two phrases (»im Westen Besorgnis«); a name has a part shaped like one, or an
  // adjective of a place before a noun (»Moskauer Zeitung«), or is a person's given name and surname.
  if (run.some((w) => shapedLikeName(w.word))) return PLACE_ENDING.test(last.word) ? 'place' : 'actor';
  // Every sentence starts with a capital: there, only a word shaped like a name counts.
  if (atStart) return undefined;
  if (/er$/u.test(first.word) && run.length === 2) return 'actor';
  return afterArticle ? undefined : 'actor';
}

/**
 * Names the registries do not know: runs of capitalised words inside a
 * sentence (»Karim Massimow«, »Moskauer Zeitung«), single words shaped like
 * a name (an acronym, a transliterated ending), a word without article after
 * a preposition of place (»nach Armenien«), and the definite subject of a
 * verb of saying (»Das Parlament bestätigte«). German capitalises every
 * noun, so an ordinary noun is not suggested, nor nouns after an article or
 * a contraction (»im Westen Besorgnis«), nor numerals (»Tausende
 * Soldaten«), nor compounds with a prefix (»Ex-Sowjetrepublik«). Words
 * just before a registered name belong to it (»Präsident Kassym-Jomart Tokajew«).
 */
export function newNames(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
): Omit<NewName, 'paragraphs'>[] {
  const names: Omit<NewName, 'paragraphs'>[] = [];
  for (const sentence of sentences) {
    const words: Word[] = [...text.slice(sentence.start, sentence.end).matchAll(CAPITALISED)].map((m) => ({
      word: m[0],
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    let run: Word[] = [];
    const flush = () => {
      // A title before a name (»Geheimdienstchef Karim Massimow«) is no part of it.
      while (run.length > 2 && !shapedLikeName(run[0]!.word)) run.shift();
      const kind = run.length ? nameKind(text, sentence, run) : undefined;
      if (kind) names.push({ name: run.map((w) => w.word).join(' '), kind });
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

/** Whether a new actor's name is a person's: given name and a transliterated surname (»Karim Massimow«). */
export const isPersonName = (name: string) => name.includes(' ') && PERSON_ENDING.test(name.split(' ').at(-1)!);

/** A readable id for a new entity: a person's surname (»massimow«), else the whole name (»staatsfernsehen«). */
export function proposedId(name: NewName): string {
  const words = name.name.split(' ');
  return slugify(
    name.kind === 'actor' && words.length > 1 && PERSON_ENDING.test(words.at(-1)!) ? words.at(-1)! : name.name,
  );
}

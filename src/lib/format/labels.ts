/** German labels for the values of the content model (the site speaks German). */
import type { Actor, Claim, Event, Place, Source } from '../analysis/model.ts';
import type { ConfidenceData } from '../../schemas/shared.ts';
import { formatNumber, radiusLabel } from './coordinates.ts';
import type { PlaceGeometry } from '../analysis/areas.ts';
import { formatPartialDate } from './dates.ts';

export const actorKindLabel: Record<Actor['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  'state-body': 'Staatliche Stelle',
  media: 'Medium',
  state: 'Staat',
};

export const placeKindLabel: Record<Place['kind'], string> = {
  city: 'Stadt',
  government: 'Regierung',
  transport: 'Verkehr',
  finance: 'Finanzen',
  media: 'Medien',
  military: 'Militär',
  port: 'Hafen',
  industry: 'Industrie',
  market: 'Markt',
  space: 'Raumfahrt',
  region: 'Region',
  country: 'Staat',
};

export const statusLabel: Record<Event['status'], string> = {
  reported: 'berichtet',
  announced: 'angekündigt',
  planned: 'geplant',
  disputed: 'umstritten',
  denied: 'dementiert',
};

export const stanceLabel: Record<Claim['stance'], string> = {
  asserts: 'behauptet',
  announces: 'kündigt an',
  denies: 'widerspricht',
  warns: 'warnt',
  criticises: 'kritisiert',
  rejects: 'weist zurück',
};

/** The stance's verb for a speaker whose name is a plural (»Kasachische Dienststellen kündigen an«). */
const stancePluralLabel: Record<Claim['stance'], string> = {
  asserts: 'behaupten',
  announces: 'kündigen an',
  denies: 'widersprechen',
  warns: 'warnen',
  criticises: 'kritisieren',
  rejects: 'weisen zurück',
};

/** The stance as the verb after its speaker, in the speaker's grammatical number. */
export function stanceVerb(stance: Claim['stance'], speaker: Pick<Actor, 'plural'> | undefined): string {
  return (speaker?.plural ? stancePluralLabel : stanceLabel)[stance];
}

/** How one claim relates to another, as a verb: "A widerspricht B". */
export const relationLabel: Record<'contradicts' | 'qualifies' | 'answers', string> = {
  contradicts: 'widerspricht',
  qualifies: 'schränkt ein',
  answers: 'antwortet auf',
};

/** Who draws the relation. */
export const relationByLabel: Record<Claim['contradicts'][number]['by'], string> = {
  sources: 'laut den Quellen',
  author: 'laut Autor',
  analysis: 'laut Analyse',
};

/** How sure the analysis is (the level's word is always shown: colour never carries it alone). */
export const confidenceLabel: Record<ConfidenceData['level'], string> = {
  high: 'hoch',
  medium: 'mittel',
  low: 'niedrig',
};

export const geoPrecisionLabel: Record<Place['geoPrecision'], string> = {
  1: 'genauer Ort',
  2: 'ungefähre Lage',
  3: 'nur Region',
};

/**
 * A place's area as a reader reads it, from its geometry (the one decision,
 * `placeGeometry`): »Umkreis ca. 1.000 km« for a circle, »Umriss: Natural
 * Earth« for a country or sea, nothing for an exact site.
 */
export function areaLabel(geometry: PlaceGeometry): string | undefined {
  if (geometry.kind === 'circle') return radiusLabel(geometry.radiusKm);
  if (geometry.kind === 'outline') return 'Umriss: Natural Earth';
  return undefined;
}

/** What the reader needs to know about where the place really is, said as the map draws it. */
export function precisionNote(place: Pick<Place, 'geoPrecision' | 'geometry'>): string {
  const { geometry } = place;
  if (geometry.kind === 'outline') {
    return geometry.of === 'country'
      ? 'Ein Staat: die Karte zeigt seine Grenzen (Natural Earth).'
      : 'Ein Gewässer: die Karte zeigt seine Küstenlinie (Natural Earth).';
  }
  if (geometry.kind === 'point') return 'Genauer Ort: die Markierung zeigt die Lage selbst.';
  const area = radiusLabel(geometry.radiusKm);
  return place.geoPrecision === 3
    ? `Nur die Region ist bekannt: der Kreis zeigt den ${area}.`
    : `Ungefähre Lage: der Kreis zeigt den ${area}, in dem der Ort liegt.`;
}

export const languageLabel: Record<string, string> = {
  en: 'englisch',
  ru: 'russisch',
  kk: 'kasachisch',
  de: 'deutsch',
};

/** A source as one line of text for lists ("Titel – Herausgeber, Datum, Fundstelle"). */
export function sourceLabel(source: Pick<Source, 'title' | 'publisher' | 'date' | 'locator'>): string {
  const extra = [source.publisher, source.date ? formatPartialDate(source.date) : undefined, source.locator].filter(
    Boolean,
  );
  return extra.length ? `${source.title} – ${extra.join(', ')}` : source.title;
}

/**
 * A source as it is cited beside a fact (»junge Welt, 13. Januar 2022, Seite 3«): publisher and
 * date, or publisher and title where it has no date; the page's source list gives it in full.
 */
export function citeLabel(source: Pick<Source, 'title' | 'publisher' | 'date' | 'locator'>): string {
  const who = source.publisher
    ? source.date
      ? `${source.publisher}, ${formatPartialDate(source.date)}`
      : `${source.publisher}: ${source.title}`
    : source.title;
  return source.locator ? `${who}, ${source.locator}` : who;
}

/**
 * A source in full as a list of sources gives it, led by its citation so the
 * reader finds what she clicked: »junge Welt, 13. Januar 2022: Krise in Kasachstan«,
 * »Wikipedia: Almaty« (undated), the title first where there is no publisher.
 */
export function sourceEntryLabel(source: Pick<Source, 'title' | 'publisher' | 'date'>): string {
  const lead = citeLabel({ ...source, locator: undefined });
  if (!source.publisher) return source.date ? `${source.title}, ${formatPartialDate(source.date)}` : source.title;
  return source.date ? `${lead}: ${source.title}` : lead;
}

/** The note beside a source from a designated outlet (src/config/outlets.ts), or undefined. */
export function designationLabel(source: Pick<Source, 'designation'>): string | undefined {
  return source.designation ? `Hinweis: ${source.designation}` : undefined;
}

/** "1 Ort", "3 Orte": a count with the German form that fits it. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)}\u00a0${count === 1 ? singular : plural}`;
}

const andList = new Intl.ListFormat('de', { type: 'conjunction' });

/**
 * The line a folded list of claims shows: how many and who made them, each
 * speaker once ("3 Aussagen zum Ereignis: Tokajew und Serdjukow").
 */
export function claimsFoldLabel(speakers: readonly string[]): string {
  const who = andList.format([...new Set(speakers)]);
  return `${countLabel(speakers.length, 'Aussage', 'Aussagen')} zum Ereignis: ${who}`;
}

const GUARD_LIST = 'der Liste der von OVKS-Truppen bewachten Objekte';

/** The map's lead: how many places the article(s) name and how many of them are on the list of guarded sites. */
export function mapLead(places: number, guarded: number, oneArticle: boolean): string {
  const named = `${oneArticle ? 'Der Artikel nennt' : 'Die Artikel nennen'} ${countLabel(places, 'Ort', 'Orte')}`;
  if (guarded === 0) return `${named}; ${places === 1 ? 'er steht nicht' : 'keiner davon steht'} auf ${GUARD_LIST}.`;
  if (guarded === places) return `${named}; ${places === 1 ? 'er steht' : 'alle stehen'} auf ${GUARD_LIST}.`;
  return `${named}, ${guarded === 1 ? 'einer davon steht' : `${formatNumber(guarded)} davon stehen`} auf ${GUARD_LIST}.`;
}

/** The places section's intro in an article: how many of its places are guarded sites. */
export function guardedIntro(places: number, guarded: number): string {
  if (guarded === places) {
    return places === 1
      ? `Der Ort steht auf ${GUARD_LIST}.`
      : `Alle ${formatNumber(places)} Orte stehen auf ${GUARD_LIST}.`;
  }
  return guarded === 1
    ? `Einer der ${countLabel(places, 'Ort', 'Orte')} steht auf ${GUARD_LIST}.`
    : `${formatNumber(guarded)} der ${countLabel(places, 'Ort', 'Orte')} stehen auf ${GUARD_LIST}.`;
}

/** The timeline's lead: how many events, from one article or all. */
export function timelineLead(events: number, oneArticle: boolean): string {
  const who = oneArticle ? 'der Artikel datiert' : 'die Artikel datieren';
  if (events === 0) return `Keine Ereignisse, die ${who}.`;
  return events === 1
    ? `Das eine Ereignis, das ${who}.`
    : `Alle ${formatNumber(events)} Ereignisse, die ${who}, in zeitlicher Folge.`;
}

/** Where a place's coordinates come from: estimated by the analysis (»geschätzt«), or the source that gives them. */
export interface CoordinatesOrigin {
  estimated: boolean;
  /** »geschätzt: …« or »nach Almaty – Wikipedia, 43°16′39″ N, 76°53′45″ O«. */
  label: string;
  url?: string | undefined;
}

export function coordinatesOrigin(
  place: Pick<Place, 'coordinatesSource' | 'coordinatesEstimated'>,
): CoordinatesOrigin | undefined {
  if (place.coordinatesEstimated) return { estimated: true, label: `geschätzt: ${place.coordinatesEstimated}` };
  if (place.coordinatesSource) {
    return {
      estimated: false,
      label: `nach ${sourceLabel(place.coordinatesSource)}`,
      url: place.coordinatesSource.url,
    };
  }
  return undefined;
}

/** Kinds in the plural, for group headings with more than one entry (»Personen«, »Städte«). */
const actorKindPlural: Record<Actor['kind'], string> = {
  person: 'Personen',
  organisation: 'Organisationen',
  'state-body': 'Staatliche Stellen',
  media: 'Medien',
  state: 'Staaten',
};

/** Place categories that are count nouns get their plural; the others (»Verkehr«, »Militär«) are names of fields. */
const placeKindPlural: Record<Place['kind'], string> = {
  ...placeKindLabel,
  city: 'Städte',
  port: 'Häfen',
  market: 'Märkte',
  region: 'Regionen',
  country: 'Staaten',
};

/** A group heading's label: the kind in the singular for one entry, else in the plural. */
export function kindGroupLabel(type: 'actor' | 'place', kind: string, count: number): string {
  const singular: Record<string, string> = type === 'actor' ? actorKindLabel : placeKindLabel;
  const plural: Record<string, string> = type === 'actor' ? actorKindPlural : placeKindPlural;
  return (count === 1 ? singular[kind] : plural[kind]) ?? kind;
}

/** Between the first and the latest reports of a long history: "1 weiterer Bericht", "995 weitere Berichte". */
export function moreReportsLabel(count: number): string {
  return count === 1 ? '1 weiterer Bericht' : `${formatNumber(count)} weitere Berichte`;
}

/** The lead of one page of the timeline: which of a month's events it holds. */
export function timelinePageLead(page: {
  monthLabel: string;
  number: number;
  of: number;
  first: number;
  last: number;
  total: number;
}): string {
  const { monthLabel, first, last, total } = page;
  if (page.of === 1) {
    return total === 1
      ? `Das eine Ereignis im ${monthLabel}.`
      : `Die ${formatNumber(total)} Ereignisse im ${monthLabel}, in zeitlicher Folge.`;
  }
  return `Seite ${page.number} von ${page.of}: die Ereignisse ${formatNumber(first)} bis ${formatNumber(last)} der ${formatNumber(total)} im ${monthLabel}, in zeitlicher Folge.`;
}

/** Before the articles of one page of an entity: "1.000 Artikel, auf dieser Seite 20:". */
export function entityArticlesLabel(total: number, onPage: number, page: number): string {
  return `${countLabel(total, 'Artikel', 'Artikel')}, auf Seite ${formatNumber(page)} ${onPage === 1 ? 'dieser eine' : `diese ${formatNumber(onPage)}`}:`;
}

/** The home page's link to the whole list: "Alle 1.000 Artikel". */
export function moreArticlesLabel(total: number): string {
  return `Alle ${formatNumber(total)} Artikel`;
}

/** The filter's link to the articles it leaves out: "1 älterer in der Artikelliste", "48 ältere …". */
export function olderArticlesLabel(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'älterer' : 'ältere'} in der Artikelliste`;
}

/**
 * A place's names at other times, one entry per name with its periods:
 * »Astana (1998–2019; seit September 2022)«, »Alma-Ata (1921–1993)«.
 */
export function historicalNameLabels(names: Place['historicalNames']): { name: string; label: string }[] {
  const periods = new Map<string, string[]>();
  for (const { name, from, until } of names) {
    const period =
      from && until
        ? `${formatPartialDate(from)}–${formatPartialDate(until)}`
        : from
          ? `seit ${formatPartialDate(from)}`
          : until
            ? `bis ${formatPartialDate(until)}`
            : undefined;
    const list = periods.get(name) ?? [];
    if (period) list.push(period);
    periods.set(name, list);
  }
  return [...periods].map(([name, list]) => ({ name, label: list.length ? `${name} (${list.join('; ')})` : name }));
}

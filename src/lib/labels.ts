/** German labels for the values of the content model (the site speaks German). */
import type { Actor, Claim, Event, Place, Source } from './analysis/model.ts';
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

export const geoPrecisionLabel: Record<Place['geoPrecision'], string> = {
  1: 'genauer Ort',
  2: 'Ort oder Umgebung',
  3: 'nur Region',
};

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


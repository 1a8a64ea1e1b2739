/**
 * A place as the site shows it: its registry facts labelled in German once
 * (`placeView`), shared by the article page, the place pages, the map's rows
 * (and through them the GeoJSON export and the static maps). Each of those
 * adds what is its own (the article's mentions, the pages' lists, the map's
 * position) to this one view or takes a `Pick` of it.
 */
import type { Confidence, Place, Source } from '../analysis/model.ts';
import { formatCoordinates } from '../format/coordinates.ts';
import {
  areaLabel,
  coordinatesOrigin,
  geoPrecisionLabel,
  historicalNameLabels,
  placeKindLabel,
  precisionNote,
  type CoordinatesOrigin,
} from '../format/labels.ts';
import { placeUrl } from '../format/urls.ts';

export interface PlaceView {
  id: string;
  name: string;
  kind: Place['kind'];
  /** »Stadt«, »Verkehr«, … */
  kindLabel: string;
  /** The place's own page (/orte/<id>/). */
  href: string;
  /** Other names, without the name itself. */
  aliases: string[];
  /** Names at other times, labelled with their periods (»Alma-Ata (1921–1993)«), and their sources. */
  historicalNames: { name: string; label: string }[];
  historicalNameSources: Source[];
  /** [latitude, longitude]. */
  coordinates: [number, number];
  coordinatesLabel: string;
  /** Where the coordinates come from (a source, or estimated). */
  coordinatesOrigin: CoordinatesOrigin | undefined;
  geoPrecision: Place['geoPrecision'];
  precisionLabel: string;
  /** Point, circle or outline, as the model decided (placeGeometry). */
  geometry: Place['geometry'];
  /** »Umkreis ca. 15 km«, »Umriss: Natural Earth«; undefined for an exact site. */
  areaLabel: string | undefined;
  /** What the reader must know about the precision, said as the map draws it. */
  precisionNote: string;
  /** ISO 3166-1 numeric code of a country. */
  country: string | undefined;
  /** How sure the analysis is of the location. */
  confidence?: Confidence | undefined;
  wikidata?: string | undefined;
  notes?: string | undefined;
  sources: Source[];
}

/** The place's view, built once from the resolved place: every page and export reads its labels from here. */
export function placeView(place: Place): PlaceView {
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    kindLabel: placeKindLabel[place.kind],
    href: placeUrl(place.id),
    aliases: place.aliases.filter((x) => x !== place.name),
    historicalNames: historicalNameLabels(place.historicalNames),
    historicalNameSources: [
      ...new Map(place.historicalNames.flatMap((n) => n.sources).map((s) => [`${s.id} ${s.locator}`, s])).values(),
    ],
    coordinates: place.coordinates,
    coordinatesLabel: formatCoordinates(place.coordinates),
    coordinatesOrigin: coordinatesOrigin(place),
    geoPrecision: place.geoPrecision,
    precisionLabel: geoPrecisionLabel[place.geoPrecision],
    geometry: place.geometry,
    areaLabel: areaLabel(place.geometry),
    precisionNote: precisionNote(place),
    country: place.country,
    confidence: place.confidence,
    wikidata: place.wikidata,
    notes: place.notes,
    sources: place.sources,
  };
}

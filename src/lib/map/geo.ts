/**
 * The places of all articles as the map shows them: one row per place, with
 * its category, precision, quote and sources in German, and the GeoJSON
 * export built from the same rows. Pure: takes validated article data.
 */
import { archiveLink, type ArchiveLink } from '../format/archive.ts';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { mapConfig, type ContextCity, type TileLayerConfig } from '../../config/map.ts';
import { countryLabels, type Bounds, type CountryLabel } from './basemap.ts';
import type { Confidence, Place, ResolvedArticle } from '../analysis/model.ts';
import { placeKinds } from '../../schemas/place.ts';
import type { PlaceGeometry } from '../analysis/areas.ts';
import { designationLabel, sourceLabel } from '../views/article.ts';
import { eventView } from '../views/event.ts';
import { placeView, type PlaceView } from '../views/place.ts';
import { evidenceAnchor } from '../format/evidence.ts';
import { confidenceLabel, kindGroupLabel } from '../format/labels.ts';
import type { TimelineLocator } from '../format/urls.ts';
import { articleUrl, factCheckAnchor, placeAnchor } from '../format/urls.ts';

type PlaceKind = Place['kind'];
type GeoPrecision = Place['geoPrecision'];

interface MapLink {
  label: string;
  href: string;
}

/**
 * An event at a place, with its date from the event's one view (views/event.ts):
 * the map's time control (»Stand am …«) compares `start` with the chosen day.
 */
interface MapEvent extends MapLink {
  /** The event's first day, "YYYY-MM-DD" (its parsed range's start). */
  start: string;
  /** »Dienstag, 11. Januar 2022«, »ca. 2.–7. Januar 2022«. */
  dateLabel: string;
}

interface MapSource {
  label: string;
  title: string;
  url?: string;
  /** The note on a designated outlet (src/config/outlets.ts). */
  designation?: string;
  /** Its copy in the Internet Archive, or the link that looks it up for the access date. */
  archive?: ArchiveLink;
}

/**
 * A row of the map: the place's one view (views/place.ts), narrowed to what
 * the map shows and named as its script reads it (`lat`/`lng`, `precision`,
 * `placeHref`), with what the map gathers across articles.
 */
export interface MapPlace extends Pick<
  PlaceView,
  | 'id'
  | 'name'
  | 'kind'
  | 'kindLabel'
  | 'coordinatesLabel'
  | 'coordinatesOrigin'
  | 'precisionLabel'
  | 'geometry'
  | 'areaLabel'
  | 'precisionNote'
  | 'country'
> {
  /** The anchor id on the map page and in the article: "ort-<id>". */
  anchor: string;
  /** A short name for the map's label, where the registry gives one. */
  mapLabel?: string | undefined;
  guarded: boolean;
  /** How sure the analysis is of the location, and (where guarded) of the guard. */
  confidence: Confidence | undefined;
  guardedConfidence: Confidence | undefined;
  /** »Bewachung: niedrig« (made here, so that the map's script needs no labels module). */
  guardLabel: string | undefined;
  lat: number;
  lng: number;
  precision: GeoPrecision;
  within: { id: string; name: string } | undefined;
  quote: string | undefined;
  quoteHref: string | undefined;
  notes: string | undefined;
  factChecks: { note: string; href: string }[];
  events: MapEvent[];
  article: { slug: string; title: string; href: string };
  /** The place's own page (/orte/<id>/). */
  placeHref: string;
  sources: MapSource[];
}

export interface MapArticle {
  slug: string;
  data: ResolvedArticle;
}

const kindRank = (kind: PlaceKind): number => placeKinds.indexOf(kind);

/** Map rows in table order: by category (as listed in the schema), guarded first, then by name. */
function sortPlaces<T extends Pick<MapPlace, 'kind' | 'guarded' | 'name'>>(places: readonly T[]): T[] {
  return [...places].sort(
    (a, b) =>
      kindRank(a.kind) - kindRank(b.kind) ||
      Number(b.guarded) - Number(a.guarded) ||
      a.name.localeCompare(b.name, 'de'),
  );
}

/**
 * Every place of every article, once, in table order. One merge rule, as on
 * the place pages: the facts are the registry's (the same in every article);
 * a place is guarded if any article lists it so; the first article (newest)
 * gives the quote, and events (in date order) and notes of every article are gathered.
 * `placeName` finds the name of a place that contains another (`within`)
 * where no article names it. `locate` links an event to its entry on the timeline.
 */
export function mapPlaces(
  articles: readonly MapArticle[],
  locate: TimelineLocator,
  placeName: (id: string) => string | undefined = () => undefined,
): MapPlace[] {
  const rows = new Map<string, MapPlace>();
  const names = new Map(articles.flatMap(({ data }) => data.places.map((p) => [p.id, p.name] as const)));
  for (const { slug, data } of articles) {
    const href = articleUrl(slug);
    for (const p of data.places) {
      const factChecks = data.factChecks
        .filter((f) => f.about.places.includes(p.id))
        .map((f) => ({ note: f.note, href: `${href}#${factCheckAnchor(f.id)}` }));
      const events = data.events
        .filter((e) => e.places.includes(p.id))
        .map(eventView)
        .map((e) => ({ label: e.title, href: locate(e.id), start: e.datetime, dateLabel: e.dateLabel }));
      const existing = rows.get(p.id);
      if (existing) {
        if (p.guarded && !existing.guarded) {
          existing.guardedConfidence = p.guardedConfidence;
          existing.guardLabel = guardLabel(p.guardedConfidence);
        }
        existing.guarded ||= p.guarded;
        if (!existing.quote && p.evidence) {
          existing.quote = p.evidence;
          existing.quoteHref = `${href}#${evidenceAnchor('place', p.id)}`;
        }
        existing.factChecks.push(...factChecks);
        existing.events.push(...events.filter((e) => !existing.events.some((x) => x.href === e.href)));
        continue;
      }
      const withinName = p.within ? (names.get(p.within) ?? placeName(p.within)) : undefined;
      const view = placeView(p);
      rows.set(p.id, {
        id: view.id,
        anchor: placeAnchor(p.id),
        name: view.name,
        mapLabel: p.mapLabel,
        kind: view.kind,
        kindLabel: view.kindLabel,
        guarded: p.guarded,
        confidence: p.confidence,
        guardedConfidence: p.guardedConfidence,
        guardLabel: guardLabel(p.guardedConfidence),
        lat: view.coordinates[0],
        lng: view.coordinates[1],
        coordinatesLabel: view.coordinatesLabel,
        coordinatesOrigin: view.coordinatesOrigin,
        precision: view.geoPrecision,
        precisionLabel: view.precisionLabel,
        geometry: view.geometry,
        areaLabel: view.areaLabel,
        precisionNote: view.precisionNote,
        country: view.country,
        within: p.within && withinName ? { id: p.within, name: withinName } : undefined,
        quote: p.evidence,
        quoteHref: p.evidence ? `${href}#${evidenceAnchor('place', p.id)}` : undefined,
        notes: p.notes,
        factChecks,
        events,
        article: { slug, title: data.title, href },
        placeHref: view.href,
        sources: p.sources.map((s) => ({
          label: sourceLabel(s),
          title: s.title,
          ...(s.url ? { url: s.url } : {}),
          ...(s.designation ? { designation: designationLabel(s)! } : {}),
          ...(archiveLink(s) ? { archive: archiveLink(s)! } : {}),
        })),
      });
    }
  }
  // A place's events in the order they happened (gathered from several articles, they come by article).
  for (const row of rows.values()) row.events.sort((a, b) => a.start.localeCompare(b.start));
  return sortPlaces([...rows.values()]);
}

export interface PlaceGroup {
  kind: PlaceKind;
  label: string;
  places: MapPlace[];
}

/** The rows grouped by category, in the schema's order; empty categories left out. */
export function groupByKind(places: readonly MapPlace[]): PlaceGroup[] {
  return placeKinds
    .map((kind) => {
      const members = places.filter((p) => p.kind === kind);
      return { kind, label: kindGroupLabel('place', kind, members.length), places: members };
    })
    .filter((g) => g.places.length > 0);
}

export interface PlaceProperties {
  id: string;
  name: string;
  category: PlaceKind;
  categoryLabel: string;
  precision: GeoPrecision;
  precisionLabel: string;
  /** How the map draws the place: a point, the circle of `radiusKm`, or an outline (a country, a sea). */
  geometry: PlaceGeometry['kind'];
  /** The circle's radius; null for a point and an outline. */
  radiusKm: number | null;
  /** »Umkreis ca. 15 km«, »Umriss: Natural Earth«; null for an exact site. */
  areaLabel: string | null;
  guarded: boolean;
  /** How sure the analysis is of the location and of the guard: level (high, medium, low) and reason. */
  confidence: { level: string; reason: string } | null;
  guardedConfidence: { level: string; reason: string } | null;
  /** How the analysis estimated the coordinates, where no source gives them. */
  coordinatesEstimated: string | null;
  within: string | null;
  quote: string | null;
  quoteUrl: string | null;
  notes: string | null;
  sources: { title: string; url: string | null }[];
  article: { slug: string; title: string; url: string };
  url: string;
}

const guardLabel = (c: Confidence | undefined) => (c ? `Bewachung: ${confidenceLabel[c.level]}` : undefined);

const levelAndReason = (c: Confidence | undefined) => (c ? { level: c.level, reason: c.reason } : null);

/**
 * The open-data export: a GeoJSON FeatureCollection (RFC 7946: positions are
 * [longitude, latitude]). `absolute` turns a site path into a full URL.
 */
export function placesGeoJson(
  places: readonly MapPlace[],
  absolute: (path: string) => string = (path) => path,
): FeatureCollection<Point, PlaceProperties> {
  const features = places.map((p): Feature<Point, PlaceProperties> => ({
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
    properties: {
      id: p.id,
      name: p.name,
      category: p.kind,
      categoryLabel: p.kindLabel,
      precision: p.precision,
      precisionLabel: p.precisionLabel,
      geometry: p.geometry.kind,
      radiusKm: p.geometry.kind === 'circle' ? p.geometry.radiusKm : null,
      areaLabel: p.areaLabel ?? null,
      guarded: p.guarded,
      confidence: levelAndReason(p.confidence),
      guardedConfidence: levelAndReason(p.guardedConfidence),
      coordinatesEstimated: p.coordinatesOrigin?.estimated ? p.coordinatesOrigin.label : null,
      within: p.within?.id ?? null,
      quote: p.quote ?? null,
      quoteUrl: p.quoteHref ? absolute(p.quoteHref) : null,
      notes: p.notes ?? null,
      sources: p.sources.map((s) => ({ title: s.title, url: s.url ?? null })),
      article: { slug: p.article.slug, title: p.article.title, url: absolute(p.article.href) },
      url: absolute(p.placeHref),
    },
  }));
  return { type: 'FeatureCollection', features };
}

/** What the interactive map reads from its data file (`orte.json` beside the map page). */
export interface LiveMapData {
  places: readonly MapPlace[];
  cities: readonly ContextCity[];
  /** The countries' names, drawn at once (the outlines follow from the basemap file). */
  countries: readonly CountryLabel[];
  tiles: TileLayerConfig | null;
  bounds: Bounds;
  maxZoom: number;
}

/** The interactive map's data for these places: the places and the map's settings from src/config/map.ts. */
export function liveMapData(places: readonly MapPlace[]): LiveMapData {
  return {
    places,
    cities: mapConfig.contextCities,
    countries: countryLabels(mapConfig.focusCountry),
    tiles: mapConfig.tiles,
    bounds: mapConfig.bounds,
    maxZoom: mapConfig.maxZoom,
  };
}

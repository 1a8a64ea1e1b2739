/**
 * The registry of link-preview images: one entry per page with an image of its
 * own (the others share one, previewImagePath in src/lib/format/urls.ts), with
 * what its 1200×630 image shows (kind of page, title, and for places where
 * they are, for actors who they are). The image endpoint (src/pages/og/) renders
 * one PNG per entry; the layout points og:image at it by the page's path.
 *
 * A new kind of page registers itself by adding one source to
 * `previewSources` (a function from the articles to its entries).
 */
import { formatPartialDate } from '../format/dates.ts';
import { actorPath, articlePath, hasOwnPreview, placePath } from '../format/urls.ts';
import type { PageKind } from '../publish/seo.ts';
import type { ArticleInput } from '../analysis/model.ts';
import type { ActorEntity, PlaceEntity } from '../views/entity-model.ts';
import type { TimelineEvent } from '../views/timeline-model.ts';
import type { TimelinePage } from '../views/timeline-pages.ts';
import type { MapPlace } from '../map/geo.ts';
import { placeLocator } from '../map/locator-map.ts';
import { locatorDataUrl } from './preview-locator.ts';

export interface PreviewPage {
  /** The page's path below the base: "" (home), "artikel/x/", "404.html". */
  path: string;
  kind: PageKind;
  title: string;
  /** A second line: the date of an event, the location of a place. */
  detail?: string | undefined;
  /** The place's locator (of an event: its first place's), as an SVG data URL (preview-locator.ts). */
  locator?: string | undefined;
}

/** What the preview sources read: the corpus's articles and its site-wide views. */
export interface PreviewInput {
  articles: readonly ArticleInput[];
  timeline: readonly TimelineEvent[];
  /** The timeline's bounded pages (src/lib/views/timeline-pages.ts). */
  timelinePages: readonly TimelinePage[];
  entities: { actors: readonly ActorEntity[]; places: readonly PlaceEntity[] };
  /** The places as the maps draw them: place and event previews show their locator (none without). */
  mapPlaces?: readonly MapPlace[] | undefined;
}

/** The locator of the place `id` for a preview, where the maps have the place. */
function previewLocator(mapPlaces: readonly MapPlace[] | undefined, id: string | undefined): string | undefined {
  const locator = mapPlaces && id !== undefined ? placeLocator(mapPlaces, id) : undefined;
  return locator && locatorDataUrl(locator.map);
}

export type PreviewSource = (input: PreviewInput) => PreviewPage[];

/** Pages that exist once: home, indexes, timeline, search, 404. */
export const sitePages: PreviewSource = () => [
  { path: '', kind: 'home', title: 'Lagebild', detail: 'Wer handelt, was wann geschah und wo – mit Belegen' },
  { path: 'artikel/', kind: 'list', title: 'Alle Artikel' },
  { path: 'zeitleiste/', kind: 'timeline', title: 'Alle Ereignisse in zeitlicher Folge' },
  { path: 'suche/', kind: 'search', title: 'Suche in allen Artikeln und Ereignissen' },
  { path: 'korrekturen/', kind: 'list', title: 'Korrekturen', detail: 'Was Lagebild korrigiert hat, mit Quellen' },
  {
    path: 'methode/',
    kind: 'list',
    title: 'So arbeitet Lagebild',
    detail: 'Gewissheit, Genauigkeit, Daten und Quellen',
  },
  { path: 'impressum/', kind: 'list', title: 'Impressum' },
  {
    path: 'datenschutz/',
    kind: 'list',
    title: 'Datenschutz',
    detail: 'Keine Cookies, kein Tracking, nichts von anderen Servern',
  },
  { path: '404.html', kind: 'not-found', title: 'Diese Seite gibt es nicht' },
];

const articlePages: PreviewSource = ({ articles }) =>
  articles.map(({ slug, data }) => ({
    path: articlePath(slug),
    kind: 'article',
    title: data.title,
    detail: [data.source.outlet, formatPartialDate(data.published)].filter(Boolean).join(' · '),
  }));

/**
 * Place pages (/orte/<id>/): the place's kind and where it is, as precise as
 * the content knows it.
 */
export const placePages: PreviewSource = ({ entities, mapPlaces }) =>
  entities.places.map((p) => ({
    path: placePath(p.id),
    kind: 'place',
    title: p.name,
    detail: [p.kindLabel, [p.coordinatesLabel, p.areaLabel].filter(Boolean).join(', ')].join(' · '),
    locator: previewLocator(mapPlaces, p.id),
  }));

/** Actor pages (/akteure/<id>/): kind and role. */
export const actorPages: PreviewSource = ({ entities }) =>
  entities.actors.map((a) => ({
    path: actorPath(a.id),
    kind: 'actor',
    title: a.name,
    detail: `${a.kindLabel} · ${a.role}`,
  }));

/**
 * The map and the entity indexes. An article's own timeline and map, the timeline's
 * months and the event pages share an image (previewImagePath): none of their own.
 */
const analysisPages: PreviewSource = () => [
  { path: 'karte/', kind: 'map', title: 'Die Orte der Artikel auf der Karte' },
  { path: 'akteure/', kind: 'list', title: 'Alle Akteure' },
  { path: 'orte/', kind: 'list', title: 'Alle Orte' },
];

/** Every source of preview entries. */
export const previewSources: PreviewSource[] = [sitePages, articlePages, analysisPages, placePages, actorPages];

/** All preview entries; fails loudly when two pages claim the same path. */
export function previewPages(input: PreviewInput, sources: readonly PreviewSource[] = previewSources): PreviewPage[] {
  const pages = sources.flatMap((source) => source(input));
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.path)) throw new Error(`preview images: the page "${page.path}" is registered twice`);
    if (!hasOwnPreview(page.path)) throw new Error(`preview images: the page "${page.path}" shares an image`);
    seen.add(page.path);
  }
  return pages;
}

/**
 * Link previews and structured data: the <head> metadata of every page
 * (title, description, canonical URL, Open Graph, Twitter card) and the
 * schema.org JSON-LD of articles, events and places. Pure: takes plain
 * values and the configured site URL and base, returns plain values.
 */
import { publisher } from '../../config/site.ts';
import type {
  Event as SchemaEvent,
  GeoCircle,
  GeoCoordinates,
  NewsArticle,
  Place as SchemaPlace,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import type { Place, ResolvedArticle as ArticleData } from '../analysis/model.ts';
import { articlePath, hasOwnPreview, previewImagePath, siteUrl } from '../format/urls.ts';

const SITE_NAME = publisher.name;
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The kinds of page the site has; each has a German label for the preview image. */
export type PageKind =
  'home' | 'list' | 'article' | 'timeline' | 'event' | 'place' | 'actor' | 'map' | 'search' | 'not-found';

export const pageKindLabel: Record<PageKind, string> = {
  home: 'Nachrichtenanalyse',
  list: 'Übersicht',
  article: 'Artikel',
  timeline: 'Zeitleiste',
  event: 'Ereignis',
  place: 'Ort',
  actor: 'Akteur',
  map: 'Karte',
  search: 'Suche',
  'not-found': 'Seite nicht gefunden',
};

/**
 * JSON-LD: a schema.org object, typed with schema-dts so that only
 * schema.org types and properties compile.
 */
export type JsonLd = Exclude<Thing, string>;

/** What a page can tell the layout beyond its title and description. */
export interface PageSeo {
  kind?: PageKind;
  /** Open Graph type; "article" for articles, "website" otherwise. */
  type?: 'website' | 'article' | 'profile';
  /** Preview image path below the base ("og/artikel/x.png"); defaults to the page's own. */
  image?: string;
  /** Alternative text of the preview image. */
  imageAlt?: string;
  /** ISO 8601 date as precise as the content knows it ("2022-01"). Only for type "article". */
  published?: string | undefined;
  modified?: string | undefined;
  jsonLd?: JsonLd | JsonLd[];
  /** Keep the page out of search engines (the 404 page). */
  noindex?: boolean;
  /** The page's own path below the base, where the request path is not it (the 404 page: "404.html"). */
  path?: string;
}

export interface HeadInput extends PageSeo {
  title: string;
  description: string;
  /** The page's path below the base, without leading slash: "" for home, "artikel/x/". */
  path: string;
  /** The configured site URL ("https://example.org") and base ("/" or "/lagebild/"). */
  site: string;
  base: string;
}

interface MetaTag {
  /** Open Graph uses `property`, everything else `name`. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export interface Head {
  title: string;
  description: string;
  canonical: string;
  image: string;
  meta: MetaTag[];
  /** JSON-LD serialised for a <script type="application/ld+json"> (safe inside HTML). */
  jsonLd: string;
}

/** Longest <title> (search engines cut longer ones; html-validate's long-title rule). */
const MAX_TITLE_LENGTH = 70;

/**
 * "Titel – Lagebild"; the home page is just "Lagebild". A title too long for
 * that is shortened at a word boundary with "…" (Open Graph keeps it whole).
 */
export function fullTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const suffix = ` – ${SITE_NAME}`;
  if (title.length + suffix.length <= MAX_TITLE_LENGTH) return `${title}${suffix}`;
  const room = MAX_TITLE_LENGTH - suffix.length - 1;
  const cut = title.slice(0, room + 1);
  const shortened = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,.:;–-]+$/, '');
  return `${shortened}…${suffix}`;
}

/**
 * JSON for a `<script>` element of the page (JSON-LD, data a script reads):
 * "<" is written as \u003c so that a title containing "</script>" cannot end
 * the element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The escaped JSON of a JSON-LD block. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  const withContext = Array.isArray(data)
    ? { '@context': 'https://schema.org', '@graph': data }
    : { '@context': 'https://schema.org', ...data };
  return scriptJson(withContext);
}

export function headMeta(input: HeadInput): Head {
  const title = fullTitle(input.title);
  const canonical = siteUrl(input.path, input.site, input.base);
  const image = siteUrl(input.image ?? previewImagePath(input.path), input.site, input.base);
  const kindLabel = pageKindLabel[input.kind ?? 'list'];
  // A shared image (previewImagePath) shows another page's title: its text names none.
  const ownAlt = kindLabel === input.title ? input.title : `${kindLabel}: ${input.title}`;
  const imageAlt =
    input.imageAlt ?? (input.image || hasOwnPreview(input.path) ? ownAlt : `Vorschaubild von ${SITE_NAME}`);
  const type = input.type ?? 'website';
  const tag = (attribute: MetaTag['attribute'], key: string, content: string | undefined): MetaTag[] =>
    content ? [{ attribute, key, content }] : [];
  const meta: MetaTag[] = [
    ...tag('name', 'robots', input.noindex ? 'noindex' : undefined),
    ...tag('property', 'og:site_name', SITE_NAME),
    ...tag('property', 'og:locale', 'de_DE'),
    ...tag('property', 'og:type', type),
    ...tag('property', 'og:title', input.title),
    ...tag('property', 'og:description', input.description),
    ...tag('property', 'og:url', canonical),
    ...tag('property', 'og:image', image),
    ...tag('property', 'og:image:type', 'image/png'),
    ...tag('property', 'og:image:width', String(PREVIEW_WIDTH)),
    ...tag('property', 'og:image:height', String(PREVIEW_HEIGHT)),
    ...tag('property', 'og:image:alt', imageAlt),
    ...(type === 'article'
      ? [
          ...tag('property', 'article:published_time', input.published),
          ...tag('property', 'article:modified_time', input.modified),
        ]
      : []),
    ...tag('name', 'twitter:card', 'summary_large_image'),
    ...tag('name', 'twitter:title', input.title),
    ...tag('name', 'twitter:description', input.description),
    ...tag('name', 'twitter:image', image),
    ...tag('name', 'twitter:image:alt', imageAlt),
  ];
  return {
    title,
    description: input.description,
    canonical,
    image,
    meta,
    jsonLd: serializeJsonLd(
      input.jsonLd ?? webPageJsonLd(input.kind ?? 'list', input.title, input.description, canonical),
    ),
  };
}

const WEB_PAGE_TYPE: Partial<Record<PageKind, 'WebSite' | 'CollectionPage' | 'SearchResultsPage'>> = {
  home: 'WebSite',
  list: 'CollectionPage',
  timeline: 'CollectionPage',
  map: 'CollectionPage',
  search: 'SearchResultsPage',
};

/** The default JSON-LD of a page that says nothing more specific: a WebPage (or WebSite, CollectionPage). */
function webPageJsonLd(kind: PageKind, title: string, description: string, url: string): WebPage | WebSite {
  return {
    '@type': (WEB_PAGE_TYPE[kind] ?? 'WebPage') as 'WebPage',
    name: fullTitle(title),
    description,
    url,
    inLanguage: 'de',
  };
}

const wikidataUrl = (id: string): string => `https://www.wikidata.org/wiki/${id}`;

/**
 * A place's position as schema.org geo, from the model's geometry: an exact
 * site as GeoCoordinates, a place known only to a town or region as a
 * GeoCircle with the uncertainty radius in metres, so the data is no more
 * precise than the text. A country or sea (drawn as its outline) gets no
 * point at all: its `sameAs` (Wikidata) names it; a midpoint would claim a
 * precision the analysis does not have.
 */
export function placeGeo(place: Pick<Place, 'coordinates' | 'geometry'>): GeoCoordinates | GeoCircle | undefined {
  const [latitude, longitude] = place.coordinates;
  const point: GeoCoordinates = { '@type': 'GeoCoordinates', latitude, longitude };
  if (place.geometry.kind === 'point') return point;
  if (place.geometry.kind === 'outline') return undefined;
  return { '@type': 'GeoCircle', geoMidpoint: point, geoRadius: Math.round(place.geometry.radiusKm * 1000) };
}

export function placeJsonLd(
  place: Pick<Place, 'name' | 'coordinates' | 'geometry' | 'wikidata'>,
  url?: string,
): SchemaPlace {
  const geo = placeGeo(place);
  return {
    '@type': 'Place',
    name: place.name,
    ...(url ? { url } : {}),
    ...(geo ? { geo } : {}),
    ...(place.wikidata ? { sameAs: wikidataUrl(place.wikidata) } : {}),
  };
}

const ACTOR_TYPE: Record<
  ArticleData['actors'][number]['kind'],
  'Person' | 'Organization' | 'GovernmentOrganization' | 'NewsMediaOrganization' | 'Country'
> = {
  person: 'Person',
  organisation: 'Organization',
  'state-body': 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  state: 'Country',
};

export function actorJsonLd(
  actor: Pick<ArticleData['actors'][number], 'kind' | 'name' | 'wikidata'> & { names: readonly { name: string }[] },
  url?: string,
): JsonLd {
  return {
    '@type': ACTOR_TYPE[actor.kind] as 'Person',
    name: actor.name,
    ...(url ? { url } : {}),
    ...(actor.names.length ? { alternateName: actor.names.map((n) => n.name) } : {}),
    ...(actor.wikidata ? { sameAs: wikidataUrl(actor.wikidata) } : {}),
  };
}

/** schema.org NewsArticle of an article page. */
function articleJsonLd(data: ArticleData, urls: { page: string; image: string; logo: string }): NewsArticle {
  return {
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.dek,
    inLanguage: data.language,
    url: urls.page,
    mainEntityOfPage: urls.page,
    image: urls.image,
    datePublished: data.published,
    ...(data.updated ? { dateModified: data.updated } : {}),
    ...(data.source.author ? { author: { '@type': 'Person', name: data.source.author } } : {}),
    ...(data.source.outlet
      ? { sourceOrganization: { '@type': 'NewsMediaOrganization', name: data.source.outlet } }
      : {}),
    ...(data.source.url ? { isBasedOn: data.source.url } : {}),
    publisher: { '@type': 'Organization', name: publisher.name, logo: { '@type': 'ImageObject', url: urls.logo } },
    contentLocation: data.places.map((p) => placeJsonLd(p)),
    mentions: data.actors.map((a) => actorJsonLd(a)),
  };
}

/** schema.org Event of an event page: name, dates, where, and the article that reports it. */
export function eventJsonLd(
  event: { title: string; start: string; end: string; description: string; places: Place[] },
  urls: { page: string; image: string; article: string; articleTitle: string },
): SchemaEvent {
  const location = event.places.map((p) => placeJsonLd(p));
  return {
    '@type': 'Event',
    name: event.title,
    description: event.description,
    url: urls.page,
    image: urls.image,
    startDate: event.start,
    endDate: event.end,
    ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
    subjectOf: { '@type': 'NewsArticle', headline: urls.articleTitle, url: urls.article },
  };
}

/** Everything the article page tells the layout: type, dates, NewsArticle. */
export function articleSeo(data: ArticleData, slug: string, site: string, base: string): PageSeo {
  const path = articlePath(slug);
  return {
    kind: 'article',
    type: 'article',
    published: data.published,
    modified: data.updated,
    jsonLd: articleJsonLd(data, {
      page: siteUrl(path, site, base),
      image: siteUrl(previewImagePath(path), site, base),
      logo: siteUrl(publisher.logo, site, base),
    }),
  };
}

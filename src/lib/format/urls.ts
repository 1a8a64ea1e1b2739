/**
 * Every URL and anchor id of the site, in one place. Paths are built under
 * the configured base (import.meta.env.BASE_URL) so that dist/ works from a
 * domain root and from a sub-path.
 */

export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL (configured site + base) of a path below the base, for
 * canonical links, previews, feeds and structured data.
 */
export function siteUrl(
  path: string,
  site: string = import.meta.env.SITE ?? 'http://localhost/',
  base: string = import.meta.env.BASE_URL ?? '/',
): string {
  return new URL(withBase(path, base), site).href;
}

/** An href the site already wrote (base included) as an absolute URL on `site`, for the data exports. */
export const absolute = (href: string, site: string | URL | undefined): string => new URL(href, site).href;

export const paragraphId = (n: number): string => `absatz-${n}`;

/**
 * The id of a subheading (»## Die Lage in Almaty« → "zwischentitel-die-lage-in-almaty"):
 * lowercase ASCII like every id of the site (ä → ae, ß → ss); a subheading
 * whose words give no slug is numbered; a repeated one gets "-2", "-3".
 */
export function subheadingId(text: string, n: number, taken: ReadonlySet<string> = new Set()): string {
  const slug = slugify(text);
  const base = `zwischentitel-${slug || n}`;
  let id = base;
  for (let i = 2; taken.has(id); i += 1) id = `${base}-${i}`;
  return id;
}
export const actorAnchor = (id: string): string => `akteur-${id}`;
export const placeAnchor = (id: string): string => `ort-${id}`;
export const eventAnchor = (id: string): string => `ereignis-${id}`;
/**
 * The id of an event's title in a timeline entry. The search index lists an
 * entry of a month page under it (Pagefind makes a sub-result of each heading
 * with an id), and the search page leads from it to the event's own page
 * (`eventOfTitleAnchor`), which is not indexed itself: one file fewer per event.
 */
export const eventTitleAnchor = (id: string): string => `${eventAnchor(id)}-titel`;
export const eventOfTitleAnchor = (anchor: string): string | undefined => /^ereignis-(.+)-titel$/.exec(anchor)?.[1];
export const claimAnchor = (id: string): string => `aussage-${id}`;
export const factCheckAnchor = (id: string): string => `anmerkung-${id}`;

export const homeUrl = (): string => withBase('');
export const articlesUrl = (): string => withBase('artikel/');
/** Paths below the base (for preview images and absolute URLs); the *Url functions add the base. */
export const articlePath = (slug: string): string => `artikel/${slug}/`;
export const articleUrl = (slug: string): string => withBase(articlePath(slug));
export const timelinePath = (slug?: string): string => (slug ? `zeitleiste/${slug}/` : 'zeitleiste/');
export const timelineUrl = (slug?: string): string => withBase(timelinePath(slug));
/** A bounded page of the timeline, below the base: "2022-01" → "zeitleiste/2022-01/", "2022-01/2" → "zeitleiste/2022-01/2/". */
export const timelinePagePath = (page: string): string => `zeitleiste/${page}/`;
export const timelinePageUrl = (page: string): string => withBase(timelinePagePath(page));
/**
 * The one link to an event on the timeline: its entry on the page of the
 * timeline that holds it (`page`, from src/lib/views/timeline-pages.ts).
 */
/** Where an event is on the timeline: its entry's URL (made by timelineLocator from the timeline's pages). */
export type TimelineLocator = (eventId: string) => string;

export const timelineEventUrl = (id: string, page: string): string => `${timelinePageUrl(page)}#${eventAnchor(id)}`;
export const dayAnchor = (key: string): string => `tag-${key}`;
export const dataUrl = (file: string): string => withBase(`daten/${file}`);
export const actorsUrl = (): string => withBase('akteure/');
export const placesUrl = (): string => withBase('orte/');
export const actorUrl = (id: string): string => withBase(`akteure/${id}/`);
export const placeUrl = (id: string): string => withBase(`orte/${id}/`);
export const articleParagraphUrl = (slug: string, n: number): string => `${articleUrl(slug)}#${paragraphId(n)}`;
export const mapPath = (slug?: string): string => (slug ? `karte/${slug}/` : 'karte/');
export const mapUrl = (slug?: string): string => withBase(mapPath(slug));
/** A source's entry in the list of the sources a page cites (src/lib/views/bibliography.ts); registry ids are slugs. */
export const sourceAnchor = (id: string): string => `quelle-${id}`;
/** The list of the sources a page cites, at the end of its content. */
export const pageSourcesAnchor = 'quellen-dieser-seite';
/** The place page's list of the sources for the place's location. */
export const placeSourcesAnchor = 'quellen-zur-lage';
/** A place on the map; with `stand` ("YYYY-MM-DD"), as it was on that day (the map's time control). */
export const placeOnMapUrl = (id: string, stand?: string): string =>
  `${mapUrl()}${stand ? `?stand=${stand}` : ''}#${placeAnchor(id)}`;
export const placesGeoJsonUrl = (): string => withBase('daten/orte.geojson');
export const basemapUrl = (): string => withBase('daten/basiskarte.json');
/** The interactive map's data file beside its page (all places, or one article's). */
export const mapDataUrl = (slug?: string): string => `${mapUrl(slug)}orte.json`;
export const eventPath = (id: string): string => `ereignisse/${id}/`;
/** The entity pages' paths (the pages themselves come with the analysis layer). */
export const placePath = (id: string): string => `orte/${id}/`;
export const actorPath = (id: string): string => `akteure/${id}/`;
export const eventUrl = (id: string): string => withBase(eventPath(id));
/** The folder of the event pages (an address under it that has no page opens the event where it lives: 404.astro). */
export const eventsFolder = (): string => withBase('ereignisse/');
/** Each event's address by its id (src/pages/daten/ereignis-adressen.json.ts). */
export const eventAddressesUrl = (): string => dataUrl('ereignis-adressen.json');
export const searchUrl = (): string => withBase('suche/');
export const correctionsPath = (): string => 'korrekturen/';
export const correctionsUrl = (): string => withBase(correctionsPath());
export const correctionsFeedPath = (): string => 'korrekturen.xml';

/** German text as an id or file slug: lowercase ASCII, ä → ae, ß → ss, words joined by "-". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Pages that share another page's preview image (docs/deploy.md, "Vorschaubilder"): an
 * article's own timeline and map show its title, so they take the article's image; a
 * timeline month and an event page take the timeline's. Link previews still show each
 * page's own title and description (og:title, og:description); the image is the same.
 * Own images for every event and month were most of the files of a large archive.
 */
const SHARED_PREVIEWS: readonly [RegExp, string][] = [
  [/^zeitleiste\/\d{4}-\d{2}(?:\/\d+)?$/, 'zeitleiste'],
  [/^ereignisse\/[^/]+$/, 'zeitleiste'],
  [/^(?:zeitleiste|karte)\/([^/]+)$/, 'artikel/$1'],
];

const previewKey = (pagePath: string): string =>
  pagePath
    .replace(/^\/+/, '')
    .replace(/(?:index)?\.html$/, '')
    .replace(/\/+$/, '') || 'startseite';

/**
 * The preview image of a page, below the base: "" → "og/startseite.png",
 * "artikel/x/" → "og/artikel/x.png", "404.html" → "og/404.png"; a page that
 * shares an image gets that one ("ereignisse/y/" → "og/zeitleiste.png").
 */
export function previewImagePath(pagePath: string): string {
  const own = previewKey(pagePath);
  const shared = SHARED_PREVIEWS.find(([pattern]) => pattern.test(own));
  return `og/${shared ? own.replace(shared[0], shared[1]) : own}.png`;
}

/** Whether the page has a preview image of its own (else it shares one: previewImagePath). */
export const hasOwnPreview = (pagePath: string): boolean =>
  previewImagePath(pagePath) === `og/${previewKey(pagePath)}.png`;

/** The method page, or one of its sections ("gewissheit"). */
export const methodUrl = (section?: string): string => `${withBase('methode/')}${section ? `#${section}` : ''}`;
/** The trust pages: "impressum", "datenschutz" (a section anchor optional). */
export const legalUrl = (page: 'impressum' | 'datenschutz', section?: string): string =>
  `${withBase(`${page}/`)}${section ? `#${section}` : ''}`;

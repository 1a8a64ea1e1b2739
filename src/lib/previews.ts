/**
 * The registry of link-preview images: one entry per page of the site, with
 * what its 1200×630 image shows (kind of page, title, and for events and
 * places their date or location). The image endpoint (src/pages/og/) renders
 * one PNG per entry; the layout points og:image at it by the page's path.
 *
 * A new kind of page registers itself by adding one source to
 * `previewSources` (a function from the articles to its entries).
 */
import { formatCoordinates } from './article.ts';
import { formatPartialDate } from './dates.ts';
import { actorKindLabel, placeKindLabel } from './labels.ts';
import { actorPath, articlePath, eventPath, placePath } from './urls.ts';
import type { PageKind } from './seo.ts';
import { timelineEvents, type ArticleInput } from './timeline-model.ts';

export interface PreviewPage {
  /** The page's path below the base: "" (home), "artikel/x/", "404.html". */
  path: string;
  kind: PageKind;
  title: string;
  /** A second line: the date of an event, the location of a place. */
  detail?: string | undefined;
}

export type PreviewSource = (articles: readonly ArticleInput[]) => PreviewPage[];

/** Pages that exist once: home, indexes, timeline, search, 404. */
export const sitePages: PreviewSource = () => [
  { path: '', kind: 'home', title: 'Lagebild', detail: 'Wer handelt, was wann geschah und wo – mit Belegen' },
  { path: 'artikel/', kind: 'list', title: 'Alle Artikel' },
  { path: 'zeitleiste/', kind: 'timeline', title: 'Alle Ereignisse in zeitlicher Folge' },
  { path: 'suche/', kind: 'search', title: 'Suche in allen Artikeln und Ereignissen' },
  { path: '404.html', kind: 'not-found', title: 'Diese Seite gibt es nicht' },
];

export const articlePages: PreviewSource = (articles) =>
  articles.map(({ slug, data }) => ({
    path: articlePath(slug),
    kind: 'article',
    title: data.title,
    detail: [data.source.outlet, formatPartialDate(data.published)].filter(Boolean).join(' · '),
  }));

export const eventPages: PreviewSource = (articles) =>
  timelineEvents(articles).map((e) => ({
    path: eventPath(e.id),
    kind: 'event',
    title: e.title,
    detail: [e.dateLabel, e.places.map((p) => p.name).join(', '), e.statusLabel].filter(Boolean).join(' · '),
  }));

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Each id once, the first article's entry wins (ids are unique per kind across the site). */
function firstById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/**
 * Place pages (/orte/<id>/): the place's kind and where it is, as precise as
 * the content knows it. Ready for the entity pages: add it to `previewSources`.
 */
export const placePages: PreviewSource = (articles) =>
  firstById(articles.flatMap(({ data }) => data.places)).map((p) => ({
    path: placePath(p.id),
    kind: 'place',
    title: p.name,
    detail: [
      placeKindLabel[p.kind],
      p.geoPrecision === 1 || p.radiusKm === undefined
        ? formatCoordinates(p.coordinates)
        : `${formatCoordinates(p.coordinates)}, Umkreis ca. ${NUMBER.format(p.radiusKm)}\u00a0km`,
    ].join(' · '),
  }));

/** Actor pages (/akteure/<id>/): kind and role. Ready for the entity pages: add it to `previewSources`. */
export const actorPages: PreviewSource = (articles) =>
  firstById(articles.flatMap(({ data }) => data.actors)).map((a) => ({
    path: actorPath(a.id),
    kind: 'actor',
    title: a.name,
    detail: `${actorKindLabel[a.kind]} · ${a.role}`,
  }));

/** The map, the entity indexes, and each article's own timeline and map page. */
export const analysisPages: PreviewSource = (articles) => [
  { path: 'karte/', kind: 'map', title: 'Die Orte der Artikel auf der Karte' },
  { path: 'akteure/', kind: 'list', title: 'Alle Akteure' },
  { path: 'orte/', kind: 'list', title: 'Alle Orte' },
  ...articles.flatMap(({ slug, data }) => [
    {
      path: `zeitleiste/${slug}/`,
      kind: 'timeline' as const,
      title: data.title,
      detail: 'Die Ereignisse des Artikels',
    },
    { path: `karte/${slug}/`, kind: 'map' as const, title: data.title, detail: 'Die Orte des Artikels' },
  ]),
];

/** Every source of preview entries. */
export const previewSources: PreviewSource[] = [
  sitePages,
  articlePages,
  eventPages,
  analysisPages,
  placePages,
  actorPages,
];

/** All preview entries; fails loudly when two pages claim the same path. */
export function previewPages(
  articles: readonly ArticleInput[],
  sources: readonly PreviewSource[] = previewSources,
): PreviewPage[] {
  const pages = sources.flatMap((source) => source(articles));
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.path)) throw new Error(`preview images: the page "${page.path}" is registered twice`);
    seen.add(page.path);
  }
  return pages;
}

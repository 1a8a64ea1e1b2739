/**
 * The one place pages read content from: the corpus of the build, made once
 * at module scope from the content collections (schema, analysis and
 * integrity checks have already run in the content loader,
 * src/content.config.ts), and the site-wide views every page shares.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleEntryData } from '../content.config.ts';
import { createCorpus } from './analysis/corpus.ts';
import type { ArticleInput } from './analysis/model.ts';
import type { Entry, Registries } from './analysis/registries.ts';
import { assertNoSlugIsAPageNumber } from './views/article-list.ts';
import { articleFilter } from './views/article-filter.ts';
import { cacheKeys, codeDigest } from './views/cache-keys.ts';
import { claimRelations, entityIndex, type ContradictionPair } from './views/entity-model.ts';
import { claimsParts, contentStamp, exportParts, exportYears } from './publish/exports.ts';
import { mapPlaces, type MapPlace } from './map/geo.ts';
import { eventLocator, type EventLocator } from './map/locator-map.ts';
import { mapEmbed, placeEmbed, timelineEmbed, type Embed } from './publish/embeds.ts';
import { guardStory } from './views/guard-story.ts';
import { timelineEvents } from './views/timeline-model.ts';
import { assertNoSlugIsAMonth, timelineLocator, timelinePages } from './views/timeline-pages.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

const registry = <T>(entries: readonly { id: string; filePath?: string | undefined; data: T }[]) =>
  new Map(entries.map((e): [string, Entry<T>] => [e.id, { id: e.id, file: e.filePath ?? e.id, data: e.data }]));

const [articleEntries, actors, places, sources, events] = await Promise.all([
  getCollection('articles'),
  getCollection('actors'),
  getCollection('places'),
  getCollection('sources'),
  getCollection('events'),
]);

const registries: Registries = {
  actors: registry(actors),
  places: registry(places),
  sources: registry(sources),
  events: registry(events),
};

/** The corpus: articles newest first, each resolved against the registries. */
export const corpus = createCorpus(
  articleEntries.map((entry: ArticleEntry) => {
    const { analysis, ...data } = entry.data as unknown as ArticleEntryData;
    return { slug: entry.id, file: entry.filePath ?? entry.id, data, analysis, entry };
  }),
  registries,
);

/** The articles as every view takes them, newest first. */
export const articleInputs: ArticleInput[] = corpus.articles.map((a) => ({
  slug: a.slug,
  data: a.resolved,
  analysis: a.analysis,
}));

/** The site's timeline: one entry per event, with every article's report. */
export const timeline = timelineEvents(articleInputs);
/** The timeline in bounded pages: a month each, a long month on several. */
export const timelineBook = timelinePages(timeline);
const slugs = articleInputs.map((a) => a.slug);
assertNoSlugIsAMonth(timelineBook, slugs);
assertNoSlugIsAPageNumber(slugs);
/** An event's own page, where it has one (several articles report it: eventHome in src/lib/views/event.ts). */
const eventPages = new Map(timeline.flatMap((event) => (event.ownPage ? [[event.id, event.href] as const] : [])));
export const eventPageOf = (id: string): string | undefined => eventPages.get(id);
/** The link to an event's entry on the timeline page that holds it. */
export const locateEvent = timelineLocator(timelineBook);
/** The timeline's exports split by the year the events begin in. */
export const timelineYears = exportYears(timeline);
/** The events' export in parts of bounded size: a month each, a long month in several. */
export const eventParts = exportParts(timeline);
/** The claims' export in parts (/daten/aussagen/2022-01.json …), listed by /daten/aussagen.json. */
export const claimParts = claimsParts(articleInputs);
/** The newest date of the content: the calendars' DTSTAMP (the same bytes for the same content). */
export const calendarStamp = contentStamp(articleInputs.flatMap((a) => [a.data.referenceDate.date, a.data.updated]));
/** Every actor and place with what all articles say of it. */
export const entities = entityIndex(articleInputs, registries, locateEvent);
const placeName = (id: string): string | undefined => registries.places.get(id)?.data.name;
/** Every pair of related claims of the site, once. */
const relations = claimRelations(articleInputs);
/** The pairs of related claims that involve one article's claims (the other claim may be another article's). */
export const claimRelationsOf = (slug: string): ContradictionPair[] =>
  relations.filter((pair) => pair.claims.some((claim) => claim.article.slug === slug));
/** Every place, once, in the map's table order. */
export const allMapPlaces = mapPlaces(articleInputs, locateEvent, placeName);
/** Each timeline entry's small locator (by event id), where the map knows one of its places. */
export const eventLocators: ReadonlyMap<string, EventLocator> = (() => {
  const byId = new Map(allMapPlaces.map((p) => [p.id, p]));
  return new Map(
    timeline.flatMap((event) => {
      const locator = eventLocator(byId, event);
      return locator ? [[event.id, locator] as const] : [];
    }),
  );
})();
/** The places one article names, for its own map. */
export const articleMapPlaces = (article: ArticleInput): MapPlace[] => mapPlaces([article], locateEvent, placeName);

/** All article entries (for render()), newest first. */
export function getArticles(): ArticleEntry[] {
  return corpus.articles.map((a) => (a as typeof a & { entry: ArticleEntry }).entry);
}

/**
 * The incremental build's page keys (src/lib/views/cache-keys.ts): each article digested
 * once with what its pages show; `shared` is what every page shows of the whole site.
 */
export const keys = cacheKeys(
  corpus.articles.map((article, i) => {
    const { entry } = article as typeof article & { entry: ArticleEntry };
    return {
      slug: article.slug,
      shows: [article.resolved, article.analysis, entry.rendered?.html],
      objects: [article, article.resolved, entry, articleInputs[i]!],
    };
  }),
  {
    timeline: timelineBook.map((page) => [page.key, page.events.map((event) => event.id)]),
    years: timelineYears.map((year) => year.year),
    filter: articleFilter(articleInputs, undefined, (slug) => slug ?? ''),
    code: codeDigest(),
  },
);

/** Every view other sites may embed (/einbetten/…): the maps and timelines of the site and its articles, each place's locator map. */
export const siteEmbeds: Embed[] = [
  mapEmbed(),
  ...articleInputs.flatMap((a) => [
    mapEmbed({ slug: a.slug, title: a.data.title }),
    timelineEmbed({ slug: a.slug, title: a.data.title }),
  ]),
  ...allMapPlaces.map(placeEmbed),
];

/** Each guarded site's status on each day of the story: the map's time control and its tables per step. */
export const guardTimeline = guardStory(articleInputs);

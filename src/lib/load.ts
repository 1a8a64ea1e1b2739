/**
 * The one place pages read content from: the corpus of the build, made once
 * at module scope from the content collections (schema, analysis and
 * integrity checks have already run in the content loader,
 * src/content.config.ts), and the site-wide views every page shares, each
 * made when a page first asks for it (`once`). In `astro dev` the module is
 * evaluated again after every save (src/lib/content-store.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleEntryData } from '../content.config.ts';
import { ContentError } from './analysis/yaml.ts';
import { createCorpus, resolveArticle, type CorpusArticleInput } from './analysis/corpus.ts';
import type { ArticleInput, ResolvedArticle } from './analysis/model.ts';
import { REGISTRY_KINDS, type Entry, type Registries } from './analysis/registries.ts';
import { assertNoSlugIsAPageNumber } from './views/article-list.ts';
import { articleFilter } from './views/article-filter.ts';
import { cacheKeys, codeDigest, type CacheKeys } from './views/cache-keys.ts';
import { claimRelations, entityIndex, type ContradictionPair } from './views/entity-model.ts';
import { claimsParts, contentStamp, exportParts, exportYears } from './publish/exports.ts';
import { mapPlaces, type MapPlace } from './map/geo.ts';
import { eventLocator, type EventLocator } from './map/locator-map.ts';
import { renderArticleInDev } from './content-store.ts';
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

/**
 * In `astro dev` this module is evaluated again after every save, and the store's entries of the files
 * that did not change are the same objects as before (src/lib/content-store.ts): an unchanged article
 * keeps what was resolved for it, as long as no registry entry changed. A build evaluates it once.
 */
const RESOLVED = Symbol.for('lagebild.resolvedArticles');
type ResolvedMemo = { resolve: unknown; registryData: unknown[]; byEntry: WeakMap<object, ResolvedArticle> };
function resolveUnchangedOnce(): (article: CorpusArticleInput & { entry: ArticleEntry }) => ResolvedArticle {
  const registryData = REGISTRY_KINDS.flatMap((kind) => [...registries[kind].values()].map((e) => e.data));
  const memo = globalThis as typeof globalThis & { [RESOLVED]?: ResolvedMemo };
  const last = memo[RESOLVED];
  // A new resolveArticle (its module, or one it imports, was edited and evaluated again) resolves anew too.
  const same =
    last?.resolve === resolveArticle &&
    last.registryData.length === registryData.length &&
    last.registryData.every((d, i) => d === registryData[i]);
  const byEntry = same ? last.byEntry : new WeakMap<object, ResolvedArticle>();
  memo[RESOLVED] = { resolve: resolveArticle, registryData, byEntry };
  return (article) => {
    let resolved = byEntry.get(article.entry.data);
    if (!resolved) byEntry.set(article.entry.data, (resolved = resolveArticle(article, registries)));
    return resolved;
  };
}

/** The corpus: articles newest first, each resolved against the registries. */
export const corpus = createCorpus(
  articleEntries.map((entry: ArticleEntry) => {
    const { analysis, ...data } = entry.data as unknown as ArticleEntryData;
    return { slug: entry.id, file: entry.filePath ?? entry.id, data, analysis, entry };
  }),
  registries,
  import.meta.env.DEV ? resolveUnchangedOnce() : resolveArticle,
);

/** The articles as every view takes them, newest first. */
export const articleInputs: ArticleInput[] = corpus.articles.map((a) => ({
  slug: a.slug,
  data: a.resolved,
  analysis: a.analysis,
}));

/**
 * A view of the whole site, computed when a page first asks for it and then kept for the build (or, in
 * `astro dev`, until the content changes and this module is read again): a page shows only what it uses,
 * and in dev an article's page does not wait for the views of the map, the search or the exports. A
 * plain closure: the views are values of this module, and nothing else needs lazy evaluation.
 */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const slugs = articleInputs.map((a) => a.slug);
assertNoSlugIsAPageNumber(slugs);
/** The site's timeline: one entry per event, with every article's report. */
export const timeline = once(() => timelineEvents(articleInputs));
/** The timeline in bounded pages: a month each, a long month on several. */
export const timelineBook = once(() => {
  const book = timelinePages(timeline());
  assertNoSlugIsAMonth(book, slugs);
  return book;
});
/** An event's own page, where it has one (several articles report it: eventHome in src/lib/views/event.ts). */
const eventPages = once(
  () => new Map(timeline().flatMap((event) => (event.ownPage ? [[event.id, event.href] as const] : []))),
);
export const eventPageOf = (id: string): string | undefined => eventPages().get(id);
const locator = once(() => timelineLocator(timelineBook()));
/** The link to an event's entry on the timeline page that holds it. */
export const locateEvent: ReturnType<typeof timelineLocator> = (...args) => locator()(...args);
/** The timeline's exports split by the year the events begin in. */
export const timelineYears = once(() => exportYears(timeline()));
/** The events' export in parts of bounded size: a month each, a long month in several. */
export const eventParts = once(() => exportParts(timeline()));
/** The claims' export in parts (/daten/aussagen/2022-01.json …), listed by /daten/aussagen.json. */
export const claimParts = once(() => claimsParts(articleInputs));
/** The newest date of the content: the calendars' DTSTAMP (the same bytes for the same content). */
export const calendarStamp = once(() =>
  contentStamp(articleInputs.flatMap((a) => [a.data.referenceDate.date, a.data.updated])),
);
/** Every actor and place with what all articles say of it. */
export const entities = once(() => entityIndex(articleInputs, registries, locateEvent));
const placeName = (id: string): string | undefined => registries.places.get(id)?.data.name;
/** Every pair of related claims of the site, once, listed under each article whose claims it involves. */
const relationsBySlug = once(() => {
  const bySlug = new Map<string, ContradictionPair[]>();
  for (const pair of claimRelations(articleInputs))
    for (const slug of new Set(pair.claims.map((claim) => claim.article.slug))) {
      const list = bySlug.get(slug);
      if (list) list.push(pair);
      else bySlug.set(slug, [pair]);
    }
  return bySlug;
});
/** The pairs of related claims that involve one article's claims (the other claim may be another article's). */
export const claimRelationsOf = (slug: string): ContradictionPair[] => relationsBySlug().get(slug) ?? [];
/** Every place, once, in the map's table order. */
export const allMapPlaces = once(() => mapPlaces(articleInputs, locateEvent, placeName));
/** Each timeline entry's small locator (by event id), where the map knows one of its places. */
export const eventLocators = once((): ReadonlyMap<string, EventLocator> => {
  const byId = new Map(allMapPlaces().map((p) => [p.id, p]));
  return new Map(
    timeline().flatMap((event) => {
      const locator = eventLocator(byId, event);
      return locator ? [[event.id, locator] as const] : [];
    }),
  );
});
/** The places one article names, for its own map. */
export const articleMapPlaces = (article: ArticleInput): MapPlace[] => mapPlaces([article], locateEvent, placeName);

/**
 * An article's entry with its HTML, for render(): a build stores every article rendered; `astro dev`
 * renders one when its page is first asked for (src/content.config.ts).
 */
export async function withHtml(entry: ArticleEntry): Promise<ArticleEntry> {
  if (!import.meta.env.DEV || entry.rendered) return entry;
  const rendered = await renderArticleInDev(entry.id);
  if (!rendered) {
    // The file went away (renamed or deleted) after this page was routed: the editor's to act on, no stack trace.
    const error = new ContentError(
      `${entry.filePath ?? entry.id}: no longer among the articles the dev server has loaded (renamed or deleted?); reload the page, or open the article at its new address`,
    );
    error.stack = '';
    throw error;
  }
  return { ...entry, rendered: rendered as NonNullable<ArticleEntry['rendered']> };
}

/** All article entries (for render()), newest first. */
export function getArticles(): ArticleEntry[] {
  return corpus.articles.map((a) => (a as typeof a & { entry: ArticleEntry }).entry);
}

const siteKeys = once(() =>
  cacheKeys(
    corpus.articles.map((article, i) => {
      const { entry } = article as typeof article & { entry: ArticleEntry };
      return {
        slug: article.slug,
        shows: [article.resolved, article.analysis, entry.rendered?.html],
        objects: [article, article.resolved, entry, articleInputs[i]!],
      };
    }),
    {
      timeline: timelineBook().map((page) => [page.key, page.events.map((event) => event.id)]),
      years: timelineYears().map((year) => year.year),
      filter: articleFilter(articleInputs, undefined, (slug) => slug ?? ''),
      code: codeDigest(),
    },
  ),
);
/** A build that runs with `import.meta.env.DEV` (`--devOutput`) keys its pages anew each time: it never copies one. */
const DEV_KEY = `dev ${Date.now()}`;
/**
 * The incremental build's page keys (src/lib/views/cache-keys.ts): each article digested
 * once with what its pages show; `shared` is what every page shows of the whole site.
 * Only a static build reads a page's cacheKey (Astro's build/incremental.js): `astro dev`
 * renders every request, and there the keys are a constant rather than digests of the site.
 */
export const keys: CacheKeys = import.meta.env.DEV
  ? { of: () => DEV_KEY, article: () => DEV_KEY }
  : { of: (...parts) => siteKeys().of(...parts), article: (slug) => siteKeys().article(slug) };

/** Every view other sites may embed (/einbetten/…): the maps and timelines of the site and its articles, each place's locator map. */
export const siteEmbeds = once((): Embed[] => [
  mapEmbed(),
  ...articleInputs.flatMap((a) => [
    mapEmbed({ slug: a.slug, title: a.data.title }),
    timelineEmbed({ slug: a.slug, title: a.data.title }),
  ]),
  ...allMapPlaces().map(placeEmbed),
]);

/** Each guarded site's status on each day of the story: the map's time control and its tables per step. */
export const guardTimeline = once(() => guardStory(articleInputs));

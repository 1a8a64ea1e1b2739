/**
 * The one place pages read content from. Schema and integrity checks have
 * already run in the content loader (src/content.config.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mapPlaces, type MapPlace } from './geo.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All articles, newest first (by publication date, then title). */
export async function getArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries.sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title, 'de'),
  );
}

/** The articles as the pure timeline, map and export builders take them. */
export async function getArticleInputs(): Promise<{ slug: string; data: ArticleEntry['data']; body: string }[]> {
  return (await getArticles()).map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' }));
}

/** Every place of every article, in the map's table order. */
export async function getMapPlaces(): Promise<MapPlace[]> {
  return mapPlaces((await getArticles()).map((a) => ({ slug: a.id, data: a.data })));
}

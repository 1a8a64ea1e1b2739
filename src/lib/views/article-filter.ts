/**
 * The filter by article on the timeline and the map: plain links to one page
 * per article (works without JavaScript), the current one marked. A large
 * archive shows the newest articles (and the current one); the article list
 * links them all, and each article page links its own timeline and map.
 */
import { olderArticlesLabel } from '../format/labels.ts';
import { articlesUrl } from '../format/urls.ts';

export interface ArticleFilterItem {
  label: string;
  href: string;
  current: boolean;
}

/** At most this many articles in the filter. */
const FILTER_ARTICLES = 12;

/**
 * "Alle" plus one entry per article (the newest FILTER_ARTICLES, and the
 * current one); `pageUrl(slug)` gives a section's page for one article,
 * `pageUrl()` for all. `articles` come newest first.
 */
export function articleFilter(
  articles: readonly { slug: string; data: { title: string } }[],
  currentSlug: string | undefined,
  pageUrl: (slug?: string) => string,
): ArticleFilterItem[] {
  const shown = articles.filter((a, i) => i < FILTER_ARTICLES || a.slug === currentSlug);
  return [
    { label: 'Alle Artikel', href: pageUrl(), current: currentSlug === undefined },
    ...shown.map((a) => ({ label: a.data.title, href: pageUrl(a.slug), current: a.slug === currentSlug })),
    ...(shown.length < articles.length
      ? [{ label: olderArticlesLabel(articles.length - shown.length), href: articlesUrl(), current: false }]
      : []),
  ];
}

/** Whether the page speaks of one article: limited to one, or the site holds only one. */
export function speaksOfOneArticle(filter: readonly ArticleFilterItem[], limited: boolean): boolean {
  return limited || filter.length <= 2; // "Alle Artikel" and the one article
}

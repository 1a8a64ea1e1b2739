/**
 * The filter by article on the timeline and the map: plain links to one page
 * per article (works without JavaScript), the current one marked.
 */
export interface ArticleFilterItem {
  label: string;
  href: string;
  current: boolean;
}

/** "Alle" plus one entry per article; `pageUrl(slug)` gives a section's page for one article, `pageUrl()` for all. */
export function articleFilter(
  articles: readonly { slug: string; data: { title: string } }[],
  currentSlug: string | undefined,
  pageUrl: (slug?: string) => string,
): ArticleFilterItem[] {
  return [
    { label: 'Alle Artikel', href: pageUrl(), current: currentSlug === undefined },
    ...articles.map((a) => ({ label: a.data.title, href: pageUrl(a.slug), current: a.slug === currentSlug })),
  ];
}

/** Whether the page speaks of one article: limited to one, or the site holds only one. */
export function speaksOfOneArticle(filter: readonly ArticleFilterItem[], limited: boolean): boolean {
  return limited || filter.length <= 2; // "Alle Artikel" and the one article
}

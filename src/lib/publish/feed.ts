/**
 * The RSS feed of the articles (through @astrojs/rss). A publication date
 * known only to the month is not turned into a made-up day: such an item has
 * no <pubDate> and names the month in its description instead.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatPartialDate, parseCalendarDate } from '../format/dates.ts';
import type { ArticleInput } from '../views/timeline-model.ts';
import { articlePath, siteUrl } from '../format/urls.ts';

export const FEED_TITLE = 'Lagebild – Artikel';
export const FEED_DESCRIPTION =
  'Nachrichtenanalysen von Lagebild: Artikel mit Ereignissen, Orten, Akteuren und Belegen.';

/** The namespace for <dc:creator>. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };

export const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function feedItems(articles: readonly ArticleInput[], site: string, base: string): RSSFeedItem[] {
  return articles.map(({ slug, data }) => {
    const day = parseCalendarDate(data.published);
    return {
      title: data.title,
      link: siteUrl(articlePath(slug), site, base),
      description: day ? data.dek : `${data.dek} (Erschienen: ${formatPartialDate(data.published)})`,
      ...(day ? { pubDate: day } : {}),
      // RSS <author> wants an e-mail address; the author's name goes into Dublin Core.
      ...(data.source.author ? { customData: `<dc:creator>${escapeXml(data.source.author)}</dc:creator>` } : {}),
      categories: ['Analyse'],
    };
  });
}

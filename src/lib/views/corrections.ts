/**
 * Corrections in the open: every correction of every article, newest first,
 * for the site-wide page (/korrekturen/) and its Atom feed
 * (/korrekturen.xml, written by the `feed` library).
 */
import { Feed } from 'feed';
import type { ArticleInput, Source } from '../analysis/model.ts';
import { parseCalendarDate, formatDay } from '../format/dates.ts';
import { articlePath, correctionsFeedPath, correctionsPath, siteUrl } from '../format/urls.ts';

export interface CorrectionEntry {
  /** Stable: the article and the day, with a number where one day has several. */
  id: string;
  date: string;
  label: string;
  wrong: string;
  right: string;
  sources: Source[];
  article: { slug: string; title: string; path: string };
}

/** Corrections on one page of /korrekturen/: about 200 KB of HTML. */
export const CORRECTIONS_PER_PAGE = 100;
/** The newest corrections in the feed: a reader's feed program wants the news, not the archive (13 MiB at 1,000 articles). */
const FEED_ENTRIES = 50;

export function allCorrections(articles: readonly ArticleInput[]): CorrectionEntry[] {
  return articles
    .flatMap(({ slug, data }) =>
      data.corrections.map((c, i) => ({
        id: `${slug}-${c.date}-${i + 1}`,
        date: c.date,
        label: formatDay(c.date, 'medium'),
        wrong: c.wrong,
        right: c.right,
        sources: c.sources,
        article: { slug, title: data.title, path: `${articlePath(slug)}#korrekturen` },
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * The feed library marks titles and summaries as HTML (type="html" in
 * CDATA): text from the content is escaped first, so that it is shown as
 * text and never interpreted.
 */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The corrections as an Atom feed; its date is the newest correction's, so the same content gives the same bytes. */
export function correctionsAtom(entries: readonly CorrectionEntry[], site: string, base: string): string {
  const newest = entries[0]?.date ?? '2000-01-01';
  const feed = new Feed({
    id: siteUrl(correctionsPath(), site, base),
    title: 'Lagebild – Korrekturen',
    description: 'Was Lagebild an seinen Analysen korrigiert hat: was falsch war, was richtig ist, mit Quellen.',
    link: siteUrl(correctionsPath(), site, base),
    language: 'de',
    copyright: 'Lagebild',
    updated: parseCalendarDate(newest)!,
    feedLinks: { atom: siteUrl(correctionsFeedPath(), site, base) },
  });
  for (const entry of entries.slice(0, FEED_ENTRIES)) {
    feed.addItem({
      id: `${siteUrl(correctionsPath(), site, base)}#${entry.id}`,
      title: asHtmlText(`Korrektur: ${entry.article.title}`),
      link: siteUrl(entry.article.path, site, base),
      date: parseCalendarDate(entry.date)!,
      description: asHtmlText(`Falsch war: ${entry.wrong} Richtig ist: ${entry.right}`),
    });
  }
  return feed.atom1();
}

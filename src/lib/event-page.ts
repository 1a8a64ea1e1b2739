/**
 * The event pages (/ereignisse/<id>/): one page per event of the timeline,
 * so that a shared link previews that event and not the whole timeline.
 * Pure: takes the articles, the site URL and the base.
 */
import type { Place } from '../schemas/place.ts';
import { eventJsonLd, type PageSeo } from './seo.ts';
import { timelineEvents, type ArticleInput, type TimelineEvent } from './timeline-model.ts';
import { articlePath, eventPath, previewImagePath, siteUrl, timelineEventUrl } from './urls.ts';

export interface EventPage {
  event: TimelineEvent;
  /** The event in the timeline (#ereignis-<id>). */
  timelineHref: string;
  title: string;
  description: string;
  seo: PageSeo;
}

export function eventPages(articles: readonly ArticleInput[], site: string, base: string): EventPage[] {
  const placesById = new Map<string, Place>(articles.flatMap(({ data }) => data.places.map((p) => [p.id, p])));
  return timelineEvents(articles).map((event) => {
    const path = eventPath(event.id);
    const where = event.places.map((p) => p.name).join(', ');
    const description = `${event.dateLabel}${where ? `, ${where}` : ''} (${event.statusLabel}): »${event.evidence}«`;
    return {
      event,
      timelineHref: timelineEventUrl(event.id),
      title: event.title,
      description,
      seo: {
        kind: 'event',
        jsonLd: eventJsonLd(
          {
            title: event.title,
            description,
            start: event.range.start,
            end: event.range.end,
            places: event.places.map((p) => placesById.get(p.id)).filter((p): p is Place => !!p),
          },
          {
            page: siteUrl(path, site, base),
            image: siteUrl(previewImagePath(path), site, base),
            article: siteUrl(articlePath(event.article.slug), site, base),
            articleTitle: event.article.title,
          },
        ),
      },
    };
  });
}
